import type { Analysis } from '../core/types';

/** About this many characters are handed to the writer at a time. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes `JSON.stringify(analysis, null, indent)` byte for byte, but piece by piece: the analysis of a
 * million characters is ~26 MB of JSON, which as one string (two bytes a character once it holds
 * Japanese) and its UTF-8 copy would double the CLI's peak memory. Each figure, date and entity is
 * stringified on its own and re-indented one level deeper (JSON strings hold no raw line breaks).
 */
export function writeAnalysisJson(analysis: Analysis, indent: 0 | 2, write: (s: string) => void): void {
  const nl = indent ? '\n' : '';
  const pad = ' '.repeat(indent);
  const colon = indent ? ': ' : ':';
  let buffer = '';
  const emit = (s: string) => {
    buffer += s;
    if (buffer.length >= CHUNK_CHARS) {
      write(buffer);
      buffer = '';
    }
  };
  emit('{');
  let first = true;
  for (const [key, value] of Object.entries(analysis)) {
    // JSON.stringify leaves out properties whose value is undefined (or a function).
    if (value === undefined || typeof value === 'function') continue;
    emit(`${first ? '' : ','}${nl}${pad}${JSON.stringify(key)}${colon}`);
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      emit('[');
      value.forEach((item, i) => {
        const json = JSON.stringify(item, null, indent) ?? 'null';
        emit(`${i ? ',' : ''}${nl}${pad}${pad}${indent ? json.replace(/\n/g, `\n${pad}${pad}`) : json}`);
      });
      emit(`${nl}${pad}]`);
    } else {
      const json = JSON.stringify(value, null, indent);
      emit(indent ? json.replace(/\n/g, `\n${pad}`) : json);
    }
  }
  emit(first ? '}' : `${nl}}`);
  if (buffer) write(buffer);
}
