import { CALENDAR_PERIODS } from '../lexicon/calendar-periods';
import type { CounterEntry } from '../lexicon/counters';
import { DESIGNATING_COUNTERS } from '../lexicon/designations';
import {
  BIRTH_ORDER,
  COUNT_WORDS_BEFORE,
  COUNTED_COMPOUNDS,
  COUNTED_GROUPS,
  COUNTING_SUFFIXES,
  DERIVING_SUFFIXES,
  DISPLAY_WORDS,
  DIVIDING_NOUNS,
  LABEL_NOUNS,
  MODEL_PARTS,
  NAMED_DESIGNATIONS,
  SCALE_WORDS_BEFORE,
} from '../lexicon/open-counters';
import { COUNTED_BOUNDS, REACH_VERBS, SET_TO_VERBS } from '../lexicon/rate-nouns';
import { YEAR_OF_ORIGIN } from '../lexicon/relative-dates';
import { alternation } from '../lexicon/word-table';
import type { Numeral } from '../numbers/scan';
import {
  isCommonNoun,
  isCounter,
  isNoun,
  isNumeral,
  isPlaceName,
  isProperNoun,
  isSahenNoun,
  isSuffix,
} from '../text/pos';
import { HALF_WIDTH_KATAKANA, KANA, KANJI, KATAKANA, LATIN } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { countryCurrency, currencyWord } from './currencies';
import { type Ctx, counterHere } from './draft';
import { isComposedKanjiCount } from './kanji-counts';

/**
 * The open counter grammar: a number followed by a counter or a noun is a figure unless there is a
 * reason it is not. The dictionary we ship is the counter catalogue — IPADIC tags its counters
 * 名詞,接尾,助数詞 (300缶, 16色, 30セット, 2万字) and place suffixes 名詞,接尾,地域 (3駅, 10市7町) — and a
 * common noun after a number is what it counts (2ゴール, 5部門, 4800万画素, 3連覇). The exceptions
 * (core/lexicon/open-counters.ts) are what names or orders one thing: ルイ14世, 5号線, 1丁目, 3年生,
 * 209型潜水艦, 秋田1区; and numbers glued after a name or katakana word (ベスト10, タム1850形).
 */

type Found = { entry: CounterEntry; end: number };

const KATAKANA_CHAR = new RegExp(`[${KATAKANA}ー${HALF_WIDTH_KATAKANA}]`);
const LATIN_CHAR = new RegExp(`[${LATIN}]`);
const DECIMAL = /[.．・]/;
// Kanji or kana: IPADIC also calls ～, - and / nouns.
const WORD = new RegExp(`^[${KANA}${KANJI}〆ヵヶ]+$`, 'u');
/** 9.11, 3.11, 1.17: a month and a day joined by a point. */
const MONTH_DAY = /^(?:[1-9]|1[0-2])\.(?:0?[1-9]|[12][0-9]|3[01])$/;
/** How far (UTF-16 units) before or after 型 a display word may stand: 「画面は6.1型」「55型の液晶テレビ」. */
const DISPLAY_WINDOW = 12;

/** The counter after numeral `n`: the lexicon's or a unit's (counterHere), else the open grammar's. */
export function counterAfter(ctx: Ctx, n: Numeral): Found | null {
  return counterHere(ctx, n.end) ?? openCounter(ctx, n);
}

