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
 * - glued to a noun, a compound: 「一発逆転」「一発勝負」「一人旅」「一件落着」;
 * - before も and a denial, "not a single": 「一軒もない」「一人もいなかった」, and before でも, "even one":
 *   「一人でも減らしたい」 — in digits too (1試合も無駄にできない, １人でも多く);
 * - 一人で, 一人では: alone (「一人では住めない」);
 * - 1票を投じる, 一票を投じた: casting one's vote, in digits too.
 * Lengths of time are left to the duration rules (直近の一年間, ものの一分で, 一年契約).
 * 「ホームランを一発打った」「一発で仕留めた」 stay counts. Digits are idioms only stressed (1人も, 1人でも) or as の1つ ("one of").
 */
export function isOneIdiom(ctx: Ctx, a: Numeral, entry: CounterEntry, unitEnd: number): boolean {
  const { text } = ctx;
  if (entry.surface === 'つ' && a.reading.value === 1 && text[a.start - 1] === 'の') return true;
  // 直近の一年間, 一年契約: a length of time is left to the duration rules.
  if (!ONE.test(a.written) || entry.kind === 'duration') return false;
  // 1試合も無駄にできない, 一人でも減らしたい, １人でも多く: one stressed, in digits or kanji
  const after = text.slice(unitEnd, unitEnd + 12);
  if (NOT_A_SINGLE.test(after) || (EVEN_ONE.test(after) && !RATE_BEFORE.test(text.slice(0, a.start)))) return true;
  // 反対の1票を投じた, 一票を投じる: casting one's vote, not a count of votes (3票を投じた still counts)
  if (entry.surface === '票' && CAST.test(after)) return true;
  if (a.written !== '一') return false;
  // 一人では住めない, 一人で押し入った: alone
  if (entry.surface === '人' && text[unitEnd] === 'で') return true;
  if (text[a.start - 1] === 'の') return true;
  return text[unitEnd] === 'の' || (entry.kind === 'count' && compoundAfter(ctx, unitEnd));
}

// 一軒もない, 一人もいなかった, 1試合も無駄にできない: "not a single one", a denial, not a count of one.
const NOT_A_SINGLE = /^も[^、。，「」]{0,6}?(?:ない|なく|なし|なかっ|ません|ませ|せず|ゼロ)/;
// 一人でも減らしたい, 1円でも安く: "even one" (but 週に一度でも is still a rate: once a week).
const EVEN_ONE = /^でも/;
const CAST = /^を投じ/;
const RATE_BEFORE = /[日週月年]に$/;

/** A common, verbal or adjectival noun right after the counter, in the same compound: 一発|逆転, 一枚|上手. */
function compoundAfter(ctx: Ctx, at: number): boolean {
  const t = ctx.tokens[tokenAt(ctx.tokens, at)];
  if (!t || t.start !== at || !isNoun(t) || QUANTITY_NOUNS.has(t.surface)) return false;
  // 一枚上手: an adjectival noun makes a compound too.
  return isCommonNoun(t) || isSahenNoun(t) || isAdjectivalNoun(t);
}

const ONE = /^[1１一]$/;
const NUMERAL_CHAR = /[0-9０-９〇一二三四五六七八九十百千万.．・]/;

/**
 * 1人1台の端末, 一人一票: one thing to each person is how a thing is shared out, not a count or a rate
 * (1人2枚まで, 1人3000円 are figures). True for either half: the 1人 before one more, or the one after it.
 */
export function isShareOut(text: string, a: Numeral, unitEnd: number): boolean {
  if (a.reading.value !== 1 || NUMERAL_CHAR.test(text[a.start - 1] ?? '')) return false;
  if (text.slice(a.end, unitEnd) === '人') {
    return ONE.test(text[unitEnd] ?? '') && !NUMERAL_CHAR.test(text[unitEnd + 1] ?? '') && text[unitEnd + 1] !== '人';
  }
  const before = text.slice(Math.max(0, a.start - 2), a.start);
  return (
    before.length === 2 &&
    ONE.test(before[0] ?? '') &&
    before[1] === '人' &&
    !NUMERAL_CHAR.test(text[a.start - 3] ?? '')
  );
}
