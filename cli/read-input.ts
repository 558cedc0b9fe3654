import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { DecodeError, decodeInput, type InputKind } from './encoding';

/** An input file that cannot be analysed; the message is one line for stderr. */
export class InputError extends Error {}

/**
 * The most bytes read from one input: a long news article is ~60 KB, a saved page with inline images a
 * few MB. Without a cap, /dev/zero or an endless pipe would be read until memory runs out.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

const MB = (n: number) => `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const tooBig = (max: number) => `over the ${MB(max)} limit for one input (split it into parts)`;
/** How an input is named in messages. */
const shown = (path: string) => (path === '-' ? 'stdin' : path);

/** Why a file system call failed, in words (ENOENT → "no such file"). */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${code ?? 'error'})`;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Reads a pipe, FIFO or device to its end, stopping at `max` bytes: endless sources (/dev/zero,
 * `yes |`) get a clear refusal instead of filling memory.
 */
function readCapped(fd: number, path: string, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking stdin (some parents hand one over) has no data yet: wait a little and try again.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      throw new InputError(`${path}: ${reason(e)}`);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > max) throw new InputError(`${path}: ${tooBig(max)}`);
  }
  return Buffer.concat(chunks, total);
}

/** An input's bytes: a regular file read whole (size checked first), anything else read up to the cap. */
function readBytes(path: string, max = MAX_INPUT_BYTES): Buffer {
  if (path === '-') return readCapped(0, 'stdin', max);
  let fd: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory`);
    if (st.isFile() && st.size > max) throw new InputError(`${path}: ${MB(st.size)}, ${tooBig(max)}`);
    if (st.isFile()) return readFileSync(path);
    fd = openSync(path, 'r');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: ${reason(e)}`);
  }
  try {
    // A FIFO or device: its size says nothing, so it is read with the cap.
    return readCapped(fd, path, max);
  } finally {
    closeSync(fd);
  }
}

/** Whether an input is an HTML page: by its name, or by how its bytes begin. */
function isHtmlInput(path: string, bytes: Uint8Array): boolean {
  if (/\.html?$/i.test(path)) return true;
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  return /^(?:\xef\xbb\xbf)?\s*(?:<!doctype html|<html)/i.test(start);
}

/** Whether an input is analysed as a page: by its name, or by how its (decoded) text begins. */
export function isPage(path: string, text: string): boolean {
  return /\.html?$/i.test(path) || /^\s*(<!doctype html|<html)/i.test(text);
}

/** Decodes an input's bytes (see cli/encoding.ts), normalises line ends and refuses empty text. */
function decodeBytes(bytes: Uint8Array, path: string, kind: InputKind): string {
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
 * encoding; refuses directories, binaries, other encodings (naming the likely one), empty and oversized input.
 */
export function readInput(path: string): string {
  const bytes = readBytes(path);
  return decodeBytes(bytes, path, isHtmlInput(path, bytes) ? 'html' : 'text');
}