/** The counter or counted noun IPADIC finds right after `n`, or null (see the module comment). */
export function openCounter(ctx: Ctx, n: Numeral): Found | null {
  const { tokens, text } = ctx;
  if (tokens.length === 0) return null;
  const i = tokenAt(tokens, n.end);
  const t = tokens[i];
  if (!t || t.start !== n.end || !isNoun(t) || LATIN_CHAR.test(t.surface) || !WORD.test(t.surface)) return null;
  // 一本化, 二極化: the number and its counter are part of a derived word.
  if (DERIVING_SUFFIXES.has(tokens[i + 1]?.surface ?? '') && isSuffix(tokens[i + 1])) return null;
  if (t.surface === '型') return displaySize(ctx, n, t);
  // 一戦, 七輪, 二重, 一画: one kanji digit and a counter are mostly one word of the language, unless
  // a verb holds or takes it to that count (旅行は一泊にとどめたい, 滞在を三泊に延ばした) or a bound follows.
  if (n.kanjiOnly && n.written.length < 2 && !heldToCount(text, t.end)) return null;
  // 1・17希望の灯り: a middle dot joins numbers into a date or a name, not a decimal of a count.
  if (n.written.includes('・')) return null;
  // 8階級: a counted noun split into a designating counter (階) and a suffix (級) counts as one word.
  const compound = countedCompound(tokens, i);
  if (compound) return compound;
  // 18禁: a label (not for those under 18), not a count.
  if (LABEL_NOUNS.has(t.surface)) return null;
  if (DESIGNATING_COUNTERS.has(t.surface) || (BIRTH_ORDER.has(t.surface) && n.kanjiOnly)) return null;
  const named =
    namedBefore(tokens, n.start) || (KATAKANA_CHAR.test(text[n.start - 1] ?? '') && !countedBefore(tokens, n.start));
  // リーグ1部, 秋田1区: after a name a small number designates (100万部 still counts copies); but
  // 2組に分けた, 3班に分かれて divide into that many, and 3部作, 5部構成 are made of that many parts.
  const parts = partsOfWork(tokens, i);
  if (parts && !named) return parts;
  if (
    NAMED_DESIGNATIONS.has(t.surface) &&
    (named || ((n.reading.value ?? 0) < 10 && !countedKind(text, n.start, t.surface))) &&
    !dividedInto(text, t.end)
  )
    return null;
  // 2021年産, 22年産: IPADIC's one noun 年産 is a year and what it labels (core/dates reads the year).
  if (YEAR_OF_ORIGIN.some((w) => t.surface === `年${w}`)) return null;
  // 2019シーズン, 2024期: a stretch of the calendar after a year's number names it, like a date.
  if (yearLike(n) && calendarPeriod(t.surface) !== undefined) return null;
  const unit = compoundUnit(tokens, i) ?? countryCurrency(tokens, i);
  if (unit) return unit;
  if (isSuffix(t)) {
    // 救急隊275隊, 120組の夫婦: a group counter that was not a designation above counts (捜査12課 names one).
    const counts =
      isCounter(t) ||
      (isPlaceName(t) && !t.surface.endsWith('内')) ||
      COUNTING_SUFFIXES.has(t.surface) ||
      COUNTED_GROUPS.has(t.surface);
    return counts ? found(t) : null;
  }
  // A common noun counts only after digits (三国志, 七人の侍 are names) or kanji composed with a place
  // value (八百九十地点), not after a name or a katakana word: ステージ4がん, レベル3対応 name a stage or a
  // rank; but バス3路線 counts routes.
  if (
    (!isCommonNoun(t) && !isSahenNoun(t)) ||
    (n.kanjiOnly && !isComposedKanjiCount(n)) ||
    (named && !katakanaTopic(tokens, n, t) && !STREAK.test(t.surface))
  )
    return null;
  // 9.11テロ, 1.17の震災: a month and day written with a point name an event.
  if (MONTH_DAY.test(n.written.normalize('NFKC'))) return null;
  if (DIVIDING_NOUNS.has(t.surface)) return null;
  // 11選挙区, 5学区: IPADIC's place suffix (名詞,接尾,地域) after the noun makes one word of them
  const next = tokens[i + 1];
  if (next?.start === t.end && isSuffix(next) && isPlaceName(next) && WORD.test(next.surface)) {
    const surface = t.surface + next.surface;
    return { entry: { surface, unit: surface, kind: 'count' }, end: next.end };
  }
  return found(t);
}

const DIVIDED_INTO = /^(?:に分[けか]|構成)/;
// 仙台3連勝, チーム5連敗: a streak (連 and what is repeated) counts after the team's name too.
const STREAK = /^連[勝敗覇投]$/;
const KATAKANA_WORD = new RegExp(`^[${KATAKANA}ー]{2,}$`);
// 路線, 種類, 兄弟: a counted noun after a katakana word is written in kanji (ベル214ヘリコプター is a model).
const KANJI_NOUN = new RegExp(`^[${KANJI}]+$`, 'u');

/**
 * 路線バス3路線, ホテル2施設, スマホ3機種: a common katakana noun (IPADIC 名詞,一般) says what is talked
 * about, and the kanji noun after a small number is what is counted; unless the katakana word ranks or
 * names (SCALE_WORDS_BEFORE: ステージ4がん, ゲート5付近), the noun after says what a thing does or
 * supports, a サ変 noun (レベル3対応, ウィンドウズ11搭載), or names the model's own body (MODEL_PARTS:
 * プレイステーション5本体). Three digits or more after a katakana word name a model (ボーイング737).
 */
function katakanaTopic(tokens: readonly Token[], n: Numeral, counted: Token): boolean {
  const before = tokens[tokenAt(tokens, n.start - 1)];
  if (!before || before.end !== n.start || !isCommonNoun(before) || !KATAKANA_WORD.test(before.surface)) return false;
  if ((n.reading.value ?? 100) >= 100 || SCALE_WORDS_BEFORE.has(before.surface)) return false;
  return isCommonNoun(counted) && KANJI_NOUN.test(counted.surface) && !MODEL_PARTS.has(counted.surface);
}

const COUNT_BEFORE = new RegExp(`${alternation(COUNT_WORDS_BEFORE)}$`);

/**
 * 救急隊5隊, 作業班2班, 約3隊: a small number is a count, not a designation (3組, 1班), when the word
 * before names the kind it counts (it ends in the counter) or a counting word precedes it.
 */
