import type { Token } from '../types';
import { charClasses } from './features';

/**
 * Features of a whole candidate span [from, to) for the type classifier: the tagger finds where a
 * name is from a small window, but its kind shows in the words inside and the word after it:
 * 「第3回東京国際映画祭」 ends in 祭 (an event), 「〇〇株式会社」 in 株式会社 (a company).
 */
export function spanFeatures(text: string, tokens: readonly Token[], from: number, to: number): string[] {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  const name = text.slice(first.start, last.end);
  const before = tokens[from - 1];
  const before2 = tokens[from - 2];
  const after = tokens[to];
  const after2 = tokens[to + 1];
  const f = [
    'b',
    `first=${first.surface}`,
    `last=${last.surface}`,
    `lastp=${last.pos},${last.pos1},${last.pos2},${last.pos3}`,
    `firstp=${first.pos1},${first.pos2},${first.pos3}`,
    `l1=${name.slice(-1)}`,
    `l2=${name.slice(-2)}`,
    `l3=${name.slice(-3)}`,
    `f1=${name.slice(0, 1)}`,
    `f2=${name.slice(0, 2)}`,
    `cls=${charClasses(name)}`,
    `len=${Math.min(to - from, 5)}`,
    `w-1=${before?.surface ?? '<s>'}`,
    `w-2=${before2?.surface ?? '<s>'}|${before?.surface ?? '<s>'}`,
    `w+1=${after?.surface ?? '</s>'}`,
    `w+2=${after?.surface ?? '</s>'}|${after2?.surface ?? '</s>'}`,
    `p+1=${after ? `${after.pos},${after.pos1}` : '</s>'}`,
  ];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    f.push(`in=${t.surface}`);
    if (t.pos2 !== '*') f.push(`inp=${t.pos2},${t.pos3}`);
  }
  return f;
}
