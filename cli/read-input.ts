import { readFileSync, statSync } from 'node:fs';
import { DecodeError, decodeInput, type InputKind } from './encoding';

/** An input file that cannot be analysed; the message is one line for stderr. */
export class InputError extends Error {}

/** How an input is named in messages. */
const shown = (path: string) => (path === '-' ? 'stdin' : path);

/** Why a file system call failed, in words (ENOENT → "no such file"). */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${code ?? 'error'})`;
}

/** An input's bytes (stdin for `-`), refusing directories. */
export function readBytes(path: string): Buffer {
  try {
    if (path === '-') return readFileSync(0);
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${shown(path)}: ${reason(e)}`);
  }
}

/** Whether an input is an HTML page: by its name, or by how its bytes begin. */
export function isHtmlInput(path: string, bytes: Uint8Array): boolean {
  if (/\.html?$/i.test(path)) return true;
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  return /^(?:\xef\xbb\xbf)?\s*(?:<!doctype html|<html)/i.test(start);
}

/** Whether an input is analysed as a page: by its name, or by how its (decoded) text begins. */
export function isPage(path: string, text: string): boolean {
  return /\.html?$/i.test(path) || /^\s*(<!doctype html|<html)/i.test(text);
}

/** Decodes an input's bytes (see cli/encoding.ts), normalises line ends and refuses empty text. */
export function decodeBytes(bytes: Uint8Array, path: string, kind: InputKind): string {
  let text: string;
  try {
    text = decodeInput(bytes, path, kind);
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(`${shown(path)}: ${e.message}`);
    throw e;
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError(`${shown(path)}: empty input`);
  return text;
}

/**
 * Reads a file (stdin for `-`) as text: UTF-8, UTF-16 with a byte-order mark, or a page's declared
 * encoding; refuses directories, binaries, other encodings (naming the likely one) and empty input.
 */
export function readInput(path: string): string {
  const bytes = readBytes(path);
  return decodeBytes(bytes, path, isHtmlInput(path, bytes) ? 'html' : 'text');
}
