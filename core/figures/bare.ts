import { CHANGE_STEMS, CHANGED_BY_VERBS } from '../lexicon/change-words';
import { NAMING_HEADS } from '../lexicon/designations';
import { COUNTER_IDIOMS, KIND_SUFFIXES } from '../lexicon/non-figures';
import { ARITHMETIC_NOUNS } from '../lexicon/open-counters';
import { HEDGES_AFTER } from '../lexicon/qualifiers';
import {
  BARE_BOUNDS,
  COUNT_NOUN_ENDINGS,
  MOVE_BEFORE_LEVEL,
  NOT_COUNT_NOUNS,
  RATE_NOUN_ENDINGS,
  RATE_PARTICLES,
  REACH_VERBS,
  RECORD_VERBS,
  SCALE_NOUN_ENDINGS,
  SET_TO_VERBS,
} from '../lexicon/rate-nouns';
import { alternation, WordIndex } from '../lexicon/word-table';
import type { Numeral } from '../numbers/scan';
import { isAuxiliary, isCommonNoun, isCounter, isNoun, isNumeral, isPrefix, isSahenNoun, isVerb } from '../text/pos';
import { HALF_WIDTH_KATAKANA, KATAKANA, ROUND_CLOSERS } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { FigureKind, Token } from '../types';
import type { Ctx } from './draft';
import { namedBefore } from './open-counter';
import { prefixQualifiers } from './qualify';

/**
 * Numbers written with no counter that still state a quantity, from the words around them:
 * 「42の都道府県」「30もの企業」 (Nの or Nもの + a noun: what it counts), 「1500にのぼる」 (a verb of reaching), 「300以上の店」
 * (a bound), 「盗塁数57」「出生率は1.15」 (the name of a count or a rate before it). Digits only, and
 * never glued to a name (ベスト10の, 渋谷109の).
 */
export function bareKind(ctx: Ctx, a: Numeral, edge: number): FigureKind | null {
  // 人口も4月1日時点で: a number before 年, 月, 日 or 時 that no counter took is part of a date
  if (DATE_PART.test(ctx.text[a.end] ?? '')) return null;
  const named = nameBefore(ctx.text, edge);
  if (named) return named;
  const { text, tokens } = ctx;
  const v = a.reading.value;
  if (v === null || KATAKANA_CHAR.test(text[a.start - 1] ?? '') || namedBefore(tokens, a.start)) return null;
  // 中2の男子生徒, 小6の女児: the dictionary has the number inside a word of its own (a school year)
  if ((tokens[tokenAt(tokens, a.start)]?.start ?? a.start) < a.start) return null;
  // 四百八十二にのぼる, 三十ほどにとどまる: kanji numerals with a place word, reached or held to.
  if (a.kanjiOnly) return kanjiReached(text, a) || kanjiCounted(ctx, a) ? 'count' : null;
  // 18.64ポイント安の1612.47で終えた: the level a market's move ended at.
  if (
    MOVE_BEFORE_LEVEL.test(text.slice(Math.max(0, edge - 32), edge)) &&
    VALUE_AFTER.test(text.slice(a.end, a.end + 2))
  )
    return 'other';
  // 失業率は、男性が2.6、女性は2.4だった: each value in a list under a rate named as the topic;
  // 値下がり銘柄数は1702と…、値上がりは371、変わらずは38だった: under a count told with its value.
  const listed = underNamedTopic(text, edge, a.end);
  if (listed) return listed;
  const integer = Number.isInteger(v) && !DECIMAL.test(a.written);
  // 1.20の合計特殊出生率が続けば: a rate's value written before its name (2025の指数 is a year's).
  if (RATE_NAMED_AFTER.test(text.slice(a.end, a.end + 16)) && !(integer && v >= 1900 && v <= 2099)) return 'ratio';
  if (integer && v >= 2 && !scaleBefore(text, edge)) {
    // 与党系が18を占める: the share a bare count takes of a whole.
    if (text.startsWith(OCCUPY, a.end)) return 'count';
    // 対応言語を32から48に増やした: the count a change starts from (the one it ends at is read below).
    const to = CHANGED_TO.exec(text.slice(a.end, a.end + 12));
    if (to && SET_TO_VERBS.some((w) => text.startsWith(w, a.end + to[0].length))) return 'count';
  }
  if (reachedOrHeld(text, a)) return integer ? 'count' : 'other';
  if (integer && SET_TO_VERBS.some((w) => text.startsWith(`に${w}`, a.end)) && !scaleBefore(text, edge)) return 'count';
  // ゲーム差を1.5に縮めた, 点差を0.5に広げた: a difference (差) taken to a value, halves and all.
  if (text.endsWith(DIFFERENCE, edge) && SET_TO_VERBS.some((w) => text.startsWith(`に${w}`, a.end))) return 'other';
  if (!integer || v < 2) return null;
  // 46秒26の記録 is hundredths of a second, not a count; 大賞2012の is a year.
  if (counterBefore(ctx, edge) || (v >= 1900 && v <= 2099)) return null;
  if (BARE_BOUNDS.some((w) => text.startsWith(w, a.end))) return 'count';
  // 少なくとも1000程度は: hedged on both sides, a bare number is an amount (a label is never "about"),
  // unless a scale is named before it (警戒レベルは約3程度).
  if (hedgedAmount(text, a) && !scaleBefore(text, edge)) return 'count';
  // この20年で15減った: a bare number right before a verb of growing or shrinking is the count it changed by.
  if (changedBy(ctx, a)) return 'count';
  // 確認されたなわばりは87で: the things a past clause picks out, as the topic, and how many there are
  if (VALUE_CLOSE.test(text.slice(a.end, a.end + 3)) && pickedOutTopic(ctx, edge)) return 'count';
  // 2014年の48から約1.8倍に増えた: a year's count a change starts from
  if (YEAR_OF.test(text.slice(Math.max(0, edge - 3), edge)) && CHANGE_FROM.test(text.slice(a.end, a.end + 16)))
    return 'count';
  // 基準を超えた自治体も79あった, 候補地が12ある: a noun and が/も, then how many of it there are
  if (EXISTS_AFTER.test(text.slice(a.end, a.end + 3)) && /[^\d０-９、。][がも]$/.test(text.slice(edge - 2, edge)))
    return 'count';
  if (RECORD_VERBS.some((w) => text.startsWith(w, a.end))) return 'other';
  // 42の都道府県, and stressed: 30もの企業, 13もの世界タイトル.
  const link = text[a.end] === 'の' ? 1 : text.startsWith('もの', a.end) ? 2 : 0;
  return link && countedNounAt(ctx, a.end + link) ? 'count' : null;
}

