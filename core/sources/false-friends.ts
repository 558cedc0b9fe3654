import { isFinalParticle, isNoun, isNumeral, isParallelParticle, isPredicateWord } from '../text/pos';
import { DIGIT } from '../text/script';
import type { Token } from '../types';

/**
 * Words that look like cues and are not. による of cause (地震による被害) never matches: only
 * によると/によれば are cues (according-to.ts). とした場合 / として / とすると are rejected where
 * する follows と (reporting-verbs.ts). The rest live here.
 */

const QUOTE_CLOSERS = new Set(['」', '』', 'など', 'か', 'ね', 'よ', 'ぞ']);

/**
 * True when a quoting と can follow this token: a predicate ending (述べた, 多い, ある), a closing
 * quote, or a final particle. After a bare noun, と is more often "and" (ロシアと北朝鮮は…).
 */
export function isPredicateEnd(t: Token): boolean {
  return isPredicateWord(t) || QUOTE_CLOSERS.has(t.surface) || isFinalParticle(t);
}

/**
 * と meaning "and": kuromoji's 並立助詞, or a noun on both sides (ロシアと北朝鮮は…).
 * 「…95万人と推計している」 is still a quote: the word after と is the reporting verb, checked first.
 */
export function isParallelTo(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (isParallelParticle(t)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!prev && !!next && isNoun(prev) && isNoun(next) && !isNumeral(prev) && !isPredicateEnd(prev);
}

// （50）, （当時54歳）, （30）: a person's age as the article identifies them, never a claim.
const AGE_IN_PARENS = new RegExp(`^[（(](?:当時|享年)?[${DIGIT}]{1,3}(?:歳)?[）)]$`);

/** True when a figure is the age in parentheses after a name: 雅子さん（50）, 赤木さん（当時54歳）. */
export function isParentheticalAge(text: string, start: number, _end: number): boolean {
  // Look back a few characters only: （当時54歳） puts the opener at most 3 before the number.
  const from = Math.max(0, start - 3);
  const back = text.slice(from, start + 1);
  const at = Math.max(back.lastIndexOf('（'), back.lastIndexOf('('));
  if (at < 0) return false;
  const open = from + at;
  const close = text.slice(start, start + 8).search(/[）)]/);
  if (close < 0) return false;
  return AGE_IN_PARENS.test(text.slice(open, start + close + 1));
}

// 「…」（市内の大学2年の女性、20）: a quote's credit after it, ending with the speaker's age.
const CREDIT_AGE = /」[（(][^（()）「」。]{1,40}[、，]$/;

/**
 * True when a figure is the age closing a quote's credit: 「…」（都内の会社員の男性、45） — it identifies
 * the speaker, as （45） after a name does; whatever source is in force around it did not say it.
 */
export function isCreditAge(text: string, start: number, end: number): boolean {
  if (!/^[）)]/.test(text.slice(end, end + 1)) || !/^[0-9０-９]{1,3}$/.test(text.slice(start, end))) return false;
  return CREDIT_AGE.test(text.slice(Math.max(0, start - 44), start));
}
