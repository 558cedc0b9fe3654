import type { CounterEntry } from '../lexicon/counters';
import { INCIDENT_NOUNS, OUTLOOK_NOUNS } from '../lexicon/one-clause-nouns';
import { CALENDAR_YEARS } from '../lexicon/relative-dates';
import type { Numeral } from '../numbers/scan';
import { isAdjectivalNoun, isAuxiliary, isCommonNoun, isNoun, isSahenNoun, isVerb } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
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
 * - 1票を投じる, 一票を投じた: casting one's vote, in digits too;
 * - 1日分と1回分: amounts for one of each set side by side, the bases a dose is told in (in digits too).
 * Lengths of time are left to the duration rules (直近の一年間, ものの一分で, 一年契約); a measure next to
 * の is a length or a weight, not "a" (体長一メートルの成獣).
 * 「ホームランを一発打った」「一発で仕留めた」 stay counts. Digits are idioms only stressed (1人も, 1人でも) or as の1つ ("one of").
 */
export function isOneIdiom(ctx: Ctx, a: Numeral, entry: CounterEntry, unitEnd: number): boolean {
  const { text } = ctx;
  if (entry.surface === 'つ' && a.reading.value === 1 && text[a.start - 1] === 'の') return true;
  // 1日分と1回分の量を取り違えた: amounts for one of each, set side by side, name the bases they are told
  // in, as 1人当たり does (1カ月分の雨量を1日で上回った and 3日分 still count)
  if (ONE.test(a.written) && text[unitEnd] === '分' && basesListed(text, a.start, unitEnd)) return true;
  // 直近の一年間, 一年契約: a length of time is left to the duration rules.
  if (!ONE.test(a.written) || entry.kind === 'duration') return false;
  // 1試合も無駄にできない, 一人でも減らしたい, １人でも多く: one stressed, in digits or kanji
  const after = text.slice(unitEnd, unitEnd + 12);
  if (NOT_A_SINGLE.test(after) || (EVEN_ONE.test(after) && !RATE_BEFORE.test(text.slice(0, a.start)))) return true;
  // 反対の1票を投じた, 一票を投じる: casting one's vote, not a count of votes (3票を投じた still counts)
  if (entry.surface === '票' && CAST.test(after)) return true;
  // 1人の女性が生涯に産む子ども, 一人が生み出す価値: one as the subject of a clause defining a thing
  if (entry.surface === '人' && definingOne(ctx, a.start, unitEnd)) return true;
  if (a.written !== '一') return false;
  // 一度、相談した, もう一度, 一度は断った, 2023年に一度: "once", an adverb (news counts times in digits:
  // 1度, 1回); 週に一度, 100年に一度 are rates, left to them.
  if (entry.surface === '度' && onceAdverb(text.slice(Math.max(0, a.start - 8), a.start))) return true;
  // 一人では住めない, 一人で押し入った: alone
  if (entry.surface === '人' && text[unitEnd] === 'で') return true;
  // 体長一メートルの成獣, 約一トンの荷物: a unit of measure is never "a" (一枚の写真); the の names what
  // measures so much.
  if (entry.kind === 'measure') return false;
  if (text[a.start - 1] === 'の') return true;
  // 実現に向けた一歩, 踏み出した一歩: a clause ending on a verb qualifies the thing itself, no count of one.
  if (clauseBefore(ctx, a.start)) return true;
  return text[unitEnd] === 'の' || (entry.kind === 'count' && compoundAfter(ctx, unitEnd));
}

// 一軒もない, 一人もいなかった, 1試合も無駄にできない: "not a single one", a denial, not a count of one.
const NOT_A_SINGLE = /^も[^、。，「」]{0,6}?(?:ない|なく|なし|なかっ|ません|ませ|せず|ゼロ)/;
// 一人でも減らしたい, 1円でも安く: "even one" (but 週に一度でも is still a rate: once a week).
const EVEN_ONE = /^でも/;
const CAST = /^を投じ/;
const YEAR_BEFORE = /([0-9０-９]{4})年に$/;

/** 一度 after anything but a rate's span (週に, 100年に); after a year of the calendar (2023年に) too. */
function onceAdverb(before: string): boolean {
  if (!RATE_BEFORE.test(before)) return true;
  const year = YEAR_BEFORE.exec(before)?.[1];
  const v = year ? Number(year.normalize('NFKC')) : null;
  return v !== null && v >= CALENDAR_YEARS[0] && v <= CALENDAR_YEARS[1];
}
const RATE_BEFORE = /[日週月年]に$/;

