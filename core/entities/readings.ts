import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { gazetteerReading } from './gazetteer';

// A name written only in katakana (and ・ ー) is its own reading.
const KATAKANA = /^[ァ-ヺー・]+$/;

/**
 * The katakana reading of a name for learners: the gazetteer's when it has one (平壌 → ピョンヤン,
 * where kuromoji would read ヘイジョウ), else kuromoji's readings of the tokens joined, else null when
 * some token has none (an unknown word). Katakana names read as written.
 */
export function readingOf(name: string, start: number, end: number, tokens: readonly Token[]): string | null {
  const listed = gazetteerReading(name);
  if (listed) return listed;
  if (KATAKANA.test(name)) return name;
  let out = '';
  let word = false; // a token of two or more characters: the name is not broken into single kanji
  let suffix = false;
  for (let i = tokenAt(tokens, start); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start < start || t.end > end || !t.reading) return null;
    // 李成権 → 李+成+権 read as リ+シゲル+ケン: a name broken into single kanji has no trustworthy reading.
    // A one-kanji suffix after real words is read as written: 欧州+委員+会, 愛知+県+豊田+市.
    if (t.surface.length === 1 && t.pos1 !== '固有名詞' && /\p{Script=Han}/u.test(t.surface)) {
      if (t.pos1 !== '接尾') return null;
      suffix = true;
    } else if (t.surface.length > 1) word = true;
    out += t.reading;
  }
  if (suffix && !word) return null;
  return out || null;
}
