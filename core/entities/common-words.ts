import {
  EVENT_SUFFIXES,
  FACILITY_SUFFIXES,
  ORGANIZATION_HEADS,
  ORGANIZATION_SUFFIXES,
  PLACE_SUFFIXES,
} from '../lexicon/gazetteer-suffixes';
import type { Token } from '../types';

/** Words that end names (「機関」, 「局」, 「州」, 「五輪」): a term ending in one may be a name after all. */
const NAME_ENDINGS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_SUFFIXES,
  ...ORGANIZATION_HEADS,
  ...PLACE_SUFFIXES,
  ...FACILITY_SUFFIXES,
  ...EVENT_SUFFIXES,
]);

/** Common-noun sub-categories of IPADIC: 電気 (一般), 生産 (サ変接続), 重大 (形容動詞語幹), 問題 (ナイ形容詞語幹). */
const COMMON_POS1: ReadonlySet<string> = new Set(['一般', 'サ変接続', '形容動詞語幹', 'ナイ形容詞語幹']);

const KANJI = /\p{Script=Han}/u;

/**
 * Whether kuromoji knows the token as a plain dictionary word that is no part of a name: a common noun,
 * a noun prefix (国内「総」生産) or a plain suffix (線「状」降水「帯」). Proper nouns, numbers, words
 * kuromoji does not know and words that end names (「機関」, 「局」) are not.
 */
export function isCommonWord(t: Token): boolean {
  if (!t.known || NAME_ENDINGS.has(t.surface)) return false;
  if (t.pos === '接頭詞') return t.pos1 === '名詞接続';
  if (t.pos !== '名詞') return false;
  if (t.pos1 === '接尾') return COMMON_POS1.has(t.pos2);
  return COMMON_POS1.has(t.pos1);
}

/**
 * Whether tokens [from, to) spell a term made of dictionary common words, at least one of them in kanji:
 * 「電気自動車」, 「人工知能」. Katakana loanword compounds (「ポケットモンスター」) are left out: they
 * are as often a product's name.
 */
export function isCommonTerm(tokens: readonly Token[], from: number, to: number): boolean {
  let kanji = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!isCommonWord(t)) return false;
    kanji ||= KANJI.test(t.surface);
  }
  return to > from && kanji;
}