function countedKind(text: string, start: number, counter: string): boolean {
  const before = text.slice(Math.max(0, start - 5), start);
  return before.endsWith(counter) || COUNT_BEFORE.test(before);
}

/**
 * 3部作, 5部作: a work in that many parts, the counter and IPADIC's suffix 作 (名詞,接尾) one unit.
 * Null when no 作 follows the counter.
 */
function partsOfWork(tokens: readonly Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!isCounter(t) || next?.start !== t.end || next.surface !== '作' || !isSuffix(next)) return null;
  const surface = t.surface + next.surface;
  return { entry: { surface, unit: surface, kind: 'count' }, end: next.end };
}

/** 8階級, 計16階級: a counter and a suffix IPADIC split out of one counted noun (COUNTED_COMPOUNDS). */
function countedCompound(tokens: readonly Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next?.start !== t.end || !COUNTED_COMPOUNDS.has(t.surface + next.surface)) return null;
  const surface = t.surface + next.surface;
  return { entry: { surface, unit: surface, kind: 'count' }, end: next.end };
}

/** 2組に分ける, 3班に分かれる, 5部構成: what follows divides into the number, so it counts. */
function dividedInto(text: string, at: number): boolean {
  return DIVIDED_INTO.test(text.slice(at, at + 3));
}

/** 889平方マイル, 3立方メートル: 平方 and 立方 join the unit after them. */
function compoundUnit(tokens: readonly Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if ((t.surface !== '平方' && t.surface !== '立方') || next?.start !== t.end || !isNoun(next)) return null;
  if (!isCounter(next) && !isCommonNoun(next)) return null;
  const surface = t.surface + next.surface;
  return { entry: { surface, unit: surface, kind: 'measure' }, end: next.end };
}

function found(t: Token, kind: CounterEntry['kind'] = 'count'): Found {
  const money = kind === 'count' ? currencyWord(t) : null;
  if (money) return { entry: money, end: t.end };
  const period = kind === 'count' ? calendarPeriod(t.surface) : undefined;
  if (period !== undefined) return { entry: { surface: t.surface, unit: period, kind: 'duration' }, end: t.end };
  return { entry: { surface: t.surface, unit: t.surface, kind }, end: t.end };
}

/** A number written as a year is: 1000 to 2999 (2019シーズン). */
function yearLike(n: Numeral): boolean {
  const v = n.reading.value ?? 0;
  return Number.isInteger(v) && v >= 1000 && v < 3000;
}

/** The unit of a word naming a stretch of the calendar (5四半期, 3カ年 → 年), else undefined. */
function calendarPeriod(word: string): string | undefined {
  for (const [tail, unit] of CALENDAR_PERIODS) if (word.endsWith(tail)) return unit ?? word;
  return undefined;
}

/** 6.7型, 55型テレビ: a display's size in inches; 209型潜水艦 is a model, so it needs a decimal or a display word. */
function displaySize(ctx: Ctx, n: Numeral, t: Token): Found | null {
  const near = ctx.text.slice(Math.max(0, n.start - DISPLAY_WINDOW), t.end + DISPLAY_WINDOW);
  const sized = DECIMAL.test(n.written) || DISPLAY_WORDS.some((w) => near.includes(w));
  return sized && !LATIN_CHAR.test(ctx.text[n.start - 1] ?? '') ? found(t, 'measure') : null;
}

/**
 * True when the word ending at `start` is what another number right before it counts: in 2ゴール3アシスト
 * and 10リバウンド10アシスト the katakana word before the second number is a counter, not a name.
 */
export function countedBefore(tokens: readonly Token[], start: number): boolean {
  const i = tokenAt(tokens, start - 1);
  const word = tokens[i];
  const number = tokens[i - 1];
  return word?.end === start && isNoun(word) && isNumeral(number) && number?.end === word.start;
}

// Verbs that take a count to a value or hold it there, after に: 一泊にとどめ, 三泊に延ば, 十回に達.
const HOLD_OR_REACH_VERBS: readonly string[] = [...SET_TO_VERBS, ...REACH_VERBS];

/** 「…にとどめる」「…に延ばす」「…に達する」 or 以上 / 以内 right after a counter at `at`: a count is meant. */
function heldToCount(text: string, at: number): boolean {
  if (COUNTED_BOUNDS.some((w) => text.startsWith(w, at))) return true;
  return text[at] === 'に' && HOLD_OR_REACH_VERBS.some((w) => text.startsWith(w, at + 1));
}

/** True when a proper noun ends right where the number starts (秋田|1区, 日航|123便). */
export function namedBefore(tokens: readonly Token[], start: number): boolean {
  const t = tokens[tokenAt(tokens, start - 1)];
  return !!t && t.end === start && isProperNoun(t);
}