// A particle or a mark closing the hedged number: 1000程度は, 300ほどが, 50前後、.
const AFTER_HEDGE = /^[はがをもでにと、。]/;

/**
 * 「少なくとも1000程度は再編すべきだ」「約300ほどが応募した」: an amount's qualifier before the number
 * (約, 少なくとも, 最大) and an "about" after it, then a particle. レベル3程度 and 震度5程度 are glued to
 * a name and read elsewhere; 3程度 with nothing before stays bare.
 */
function hedgedAmount(text: string, a: Numeral): boolean {
  const pre = prefixQualifiers(text, a.start);
  if (!pre.approx && !pre.bound) return false;
  return HEDGES_AFTER.some((w) => text.startsWith(w, a.end) && AFTER_HEDGE.test(text.slice(a.end + w.length)));
}

/**
 * 「この20年で15減った」「議席を2減らした」: the token right after the number is a verb of growing or
 * shrinking (減る, 増やす). Not after a kanji (レベル3 and 第3 are labels, and 反対3 a side's tally), so
 * only a number standing as a word of its own.
 */
function changedBy(ctx: Ctx, a: Numeral): boolean {
  if (KANJI_BEFORE.test(ctx.text[a.start - 1] ?? '')) return false;
  const t = ctx.tokens[tokenAt(ctx.tokens, a.end)];
  return !!t && t.start === a.end && isVerb(t) && CHANGED_BY_VERBS.has(t.basic);
}

// 87で、 / 45だった / 33と、: a value closing its clause
const VALUE_CLOSE = /^(?:で[、，]|だ|と[、，])/;
// 2014年の / 前年の / 2019年度の right before the number
const YEAR_OF = /年度?の$/;
// から and, within the clause, how the count changed: 48から約1.8倍に, 95から増えた
const CHANGE_FROM = new RegExp(`^から[^、。]{0,12}?${alternation(CHANGE_STEMS)}`);
// 背番号は87で, 登録番号は12だ, 決まった順位は3で: a number a thing is called or ranked by, not how many
const DESIGNATION_END = new RegExp(`${alternation(NAMING_HEADS)}$`);

/**
 * 「確認されたなわばりは87で」「参加した自治体は45だった」: a common noun picked out by a clause ending
 * in the past (た), made the topic right before the number — the set of those things, whose bare value
 * is how many there are. 背番号 and other designations are left out.
 */
