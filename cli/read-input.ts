import { readFileSync, statSync } from 'node:fs';

/** An input file that cannot be analysed; the message is one line for stderr. */
export class InputError extends Error {}

/** Reads a file as strict UTF-8 text (from stdin for `-`), refusing directories, binaries and empty files. */
export function readInput(path: string): string {
  let bytes: Buffer;
  try {
    if (path === '-') bytes = readFileSync(0);
    else {
      if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory`);
      bytes = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}`);
  }
  if (bytes.includes(0)) throw new InputError(`${path}: binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError(`${path}: empty input`);
  return text;
}

/** Whether an input is analysed as a page: by its name, or by how its (decoded) text begins. */
export function isPage(path: string, text: string): boolean {
  return /\.html?$/i.test(path) || /^\s*(<!doctype html|<html)/i.test(text);
}
