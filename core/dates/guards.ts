/**
 * Words around 「N年」「N日」 that make it a length of time, not a date. Durations are figures
 * (3年間, 5日間, 3年以上); only what is left is a date here.
 */

import {
  COMPARED_CLAUSE_TAILS,
  COMPARED_TIME_TAILS,
  COMPARISON_WORDS,
  DATE_TAILS,
  DAY_COUNT_NOUNS,
  DURATION_HEADS,
  DURATION_TAILS,
  SPAN_NOUNS,
} from '../lexicon/duration-words';
import { WordIndex } from '../lexicon/word-table';
import { DIGIT } from '../text/script';

const TAILS = WordIndex.of(DURATION_TAILS);
const KEEP = WordIndex.of(DATE_TAILS);
const HEADS = WordIndex.of(DURATION_HEADS);
const COMPARED = WordIndex.of(COMPARED_TIME_TAILS);
const COMPARED_IN_CLAUSE = WordIndex.of(COMPARED_CLAUSE_TAILS);

/** True when one of the index's words starts at `at`. */
export function startsWithAny(text: string, at: number, index: WordIndex): boolean {
  return index.longestAt(text, at) !== undefined;
}

/** True when the text at `end` makes the number before it a duration: 「5日間」「3年以上」. */
export function durationTail(text: string, end: number): boolean {
  return !startsWithAny(text, end, KEEP) && startsWithAny(text, end, TAILS);
}

/** True when the text before `start` makes the number a duration: 「約10日」「この20年」. */
export function durationHead(text: string, start: number): boolean {
  return HEADS.longestEndingAt(text, start) !== undefined;
}

/** How far back in its clause (UTF-16 units) a comparison's より or 比べ is looked for. */
const COMPARISON_REACH = 20;
// The clause's part before a number: back to its last 。, 「, 」 or line break.
const CLAUSE_TAIL = /[^。「」\n]*$/;

/**
 * True when N日 or N年 from `start` to `end` is the gap between two dates: 平年より4日早い, 例年より5日
 * 遅かった, 予定を2日早めた; 早く / 遅く / 長く / 短く only in a clause that compares (平年より5日遅く
 * 開花した, 比べて10～14日長くなる), as 「12日遅く、声明を出した」 is late on the 12th.
 */
export function comparedGap(text: string, start: number, end: number): boolean {
  if (startsWithAny(text, end, COMPARED)) return true;
  if (!startsWithAny(text, end, COMPARED_IN_CLAUSE)) return false;
  const clause = (CLAUSE_TAIL.exec(text.slice(Math.max(0, start - COMPARISON_REACH), start)) as RegExpExecArray)[0];
  return COMPARISON_WORDS.some((w) => clause.includes(w));
}

// What makes N日 a day after 期間は: a start or an end (期間は14日から, 14日まで), に, の, a time of the day.
const DAY_OF_MONTH_NEXT = /^(?:から|まで|に|の|付|午|朝|夜|夕)/;

/**
 * True when N日 from `start` to `end` is told as what a span noun is, so a length: 潜伏期間は2〜14日とされる,
 * 猶予期間は30日だ. A span starting or ending there is a day (期間は14日から, 期間は20日まで).
 */
export function lengthIsDays(text: string, start: number, end: number): boolean {
  const particle = text[start - 1];
  if ((particle !== 'は' && particle !== 'が') || text[end - 1] !== '日') return false;
  if (DAY_OF_MONTH_NEXT.test(text.slice(end, end + 2))) return false;
  // 輸送日数が3〜5日延びた: a count of days, with は or が; a span noun only with は (期間は30日だ).
  if (DAY_COUNT_NOUNS.some((n) => text.endsWith(n, start - 1))) return true;
  return particle === 'は' && SPAN_NOUNS.some((n) => text.endsWith(n, start - 1));
}

/**
 * 「戦闘が始まってから、15日で2年となった」「発生から11日で半年を迎えた」: the day a length of time since
 * something is reached is a date, no length (5日で完売, 3日で1年分の雨 stay lengths).
 */
const ANNIVERSARY = new RegExp(
  `^で(?:[${DIGIT}一二三四五六七八九十]+(?:年|カ月|か月|ヶ月|ヵ月|週間|日)|半年)(?:目)?(?:(?:と|に)な|を迎|。)`,
);

/** Whether a day number ending at `end` is the day an anniversary is reached (see ANNIVERSARY). */
export function anniversaryTail(text: string, end: number): boolean {
  return ANNIVERSARY.test(text.slice(end, end + 12));
}
