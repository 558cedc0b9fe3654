import { VOTE_SIDES } from '../lexicon/rate-nouns';
import type { Numeral } from '../numbers/scan';
import { isNoun, isNumeral, isProperNoun } from '../text/pos';
import { DIGIT, isDigit, KANA, KANJI, KATAKANA } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Ctx } from './draft';

const LEADING_DIGITS = new RegExp(`^[${DIGIT}]+`);

const WORD = new RegExp(`^[${KANA}${KANJI}]+$`, 'u');
// Seats, medals, wins: up to three digits (ソニー6758 is a stock code).
const DIGITS = new RegExp(`^[${DIGIT}]{1,3}$`);
const KATAKANA_END = new RegExp(`[${KATAKANA}ー]$`);
const LIST = new Set(['、', '，', '・']);
/** Words a name in a tally may take (自民党, 立|民, 維新): how far back the name is looked for. */
const MAX_NAME_WORDS = 3;

/**
 * 「自民210、立民135、維新38」: a tally lists names each followed by a bare number, the counts a
 * headline or a results table gives (seats, votes, medals). True when `a` is one of at least two
 * such pairs joined by 、. Digits only; a name is a run of nouns of kanji or kana, one of them a
 * proper noun somewhere in the list — or both the sides of a vote (賛成18、反対7).
 */
export function inTally(ctx: Ctx, a: Numeral): boolean {
  if (a.kanjiOnly || !DIGITS.test(a.written) || ctx.tokens.length === 0) return false;
  const here = nameBefore(ctx.tokens, a.start);
  if (!here) return false;
  const next = LIST.has(ctx.text[a.end] ?? '') ? pairAfter(ctx, a.end + 1) : null;
  const prev = LIST.has(ctx.text[here.start - 1] ?? '') ? pairBefore(ctx, here.start - 1) : null;
  const other = next ?? prev;
  return !!other && (here.proper || other.proper || (here.vote && other.vote));
}

interface Name {
  start: number;
  proper: boolean;
  /** The side of a vote (賛成18、反対7): a tally with no proper name in it. */
  vote: boolean;
}

/** The run of noun words ending at `end`, if any. */
function nameBefore(tokens: readonly Token[], end: number): Name | null {
  let i = tokenAt(tokens, end - 1);
  const last = tokens[i];
  if (last?.end !== end) return null;
  // ラグナ3, カングー2: a katakana word glued to a number names a model unless it is a proper name
  // of a country or a team (ドイツ12).
  if (KATAKANA_END.test(last.surface) && !isProperNoun(last)) return null;
  let start = -1;
  let proper = false;
  for (let n = 0; n < MAX_NAME_WORDS; n++, i--) {
    const t = tokens[i];
    if (!t || !isNoun(t) || isNumeral(t) || !WORD.test(t.surface) || (start >= 0 && t.end !== start)) break;
    start = t.start;
    proper ||= isProperNoun(t);
  }
  return start < 0 ? null : { start, proper, vote: VOTE_SIDES.has(textOf(tokens, start, end)) };
}

/** The surfaces of the tokens from `start` to `end`, joined. */
function textOf(tokens: readonly Token[], start: number, end: number): string {
  // Tokens are sorted and never overlap: those inside [start, end) are one run, found by a binary
  // search rather than a pass over every token of the text for each name.
  let k = tokenAt(tokens, start);
  if ((tokens[k]?.start ?? start) < start) k++;
  let out = '';
  for (let t = tokens[k]; t && t.end <= end; t = tokens[++k]) out += t.surface;
  return out;
}

/** A name then a bare number starting at `at`: 、|立民135. */
function pairAfter(ctx: Ctx, at: number): Name | null {
  const { tokens, text } = ctx;
  let i = tokenAt(tokens, at);
  let end = at;
  for (let n = 0; n < MAX_NAME_WORDS; n++, i++) {
    const t = tokens[i];
    if (!t || t.start !== end || !isNoun(t) || isNumeral(t) || !WORD.test(t.surface)) break;
    end = t.end;
  }
  const digits = LEADING_DIGITS.exec(text.slice(end, end + 5))?.[0] ?? '';
  if (end === at || !DIGITS.test(digits)) return null;
  return nameBefore(tokens, end);
}

/** A name then a bare number ending right before `at`: 自民210|、. */
function pairBefore(ctx: Ctx, at: number): Name | null {
  let s = at;
  while (s > 0 && isDigit(ctx.text[s - 1])) s--;
  return s < at && DIGITS.test(ctx.text.slice(s, at)) ? nameBefore(ctx.tokens, s) : null;
}