/** A common, verbal or adjectival noun right after the counter, in the same compound: 一発|逆転, 一枚|上手. */
function compoundAfter(ctx: Ctx, at: number): boolean {
  const t = ctx.tokens[tokenAt(ctx.tokens, at)];
  if (!t || t.start !== at || !isNoun(t) || QUANTITY_NOUNS.has(t.surface)) return false;
  // 一枚上手: an adjectival noun makes a compound too.
  return isCommonNoun(t) || isSahenNoun(t) || isAdjectivalNoun(t);
}

const ONE = /^[1１一]$/;

/** 1 written alone, in digits or kanji (11試合, 1.5場所 are counts of their own). */
export const isWrittenOne = (written: string): boolean => ONE.test(written);
// 一人が, 1人の女性が: one (or one of a kind of person) as the subject
const ONE_AS_SUBJECT = /^(?:の[^、。がはをにで]{1,6})?が/;
const MAX_DEFINING = 6;

/**
 * 「1人の女性が生涯に産む子どもの数」「一人が生み出す価値」: one as the subject of a clause in the
 * non-past that qualifies a common noun defines that thing for anyone (a rate's definition, a per-head
 * value), no count of one person. 1人が死亡した, 1人が出席する見通しだ and 女性1人が骨盤を折る重傷 (one
 * after the noun it counts) still count.
 */
function definingOne(ctx: Ctx, start: number, unitEnd: number): boolean {
  const { text, tokens } = ctx;
  const subject = ONE_AS_SUBJECT.exec(text.slice(unitEnd, unitEnd + 10));
  if (!subject || tokens.length === 0) return false;
  // 70代の女性1人が骨盤を折る重傷で: after the noun it counts, one is a count of them
  const before = tokens[tokenAt(tokens, start - 1)];
  if (before && before.end === start && isNoun(before)) return false;
  let i = tokenAt(tokens, unitEnd + subject[0].length);
  for (let n = 0; n < MAX_DEFINING && i < tokens.length; n++, i++) {
    const t = tokens[i] as Token;
    if (/[、。「」]/.test(t.surface)) return false;
    if (!isVerb(t)) continue;
    const next = tokens[i + 1];
    return (
      t.surface === t.basic &&
      !!next &&
      next.start === t.end &&
      isCommonNoun(next) &&
      !OUTLOOK_NOUNS.has(next.surface) &&
      !incidentAt(tokens, i + 1)
    );
  }
  return false;
}

/** 「1人が死亡する事故」「1人が死亡する交通事故」: the compound from `i` ends in a noun of a thing that happened. */
function incidentAt(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (isNoun(tokens[k + 1]) && tokens[k + 1]?.start === tokens[k]?.end) k++;
  return INCIDENT_NOUNS.has(tokens[k]?.surface ?? '');
}
// と1回分, や１日分: another amount for one of something listed after; 1日分と before
const ONE_PORTION_AFTER = /^分(?:と|や|か|、)[1１一][^0-9０-９、。]{1,3}分/;
const ONE_PORTION_BEFORE = /[1１一][^0-9０-９、。]{1,3}分(?:と|や|か|、)$/;

/** 1日分と1回分: two amounts for one of something listed side by side (`unitEnd` at the first's 分). */
function basesListed(text: string, start: number, unitEnd: number): boolean {
  return (
    ONE_PORTION_AFTER.test(text.slice(unitEnd, unitEnd + 8)) ||
    ONE_PORTION_BEFORE.test(text.slice(Math.max(0, start - 6), start))
  );
}
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

/**
 * A verb, or the past た after one, written right before `at` and ending a clause that qualifies what
 * follows (実現に向けた|一歩, 大きく踏み出した|一歩): the one is that thing itself. A particle before it
 * (ホームランを一発打った, 新たに一人が) leaves the count.
 */
function clauseBefore(ctx: Ctx, at: number): boolean {
  const t = ctx.tokens[tokenAt(ctx.tokens, at - 1)];
  return !!t && t.end === at && (isVerb(t) || (isAuxiliary(t) && t.surface === 'た'));
}