function pickedOutTopic(ctx: Ctx, edge: number): boolean {
  const { text, tokens } = ctx;
  if (text[edge - 1] !== 'は' || tokens.length === 0) return false;
  let i = tokenAt(tokens, edge - 2);
  const noun = tokens[i];
  if (!noun || noun.end !== edge - 1 || !isCommonNoun(noun) || DESIGNATION_END.test(noun.surface)) return false;
  // 見つかった|巣, 確認さ|れ|た|なわばり: at most one more noun of the compound before the head
  if (isCommonNoun(tokens[i - 1]) && tokens[i - 1]?.end === noun.start) i--;
  const before = tokens[i - 1];
  return !!before && before.end === (tokens[i] as Token).start && isAuxiliary(before) && before.basic === 'た';
}

// の, up to eight characters of a name, a rate's ending, and a particle: 1.20の合計特殊出生率が.
const RATE_NAMED_AFTER = new RegExp(
  `^の[\\p{Script=Han}ァ-ヶー・]{0,8}(?:${RATE_NOUN_ENDINGS.join('|')})(?=[はがをもでにのと、。])`,
  'u',
);
const OCCUPY = 'を占め';
const DIFFERENCE = '差を';
// から, another number, に: 32から48に (a change's verb must follow).
const CHANGED_TO = /^から[0-9０-９]+に/;
// 30ほどにとどまる, 12程度に過ぎない: a count held down to, an approximation between allowed.
const HELD_TO = /^(?:ほど|程度|前後|余り|あまり)?に(?:とどま|留ま|過ぎ|すぎ)/;
// 四百八十二, 三十: a kanji numeral with a place word reads as a number on its own.
const KANJI_PLACED = /^[一二三四五六七八九]?[十百千](?:[一二三四五六七八九]?[十百]?)*[一二三四五六七八九]?$/;
const KANJI_BEFORE = /[\p{Script=Han}]/u;

/** 「まだ30ほどにとどまる」: held to a count, the number not glued to a noun before it (反対3 is a side's). */
function heldTo(text: string, a: Numeral): boolean {
  return HELD_TO.test(text.slice(a.end, a.end + 6)) && !KANJI_BEFORE.test(text[a.start - 1] ?? '');
}

/**
 * 「四百八十二にのぼる」「三十ほどにとどまる」: a kanji numeral with a place word, whole, not after a
 * kanji (第三十, 数百), before a verb of reaching or of being held to a count.
 */
function kanjiReached(text: string, a: Numeral): boolean {
  const v = a.reading.value;
  if (v === null || !Number.isInteger(v) || v < 2 || !KANJI_PLACED.test(a.written)) return false;
  if (KANJI_BEFORE.test(text[a.start - 1] ?? '')) return false;
  return reachedOrHeld(text, a);
}

/**
 * 二十八の美術館, 四十七の都道府県: a kanji numeral with a place word, then の and the noun it counts, as
 * 「42の都道府県」 in digits. A lone 十 or 百 (十の位, 百の言葉) and the single digits (一の宮, 二の腕, 三の丸)
 * name places and idioms, not counts.
 */
function kanjiCounted(ctx: Ctx, a: Numeral): boolean {
  const v = a.reading.value;
  if (v === null || !Number.isInteger(v) || v < 2 || a.written.length < 2 || !KANJI_PLACED.test(a.written))
    return false;
  if (KANJI_BEFORE.test(ctx.text[a.start - 1] ?? '') || ctx.text[a.end] !== 'の') return false;
  return countedNounAt(ctx, a.end + 1);
}

/** 1500にのぼる, 30ほどにとどまる, 六十余りある: a bare number reached, held down to, or told to exist about. */
function reachedOrHeld(text: string, a: Numeral): boolean {
  return (
    REACH_VERBS.some((w) => text.startsWith(`に${w}`, a.end)) ||
    heldTo(text, a) ||
    APPROX_EXISTS.test(text.slice(a.end, a.end + 5))
  );
}

// 六十余りある, 200近くあった: about how many there are (the approximation makes it a count, not a label).
const APPROX_EXISTS = /^(?:余り|あまり|近く)あ(?:る|っ|り)/;

