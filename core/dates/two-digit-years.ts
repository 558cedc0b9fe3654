/** Two-digit years standing alone (15年に, 20年まで) and the words that make them spans instead. */

import { YEAR_OF_ORIGIN } from '../lexicon/relative-dates';
import { WordIndex } from '../lexicon/word-table';
import { toFullWidth, toHalfWidth } from '../text/script';
import { startsWithAny } from './guards';

/**
 * What may follow a two-digit year standing alone (no month, no 年度): 15年に, 20年から, 20年まで.
 * The strong ones say "in the year" (15年に, 20年以降); the weak ones also follow lengths of time
 * (10年は続く, 20年、30年と).
 */
// 26年中に発売: 中 after a year is "in the course of it" (no length of time is written N年中)
const STRONG_TAILS = [
  'に',
  'には',
  'から',
  'まで',
  '以降',
  '以来',
  '以前',
  '当時',
  '時点',
  '中に',
  '中の',
  ...YEAR_OF_ORIGIN,
];
const WEAK_TAILS = ['は', 'も', '、', '，'];
const TWO_DIGIT_YEAR_TAILS = [...STRONG_TAILS, ...WEAK_TAILS];

/**
 * With no year written in full to take the century from, how far from the publication year a
 * standalone two-digit year may fall, by its tail: 08年に入社 in 2025 is 2008; 24年は3.9%下落 is 2024,
 * but 20年は続く in 2025 is no year 2020 nearly as often. 「25年の首都圏」: の follows a length of time
 * so often (懲役20年の判決, 20年の歳月) that only a year next to the publication's reads as one.
 */
export const NEAR_PUBLICATION = { strong: 30, weak: 5, loose: 2 } as const;
export type YearTail = keyof typeof NEAR_PUBLICATION;

/** Nouns after 「N年の」 that make it a length of time: 20年の歳月, 10年の節目. */
const SPAN_NOUNS = ['歳月', '月日', '節目', '長き', '間', '期間', '刑', '実刑', '任期', '時を', 'ローン', '契約'];

/**
 * 「20年にわたり」「開業から20年になる」: a span of twenty years; も may stress it (「30年にも及ぶ」
 * 「10年にもなる」), which the figures read as a length of time too.
 */
const SPAN_AFTER_NI = ['にわた', 'に渡', 'に亘', 'に及', 'にな', 'に達'] as const;
const SPAN_AFTER = [...SPAN_AFTER_NI, ...SPAN_AFTER_NI.map((w) => `にも${w.slice(1)}`)];

/** 「発売から20年」: a two-digit number after から counts years since (ranges 18年から20年 are read whole). */
const TWO_DIGIT_YEAR_HEADS = ['から', 'より'] as const;

/**
 * In an era the article named, years are what short numbers before 年 mostly are:
 * 「（23年の市議会答弁）」「11年と17年に見直された」.
 */
const ERA_YEAR_TAILS = ['の', 'と'];

const TWO = WordIndex.of(TWO_DIGIT_YEAR_TAILS);
const ERA_TWO = WordIndex.of([...TWO_DIGIT_YEAR_TAILS, ...ERA_YEAR_TAILS]);
const SPANS = WordIndex.of(SPAN_AFTER);

const STRONG = WordIndex.of(STRONG_TAILS);
// 20年は続く, 10年はかかる, 5年も待った: after は/も a verb of lasting makes N年 a length of time.
const LASTING = /^(?:続|かか|掛か|要|必要|待|経|たっ|たつ|かけ)/;
const SPAN_AFTER_NO = WordIndex.of(SPAN_NOUNS);

/**
 * What kind of tail lets a standalone two-digit year end here, or null: 「15年に」 strong, 「24年は」
 * weak, 「25年の首都圏」 loose; 「20年にわたり」「20年の歳月」 none. In an era the article named, の and
 * と are as good as strong (「（23年の市議会答弁）」).
 */
export function twoDigitYearTail(text: string, end: number, era = false): YearTail | null {
  if (startsWithAny(text, end, SPANS)) return null;
  if (startsWithAny(text, end, era ? ERA_TWO : STRONG)) return 'strong';
  if (startsWithAny(text, end, TWO))
    return LASTING.test(text.slice(end + 1, end + 3)) || listedLength(text, end) ? null : 'weak';
  // 「20年の28.6%から37.1%に」: the value of a year a change starts from (a length of time has none)
  if (VALUE_FROM.test(text.slice(end, end + 30))) return 'strong';
  // 「2024年に約1850億円と、14年の約1.7倍に」: the base of a multiple or a share (a length of time is none)
  if (multipleOf(text, end)) return 'strong';
  if (text[end] === 'の' && !startsWithAny(text, end + 1, SPAN_AFTER_NO)) return 'loose';
  return null;
}

