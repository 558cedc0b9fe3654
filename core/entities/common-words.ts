import { EVENT_SUFFIXES } from '../lexicon/event-suffixes';
import { ENTITY_ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import { ORGANIZATION_SUFFIXES } from '../lexicon/organization-suffixes';
import { FACILITY_SUFFIXES, LANDFORM_SUFFIXES, PLACE_SUFFIXES } from '../lexicon/place-suffixes';
import { PLAIN_KATAKANA_WORDS } from '../lexicon/plain-katakana-words';
import { isNounPrefix, isPlainNoun, isPrefix } from '../text/pos';
import { KANJI } from '../text/script';
import type { Token } from '../types';

/** Words that end names (「機関」, 「局」, 「州」, 「五輪」): a term ending in one may be a name after all. */
export const NAME_ENDINGS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_SUFFIXES.keys(),
  ...ENTITY_ORGANIZATION_HEADS,
  ...PLACE_SUFFIXES,
  ...FACILITY_SUFFIXES,
  ...LANDFORM_SUFFIXES,
  ...EVENT_SUFFIXES,
]);

const HAS_KANJI = new RegExp(`[${KANJI}]`, 'u');

/**
 * Whether kuromoji knows the token as a plain dictionary word: a common noun, a noun prefix
 * (国内「総」生産) or a plain suffix (線「状」降水「帯」), or a listed katakana word (「ニセ」). Proper
 * nouns, numbers and words kuromoji does not know are not.
 */
export function isCommonWord(t: Token): boolean {
  if (PLAIN_KATAKANA_WORDS.has(t.surface)) return true;
  if (!t.known) return false;
  if (isPrefix(t)) return isNounPrefix(t);
  return isPlainNoun(t);
}

/**
 * Whether tokens [from, to) spell a term made of dictionary common words, at least one of them in kanji:
 * 「電気自動車」, 「人工知能」. Katakana loanword compounds (「ポケットモンスター」) are left out: they
 * are as often a product's name. The last word says what the compound is, so one that ends names makes
 * it a possible name (「国際エネルギー機関」), while one inside does not (「ニセ警察詐欺」 is a fraud).
 */
export function isCommonTerm(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || NAME_ENDINGS.has((tokens[to - 1] as Token).surface)) return false;
  let kanji = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!isCommonWord(t)) return false;
    kanji ||= HAS_KANJI.test(t.surface);
  }
  return kanji;
}