/** 警戒レベルを4に, 規制を第3段階に: the noun before the particle names a level, not a count. */
function scaleBefore(text: string, at: number): boolean {
  // 警戒レベルを3から|4に引き上げた: the value changed to is on the scale named before the one it starts from
  const from = FROM_VALUE.exec(text.slice(Math.max(0, at - 12), at));
  const edge = from ? at - from[0].length : at;
  const end = /[をがは]/.test(text[edge - 1] ?? '') ? edge - 1 : edge;
  return KATAKANA_CHAR.test(text[end - 1] ?? '') || SCALE_NOUN_ENDINGS.some((w) => text.endsWith(w, end));
}

/** True when a counter ends right before `at` (46秒|26). */
function counterBefore(ctx: Ctx, at: number): boolean {
  const t = ctx.tokens[tokenAt(ctx.tokens, at - 1)];
  return !!t && t.end === at && isCounter(t);
}

// 3から, 2.5から: the value a change starts from, right before the one it goes to.
const FROM_VALUE = /[0-9０-９.．]+から$/;
const KATAKANA_CHAR = new RegExp(`[${KATAKANA}ー${HALF_WIDTH_KATAKANA}]`);
// 1人区, 7人制: a word a number and its counter begin (non-figures.ts)
const IDIOMS = WordIndex.of(COUNTER_IDIOMS);
const DATE_PART = /[年月日時]/;
// ある, あった, あり: a bare number told to exist
const EXISTS_AFTER = /^あ(?:る|っ|り)/;
const DECIMAL = /[.．・]/;
/** The longest bracketed note skipped between a rate's name and its value. */
const MAX_NOTE = 40;

/** True when a common noun (not a name, a time word or a term of arithmetic) starts at `pos`. */
function countedNounAt(ctx: Ctx, pos: number): boolean {
  if (ctx.tokens.length === 0) return false;
  let i = tokenAt(ctx.tokens, pos);
  // 289の小選挙区: a prefix before the noun
  if (ctx.tokens[i]?.start === pos && isPrefix(ctx.tokens[i])) {
    pos = ctx.tokens[i]?.end ?? pos;
    i++;
  }
  const t = ctx.tokens[i];
  if (t?.start === pos && isNumeral(t)) return kindByNumberAt(ctx, i);
  if (!t || t.start !== pos || !isNoun(t) || (!isCommonNoun(t) && !isSahenNoun(t))) return false;
  return !ARITHMETIC_NOUNS.has(t.surface);
}

/**
 * 全国32の1人区, 12の7人制チーム: after 「Nの」 a kind named by a number and its counter (1人区, 7人制)
 * is what N counts. True when the numeral at token `i` and its counter make such a word.
 */
function kindByNumberAt(ctx: Ctx, i: number): boolean {
  let k = i;
  while (isNumeral(ctx.tokens[k + 1]) && ctx.tokens[k + 1]?.start === ctx.tokens[k]?.end) k++;
  const counter = ctx.tokens[k + 1];
  const after = ctx.tokens[k + 2];
  if (!counter || counter.start !== ctx.tokens[k]?.end || !isCounter(counter)) return false;
  if (IDIOMS.longestAt(ctx.text, counter.start) !== undefined) return true;
  return after?.start === counter.end && KIND_SUFFIXES.includes(after.surface);
}

/**
 * 'ratio' when the text before `at` ends with a rate's or an index's name, 'count' for a count's name,
 * then at most a bracketed note and one particle: 出生率は, 消費者物価指数（2020年＝100）は, 盗塁数; or
 * such a name as the topic and a scope in で between (得点は総合で108.5).
 */
function nameBefore(text: string, at: number): FigureKind | null {
  const named = nameRightBefore(text, at);
  if (named) return named;
  // 得点は総合で108.5, 指数は全体で102: a scope in で between the name as topic and its value.
  const scope = SCOPE_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  return scope ? nameRightBefore(text, at - scope[0].length + 1) : null;
}

// は or が, then a kanji noun of up to four and で (総合で, 全体で, 男子で): the value's scope; or the time
// the value is for (昨年12月時点で, 3月末で, 2024年平均で).
const SCOPE_BEFORE = /[はが]、?(?:\p{Script=Han}{1,4}|[^、。はが]{1,14}?(?:時点|現在|末|平均))で、?$/u;
// （2015年度=100）: the base an index is told against, which makes what it follows an index.
const INDEX_BASE = /^[（(][^）)]{0,12}[=＝][ 　]*(?:100|１００)[）)]$/;