/**
 * の, a figure, から and the figure it changed to: 20年の28.6%から35%に, 19年の120万人から、23年には90万人に
 * (働き始めて20年の3人から話を聞いた names no change).
 */
const VALUE_FROM = /^の[0-9０-９][^、。，]{0,10}?から[^。]{0,12}?[0-9０-９]/;

/** の, then a multiple or a share of what the year had: 14年の約1.7倍, 19年の8割. */
const MULTIPLE_OF = /^の(?:約|およそ|ほぼ)?[0-9０-９一二三四五六七八九十・.．]+(?:割|倍)/;

/**
 * 「14年の約1.7倍に拡大した」: a year as the base of a multiple. A length of time multiplied is still a
 * length: 10年の2倍かかる, 10年の2倍の期間 (a verb of lasting or a span noun after it).
 */
function multipleOf(text: string, end: number): boolean {
  const m = MULTIPLE_OF.exec(text.slice(end, end + 16));
  if (!m) return false;
  const rest = text.slice(end + m[0].length, end + m[0].length + 4);
  return !LASTING.test(rest) && !(rest.startsWith('の') && startsWithAny(text, end + m[0].length + 1, SPAN_AFTER_NO));
}

/** 「10年、20年先を見据え」「20年、30年かけて」: the second of two listed numbers says what both are. */
const LISTED_SECOND = /^[、，][0-9０-９〇一二三四五六七八九十]+年/;
const LENGTH_AFTER = /^(?:先|後|前|間|ほど|以上|近く|余り|ぶり|も)/;

function listedLength(text: string, end: number): boolean {
  const m = LISTED_SECOND.exec(text.slice(end, end + 8));
  if (!m) return false;
  const rest = text.slice(end + m[0].length, end + m[0].length + 3);
  return LENGTH_AFTER.test(rest) || LASTING.test(rest);
}

/** True when a standalone two-digit year follows から (発売から20年に): years since, not a year. */
export function twoDigitYearHead(text: string, start: number): boolean {
  return TWO_DIGIT_YEAR_HEADS.some((w) => text.startsWith(w, start - w.length));
}

/**
 * 「24年貿易赤字5兆円」「北浜市、25年春闘で」: a headline opens with a short year glued to the noun it
 * dates. Only in the first line, at its start or after a space or a comma, before a kanji; read as a
 * loose tail, so it must fall next to the publication year (10年国債 stays no year), and the length
 * words (20年間, 23年ぶり, 3年連続) were ruled out before.
 */
export function headlineYear(text: string, start: number, end: number): YearTail | null {
  if (text.lastIndexOf('\n', start) >= 0 || !HEADLINE_OPEN.test(text[start - 1] ?? '')) return null;
  return KANJI_NEXT.test(text[end] ?? '') ? 'loose' : null;
}

const HEADLINE_OPEN = /^(?:|[\s　、，])$/;

/**
 * 「首都圏マンション平均7890万円　24年」: a headline may end with the year its figures are for, set off by a
 * space. Anniversaries end headlines the same way (「震災　13年」), so it is a year only when the article
 * writes that year in full (2024年) after the headline: the headline abbreviates it. Read as loose, so it
 * must still fall next to the publication year.
 */
export function headlineTagYear(text: string, start: number, end: number): YearTail | null {
  const lineEnd = text.indexOf('\n');
  if (lineEnd >= 0 && start > lineEnd) return null;
  if (!TAG_OPEN.test(text[start - 1] ?? '') || !TAG_CLOSE.test(text.slice(end, end + 1))) return null;
  const yy = toHalfWidth(text.slice(start, end - 1));
  if (!/^[0-9]{2}$/.test(yy)) return null;
  const body = lineEnd >= 0 ? text.slice(lineEnd) : '';
  return fullYearWritten(body, yy) ? 'loose' : null;
}

const TAG_OPEN = /^[\s　]$/;
// The tag ends its line (or the text, a headline alone).
const TAG_CLOSE = /^(?:|\n)$/;

/** Whether `body` writes 20yy年 or 19yy年 (in ASCII or full-width digits). */
function fullYearWritten(body: string, yy: string): boolean {
  return ['19', '20'].some((c) => body.includes(`${c}${yy}年`) || body.includes(`${toFullWidth(c + yy)}年`));
}
const KANJI_NEXT = /\p{Script=Han}/u;
