import { CALENDAR_NAMES, ERAS } from '../lexicon/eras';
import { PREMODERN_ERAS } from '../lexicon/eras-premodern';
import { SCHOOL_YEAR_HEADS } from '../lexicon/school-years';
import { WordIndex } from '../lexicon/word-table';
import { isPlainNoun } from '../text/pos';
import { DIGIT } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Ctx } from './draft';

// What a year is counted in before N年: 令和5年, 天保2年, 西暦2年 are years, not lengths.
const YEAR_NAMES = WordIndex.of([
  ...ERAS.map((e) => e.name),
  ...PREMODERN_ERAS.map(([name]) => name),
  ...CALENDAR_NAMES,
]);
// 高校2年、 中学3年、: a pupil's school year.
const SCHOOLS = WordIndex.of(SCHOOL_YEAR_HEADS);
// A clause or a headline's phrase closing right after N年: 内戦2年、 / 開業5年。 / 内戦2年　死者.
const PHRASE_CLOSE = /^(?:[、。\n 　]|$)/;
// 3期12年: a number of terms right before (not 第3期, an ordinal).
const TERMS_BEFORE = new RegExp(`(?<!第)[${DIGIT}〇一二三四五六七八九十]+期$`);

/**
 * 「スーダン内戦2年、死者推計に幅」「民営化7年、」: N年 right after an event's noun (IPADIC's plain kinds),
 * closing the phrase, is how long it has gone on. An era's or a calendar's name before it (平成2年、
 * 令和5年。, 西暦2年) makes it a year, and a school's (北浜高校2年、) a pupil's grade; a name (名詞,固有名詞:
 * 昭和) never reaches here. Two digits at most.
 */
export function yearsOfEvent(ctx: Ctx, start: number, at: number, v: number): boolean {
  const { text, tokens } = ctx;
  if (v >= 100 || !PHRASE_CLOSE.test(text.slice(at, at + 1))) return false;
  const t = tokens[tokenAt(tokens, start - 1)];
  if (!t || t.end !== start || !isPlainNoun(t)) return false;
  return YEAR_NAMES.longestEndingAt(text, start) === undefined && SCHOOLS.longestEndingAt(text, start) === undefined;
}

/** 「3期12年の実績」: the years a number of terms in office add up to, written right after them. */
export function yearsOfTerms(text: string, start: number): boolean {
  return TERMS_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}