/** nameBefore without a scope between: the name and at most a note and one particle right before `at`. */
function nameRightBefore(text: string, at: number): FigureKind | null {
  for (const p of RATE_PARTICLES) {
    let end = at - p.length;
    if (!text.startsWith(p, end)) continue;
    if (ROUND_CLOSERS.has(text[end - 1] ?? '')) {
      const open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
      if (open < 0 || end - open > MAX_NOTE) continue;
      // 建設工事費デフレーター（2015年度=100）は: whatever its name, a base of 100 makes it an index.
      if (INDEX_BASE.test(text.slice(open, end))) return 'ratio';
      end = open;
    }
    if (RATE_NOUN_ENDINGS.some((n) => text.startsWith(n, end - n.length))) return 'ratio';
    if (NOT_COUNT_NOUNS.some((n) => text.startsWith(n, end - n.length))) continue;
    if (COUNT_NOUN_ENDINGS.some((n) => text.startsWith(n, end - n.length))) return 'count';
  }
  return null;
}

// Xが / Xは / Xも right before the value, after a short name: 男性が|2.6, 沖縄県は|1.60.
const LABEL_BEFORE = /[^、。，,\s0-9０-９]{1,12}[がはも]$/;
// Xの right before the value, when a copula follows it: 最も高かったのは沖縄県の|1.52だった.
const LABEL_OF = /[^、。，,\s0-9０-９のはがも]{1,12}の$/;
const COPULA_AFTER = /^(?:だ|です|で)/;
// What may follow a listed value: 、 / 。 / で / と / だ (だった, です), or の and the grade it is
// given in brackets (北町は98の「やや低い」).
const VALUE_AFTER = /^(?:[、。，,）)]|で|と|だ|です|の「)/;
/** How far back in its sentence a rate's topic may stand: 失業率は、男性が2.6、女性は2.4. */
const TOPIC_REACH = 40;

// 景況指数（前年＝100）は102: a rate's or an index's name as the topic with its own bare value.
const RATE_TOPIC = new RegExp(`(?:${RATE_NOUN_ENDINGS.join('|')})(?:[（(][^）)]{0,${MAX_NOTE}}[）)])?は[0-9０-９]`);
/** How many sentences before its own a rate told with its value may still head a list: two. */
const EARLIER_SENTENCES = 2;
const EARLIER_REACH = 300;

/**
 * The two sentences before `at` (the start of the current one), across a paragraph break: 「全体の
 * 景況指数は102だった。地域別では、北部が104、南部は97」 lists under the index told with its value.
 */
function earlierSentences(text: string, at: number): string {
  // from the start of the current sentence, back over the sentences before it
  let from = text.lastIndexOf('。', at - 1) + 1;
  for (let n = 0; n < EARLIER_SENTENCES && from > 0; n++) {
    const stop = text.lastIndexOf('。', from - 2);
    from = stop < 0 ? 0 : stop + 1;
  }
  return text.slice(Math.max(from, at - EARLIER_REACH), at);
}

// 銘柄数は1702: a count's name as the topic with its own bare value right after.
const COUNT_TOPIC = new RegExp(`(?:${COUNT_NOUN_ENDINGS.join('|')})は[0-9０-９]`);

/**
 * 'ratio' when the value at [edge, end) is listed under a rate or an index named as the sentence's
 * topic (出生率は、東京都が0.99で最も低く、沖縄県は1.60だった), 'count' under a count's name told
 * with its bare value (値下がり銘柄数は1702と…、値上がりは371、変わらずは38だった): a label and が/は
 * before it, a list mark or a copula after it. 「会議で示された値は、北が1.2」 names no rate, so its
 * numbers stay bare.
 */
function underNamedTopic(text: string, edge: number, end: number): FigureKind | null {
  const label = text.slice(Math.max(0, edge - 13), edge);
  const after = text.slice(end, end + 2);
  // 最も高かったのは沖縄県の1.52だった: a place's value told with の, the copula closing it
  const told = LABEL_BEFORE.test(label) || (LABEL_OF.test(label) && COPULA_AFTER.test(after));
  if (!told || !VALUE_AFTER.test(after)) return null;
  const from = Math.max(0, edge - TOPIC_REACH);
  const before = text.slice(from, edge);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('「'), before.lastIndexOf('」'));
  const clause = before.slice(stop + 1);
  if (RATE_NOUN_ENDINGS.some((n) => clause.includes(`${n}は`))) return 'ratio';
  if (RATE_TOPIC.test(earlierSentences(text, from + stop + 1))) return 'ratio';
  const topic = COUNT_TOPIC.exec(clause);
  return topic && !NOT_COUNT_NOUNS.some((n) => clause.includes(`${n}は`)) ? 'count' : null;
}
