import { AGO_SUFFIXES, RELATIVE_BY_LENGTH, type RelativeWord } from '../lexicon/relative-dates';
import { readNumeral } from './numerals';
import type { AgoSpec } from './spec';

/** Relative words indexed by first character, longest first: one Map lookup per position. */
const BY_FIRST = new Map<string, RelativeWord[]>();
for (const w of RELATIVE_BY_LENGTH) {
  const c = w.surface[0] as string;
  BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), w]);
}

/** Characters a relative word can start with (for the scanner's trigger). */
export const RELATIVE_FIRST_CHARS: readonly string[] = [...BY_FIRST.keys()];

/** 前年比, 前月比, 前年同期比: a base of comparison, not a date in the article's story. */
const COMPARISON = /^(?:同期|同月|度)?比/;

/**
 * Reads the longest relative word at `i`: 「一昨年」「昨年度」「先月」「同日」. `isWord` says whether
 * [start, end) is a whole word in the tokenisation, so 明日香 (a name) and 前日銀総裁 are not dates.
 */
export function readRelativeWord(
  text: string,
  i: number,
  isWord: (start: number, end: number) => boolean,
): { word: RelativeWord; end: number } | null {
  const list = BY_FIRST.get(text[i] ?? '');
  if (!list) return null;
  for (const word of list) {
    const end = i + word.surface.length;
    if (!text.startsWith(word.surface, i)) continue;
    if (COMPARISON.test(text.slice(end, end + 3)) || !isWord(i, end)) return null;
    return { word, end };
  }
  return null;
}

/** Reads 「3年前」「10年前」「6カ月前」「三日前」 at `i`: counted back from the publication date. */
export function readAgo(text: string, i: number): { spec: AgoSpec; end: number } | null {
  const n = readNumeral(text, i);
  if (!n || n.value < 1 || n.value > 200) return null;
  for (const s of AGO_SUFFIXES) {
    if (!text.startsWith(s.surface, n.end)) continue;
    // 3年前後 is "about three years", not three years ago.
    if (text[n.end + s.surface.length] === '後') return null;
    return { spec: { kind: 'ago', unit: s.unit, n: n.value }, end: n.end + s.surface.length };
  }
  return null;
}
