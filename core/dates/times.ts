import { RATIO_NOUNS, RATIO_SIDES, SCORE_RESULTS } from '../lexicon/ratio-words';
import { EVENING_HOURS, NIGHT_BEFORE_EVENING } from '../lexicon/times-of-day';
import { alternation } from '../lexicon/word-table';
import { DIGIT } from '../text/script';
import { readNumeral } from './numerals';
import type { TimeOfDay } from './spec';

const MERIDIEM = /午前|午後/y;
// 19:00, 22:54-23:00, 0:45: a clock written with a colon (timetables, broadcast times); the minutes are two
// digits, and a third part (2:05:30, a race time) or a digit after them makes it no time of day.
const COLON_CLOCK = new RegExp(`([${DIGIT}]{1,2})[:：]([${DIGIT}]{2})(?![${DIGIT}]|[:：][${DIGIT}])`, 'y');

/**
 * Reads a time of day at `i`: 「午後3時」「15時30分」「午前0時半」「正午」. Kanji hours need 午前/午後
 * (一時 alone means "for a while"); 24時間 and 3時限 are not times.
 */
export function readTime(text: string, i: number): { time: TimeOfDay; end: number } | null {
  if (text.startsWith('正午', i)) return { time: { h: 12, min: 0 }, end: i + 2 };
  MERIDIEM.lastIndex = i;
  const meridiem = MERIDIEM.exec(text)?.[0];
  const at = meridiem ? i + 2 : i;
  const colon = readColonClock(text, at, meridiem);
  if (colon) return colon;
  const h = readNumeral(text, at);
  if (!h || (h.kanji && !meridiem) || text[h.end] !== '時') return null;
  let end = h.end + 1;
  if (text[end] === '間' || text[end] === '限') return null;
  let min = 0;
  if (text[end] === '半') {
    min = 30;
    end++;
  } else {
    const m = readNumeral(text, end);
    if (m && text[m.end] === '分' && m.value <= 59 && m.kanji === h.kanji) {
      min = m.value;
      end = m.end + 1;
      // 23時59分59秒: the seconds belong to the time (a length of 59 seconds it is not)
      const sec = readNumeral(text, end);
      if (sec && text[sec.end] === '秒' && sec.value <= 59 && sec.kanji === h.kanji) end = sec.end + 1;
    }
  }
  if (h.value > (meridiem ? 12 : 24)) return null;
  const evening =
    !meridiem && h.value < 12 && (eveningBefore(text, i, h.value) || afternoonRangeBefore(text, i, h.value));
  const hour = (meridiem === '午後' || evening) && h.value < 12 ? h.value + 12 : h.value;
  return { time: { h: hour, min }, end };
}

/** 「19:00」「午後7:30」 at `at`: a colon clock (COLON_CLOCK) whose hour and minutes are a time of day. */
function readColonClock(
  text: string,
  at: number,
  meridiem: string | undefined,
): { time: TimeOfDay; end: number } | null {
  COLON_CLOCK.lastIndex = at;
  const m = COLON_CLOCK.exec(text);
  if (!m || text[at - 1] === ':' || text[at - 1] === '：') return null;
  const h = Number((m[1] ?? '').normalize('NFKC'));
  const min = Number((m[2] ?? '').normalize('NFKC'));
  if (min > 59 || h > (meridiem ? 12 : 24)) return null;
  // 「00:00 オープニング」「02:30 夜明け前の行列」: a line opening with a colon time is a chapter's place
  // in a recording, unless it opens a range of hours (「11:00〜20:00 営業」).
  const end = at + m[0].length;
  if (!meridiem && LINE_START.test(text[at - 1] ?? '\n') && !RANGE_AFTER.test(text.slice(end, end + 2))) return null;
  // 「20:18で競り勝った」「賛成と反対は12:10だった」「男女比は13:12」: a score or a ratio, as N対M would be.
  if (
    !meridiem &&
    (PAIR_RESULT.test(text.slice(end, end + 6)) || PAIR_BEFORE.test(text.slice(Math.max(0, at - 12), at)))
  ) {
    return null;
  }
  return { time: { h: meridiem === '午後' && h < 12 ? h + 12 : h, min }, end: at + m[0].length };
}

const LINE_START = /[\n・･●○■□◆◇▼▽★☆*]/;
// What makes two numbers either side of a colon a match's result or a ratio (lexicon/ratio-words.ts).
const PAIR_RESULT = new RegExp(
  `^[でのと]?(?:${alternation(SCORE_RESULTS)})|^の?(?:${alternation(RATIO_NOUNS)})(?![較べ])`,
);
const PAIR_BEFORE = new RegExp(
  `(?:(?:${alternation(RATIO_NOUNS)})|(?:${alternation(RATIO_SIDES)})と(?:${alternation(RATIO_SIDES)}))[はがもを、，]?(?:約|およそ|ほぼ)?$`,
);
const RANGE_AFTER = /^(?:[-‐－–—〜～~]|から)/;

// 午後3時から, 午後1時半〜: an afternoon time opening a range, right before the bare hour that closes it.
const AFTERNOON_FROM = /午後([0-9０-９]{1,2})時(?:[0-9０-９]{1,2}分|半)?(?:から|〜|～|~)$/;

/** 午後3時から5時まで: the closing hour of a range opened in the afternoon, later than its opening, is too. */
function afternoonRangeBefore(text: string, i: number, h: number): boolean {
  const m = AFTERNOON_FROM.exec(text.slice(Math.max(0, i - 12), i));
  return !!m && h > Number((m[1] ?? '').normalize('NFKC'));
}

/**
 * 夜9時, 夕方5時, 今晩8時: a part of the evening before a bare hour puts it after noon, within the hours
 * that part of the day has (EVENING_HOURS); 深夜2時 and 未明 stay before dawn.
 */
function eveningBefore(text: string, i: number, h: number): boolean {
  if (NIGHT_BEFORE_EVENING.some((w) => text.endsWith(w, i))) return false;
  return EVENING_HOURS.some(([w, lo, hi]) => text.endsWith(w, i) && h >= lo && h <= hi);
}
