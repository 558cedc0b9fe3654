import { BARE_YEAR_HALVES, PERIOD_PARTS, RELATIVE_WORDS, type RelativeWord } from '../lexicon/relative-dates';
import { DIGIT } from '../text/script';
import type { WordCheck } from './expression';
import type { CalendarSpec, Parsed } from './spec';

const THIS_YEAR: RelativeWord | undefined = RELATIVE_WORDS.find((w) => w.surface === '今年');

// 「年後半には」「、年前半の」: the half opens its phrase. After a number or a kanji (2025年後半, 10年後半ば,
// 今年後半, 同年後半) the 年 belongs to what is before it.
const OPENS_PHRASE = new RegExp(`^(?:[^${DIGIT}〇一二三四五六七八九十\\p{Script=Han}]|)$`, 'u');

/** 「年後半には倍率が下がる」 at `i`: this year's second half (as 今年後半), or null. */
export function readBareYearHalf(text: string, i: number, isWord: WordCheck): Parsed<CalendarSpec> | null {
  const half = BARE_YEAR_HALVES.find((w) => text.startsWith(w, i));
  if (!half || !THIS_YEAR || !OPENS_PHRASE.test(text[i - 1] ?? '')) return null;
  const end = i + half.length;
  const part = PERIOD_PARTS.find((p) => p.of === 'year' && p.surface === half.slice(1));
  // 年前半ば is no word; 年後半戦 (a season's second half) is a game's, not the year's
  if (!part || !isWord(i + 1, end) || /[ば\p{Script=Han}]/u.test(text[end] ?? '')) return null;
  return {
    spec: { kind: 'calendar', year: { type: 'rel', word: THIS_YEAR }, month: null, day: null, part, time: null },
    end,
  };
}
