import type { CounterEntry } from '../lexicon/counters';
import type { Numeral } from '../numbers/scan';
import { isAdjectivalNoun, isCommonNoun, isNoun, isSahenNoun } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Ctx } from './draft';

// After 一 + counter these still say how many: 一人当たり (a rate), 一人平均, 一時間半.
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['当たり', 'あたり', '平均', '半']);

/**
 * 一 written in kanji with a counter is mostly a word of the language, not a count of one — news writes
 * counts in digits. Not a figure:
 * - after の, the thing itself: 「起死回生の一発」「渾身の一本」「張本人の一人」「その中の一つ」;
 * - before の, "a": 「一人の女性が」「一発の銃弾が」「一枚の写真」;
 * - glued to a noun, a compound: 「一発逆転」「一発勝負」「一人旅」「一件落着」.
 * Lengths of time are left to the duration rules (直近の一年間, ものの一分で, 一年契約).
 * 「ホームランを一発打った」「一発で仕留めた」 stay counts. Digits are never idioms, except の1つ ("one of").
 */
export function isOneIdiom(ctx: Ctx, a: Numeral, entry: CounterEntry, unitEnd: number): boolean {
  const { text } = ctx;
  if (entry.surface === 'つ' && a.reading.value === 1 && text[a.start - 1] === 'の') return true;
  // 直近の一年間, 一年契約: a length of time is left to the duration rules.
  if (a.written !== '一' || entry.kind === 'duration') return false;
  if (text[a.start - 1] === 'の') return true;
  return text[unitEnd] === 'の' || (entry.kind === 'count' && compoundAfter(ctx, unitEnd));
}

/** A common, verbal or adjectival noun right after the counter, in the same compound: 一発|逆転, 一枚|上手. */
function compoundAfter(ctx: Ctx, at: number): boolean {
  const t = ctx.tokens[tokenAt(ctx.tokens, at)];
  if (!t || t.start !== at || !isNoun(t) || QUANTITY_NOUNS.has(t.surface)) return false;
  // 一枚上手: an adjectival noun makes a compound too.
  return isCommonNoun(t) || isSahenNoun(t) || isAdjectivalNoun(t);
}
