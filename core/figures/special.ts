import { gazetteerType } from '../entities/gazetteer';
import { AFTER_AGE, AGE_HOLDER_WORDS, PERSON_NOUN_FINALS, TITLE_FINALS, TITLE_WORDS } from '../lexicon/age-holders';
import { MATCH_SUFFIXES, MATCH_WORDS } from '../lexicon/matches';
import { QUAKE_WORDS } from '../lexicon/quake-words';
import { alternation } from '../lexicon/word-table';
import { type Numeral, numeralAt } from '../numbers/scan';
import {
  isCommonNoun,
  isDependent,
  isNoun,
  isNumeral,
  isOrganizationName,
  isPersonName,
  isPlaceName,
  isPrefix,
  isProperNoun,
  isSahenNoun,
  isSuffix,
} from '../text/pos';
import { DASH, DASHES, DIGIT, HYPHENS, KANA, KANJI, LATIN, ROUND_CLOSERS, ROUND_OPENERS } from '../text/script';
import { tokenAt } from '../text/tokens';
import { bareKind } from './bare';
import { type Ctx, type Draft, valueFields } from './draft';
import type { Qualified } from './qualify';
import { readRatioPair } from './ratio-pair';
import { inTally } from './tally';

const JAPANESE_CHAR = new RegExp(`[${KANA}${KANJI}]`, 'u');

/** Words of a title between a name and its age: 古川航平|投手|（29）, 鈴木一郎|東大|教授|（55）. */
const MAX_TITLE_WORDS = 3;
// 3-1で勝利, 2対0の完封, 1―0で逃げ切る, 3−2: a score's two sides stand either side of a dash or 対.
const SCORE_SEPARATORS: ReadonlySet<string> = new Set([...DASHES, '対']);
// 231-233の: three digits after a hyphen make channels, pages or codes unless the teams or the match
// are named (105-98で is a score, and so is 98―105で with a long dash).
const HYPHEN_SET: ReadonlySet<string> = new Set(HYPHENS);
const SCORE_AFTER: ReadonlySet<string> = new Set(['で', 'と', 'の', 'を', 'から', '、', '，', ',', '。']);
// 「千葉に71―67　MVPは…」: a headline closes a score with a space or the line's end; only a long dash
// or 対 says score there (1-2 before a space may be an address or a code).
const HEADLINE_BREAKS: ReadonlySet<string> = new Set(['　', ' ', '\n', '']);
// 震度5から6, 震度5弱〜6強: a range on a scale named before the number.
const SCALE_RANGE = /^(?:[強弱])?(?:から|〜|～|~)/;
// タデセ・ゲブレ, マリア・ロドリゲス: two katakana words joined by a middle dot, ending a name.
const FOREIGN_NAME_END = /(?:^|[^ァ-ヴー・＝])[ァ-ヴ][ァ-ヴー]+[・＝][ァ-ヴ][ァ-ヴー]+$/;
// ストランドベリ党首, マルク・ストランドベリ党首: a katakana name (of three or more) and a kanji title.
const FOREIGN_NAME_TITLE =
  /(?:^|[^ァ-ヴー・＝])[ァ-ヴ][ァ-ヴー]{2,}(?:[・＝][ァ-ヴ][ァ-ヴー]+)?(\p{Script=Han}{1,4})$/u;

/** ストランドベリ党首（52）: a katakana name, then a title ending like a person's (TITLE_FINALS, TITLE_WORDS). */
function foreignNameTitled(before: string): boolean {
  const title = FOREIGN_NAME_TITLE.exec(before)?.[1];
  return !!title && (TITLE_FINALS.has(title.at(-1) ?? '') || TITLE_WORDS.some((w) => title.endsWith(w)));
}
// 赤木さん（当時54）: the age then, in parentheses.
const THEN = '当時';
// 指数はプラス13: a positive sign in words.
const PLUS = 'プラス';

function base(a: Numeral, end: number, unit: string, kind: Draft['kind']): Draft {
  return {
    start: a.start,
    end,
    coreStart: a.start,
    coreEnd: a.end,
    ...valueFields(a),
    unit,
    kind,
    approx: a.reading.vague,
    bound: null,
    change: null,
  };
}

/**
 * Figures whose number has no counter after it: an age in parentheses after a name (（50）), a score
 * (3-1), a unit written before (マグニチュード7.1, 震度6, $100).
 */
export function readUnitless(ctx: Ctx, a: Numeral, pre: Qualified): Draft[] {
  const { text } = ctx;
  const v = a.reading.value;
  if (a.written === 'ゼロ' || v === null) return [];
  const open = text.endsWith(THEN, a.start) ? a.start - THEN.length - 1 : a.start - 1;
  if (
    ROUND_OPENERS.has(text[open] ?? '') &&
    ROUND_CLOSERS.has(text[a.end] ?? '') &&
    Number.isInteger(v) &&
    v > 0 &&
    v <= 130
  ) {
    const holder =
      nameBefore(ctx, open) ||
      (personNounBefore(ctx, open) && AFTER_AGE.test(text.slice(a.end + 1))) ||
      // エチオピアのタデセ・ゲブレ（24）: a foreign name in katakana, given and family names joined by
      // ・, which the dictionary does not tag as a name; an adult's age (ポケット・ラジオ（3） is a model).
      (v >= 15 && FOREIGN_NAME_END.test(text.slice(Math.max(0, open - 24), open))) ||
      (v >= 15 && foreignNameTitled(text.slice(Math.max(0, open - 28), open))) ||
      (v >= 15 && v < 100 && SUBJECT_AFTER_AGE.test(text.slice(a.end + 1)) && nameAfterRole(ctx, open));
    return holder ? [base(a, a.end, '歳', 'age')] : [];
  }
  if (creditAge(ctx, a)) return [base(a, a.end, '歳', 'age')];
  // 出資比率は51対49, 1対3の割合で: a ratio noun or the sides named make N対M a ratio, not a score.
  const ratio = readRatioPair(ctx, a);
  if (ratio) return [ratio];
  // 五対三の賛成多数, 三対二で勝った: in kanji only 対 joins a score, and 一対一 is "one-on-one".
  const kanjiScore = a.kanjiOnly && text[a.end] === '対' && !text.startsWith('一対一', a.start);
  if (SCORE_SEPARATORS.has(text[a.end] ?? '') && (!a.kanjiOnly || kanjiScore)) {
    const b = numeralAt(text, a.end + 1);
    if (
      b &&
      b.kanjiOnly === a.kanjiOnly &&
      b.reading.value !== null &&
      ((SCORE_AFTER.has(text[b.end] ?? '') && !(HYPHEN_SET.has(text[a.end] ?? '') && b.written.length > 2)) ||
        (HEADLINE_BREAKS.has(text[b.end] ?? '') && !HYPHEN_SET.has(text[a.end] ?? '')) ||
        betweenTeams(ctx, a.start, b.end) ||
        (ROUND_CLOSERS.has(text[b.end] ?? '') && matchBefore(ctx, a.start))) &&
      a.written.length <= 3 &&
      b.written.length <= 3
    ) {
      const w = b.reading.value;
      const score: [number, number] = [v, w];
      return [
        {
          ...base(a, b.end, '', 'score'),
          coreEnd: b.end,
          value: null,
          min: Math.min(v, w),
          max: Math.max(v, w),
          score,
        },
      ];
    }
    return [];
  }
  if (pre.unit === 'M' || pre.unit === '震度')
    return [scaleRange(ctx, a, pre.unit) ?? base(a, a.end, pre.unit, 'measure')];
  if (pre.currency) return [base(a, a.end, pre.currency, 'money')];
  // 合計特殊出生率は1.15, 盗塁数57, 42の都道府県, 1500にのぼる, 300以上の: the words around say what it is.
  // 自民210、立民135: a tally of names and their counts.
  const range = bareRange(ctx, a, pre.edge);
  if (range) return [range];
  const kind = bareKind(ctx, a, pre.edge) ?? (kanjiDecimalValue(text, a) ? 'other' : inTally(ctx, a) ? 'count' : null);
  if (kind) return [base(a, a.end, '', kind)];
  // 業況判断指数はプラス13: the sign written out before a rate's or an index's value (マイナス is a
  // qualifier already); プラス before other numbers (プラス1000円, 番組名のプラス9) is left alone.
  const plus = pre.edge === a.start && text.endsWith(PLUS, a.start) ? a.start - PLUS.length : -1;
  return plus >= 0 && bareKind(ctx, a, plus) === 'ratio' ? [{ ...base(a, a.end, '', 'ratio'), start: plus }] : [];
}

// M or Ｍ, not after a letter, digit or dash (AM7.6, ZM7.6, XM-7.6 are names); then N.N and no letter or digit.
const MAGNITUDE_BEFORE = new RegExp(`(?:^|[^${LATIN}${DIGIT}${DASH}])[MＭ]$`);
const MAGNITUDE_WRITTEN = new RegExp(`^[${DIGIT}][.．][${DIGIT}]$`);
// M7.6の地震, M7.6と推定, M7.6級: a particle, a mark or 級 after (M8.5型, M1.5ガーランド are models).
const MAGNITUDE_AFTER = /^(?:$|[ぁ-ゟ、。，．,）)」』\s]|級)/;
// The words of a quake's report, looked for around the figure.
const QUAKE_REPORT = new RegExp(alternation(QUAKE_WORDS));
const QUAKE_REACH = 60;

/**
 * M7.6の地震, 規模はＭ６．８: an earthquake's magnitude written with its letter, one digit and one decimal,
 * in a quake's report, the letter in the figure (a number glued to a letter is otherwise a name: M4チップ,
 * M16, AM7.6, M8.5型).
 */
export function readMagnitudeLetter(text: string, a: Numeral): Draft | null {
  const written =
    MAGNITUDE_WRITTEN.test(a.written) &&
    MAGNITUDE_BEFORE.test(text.slice(Math.max(0, a.start - 2), a.start)) &&
    MAGNITUDE_AFTER.test(text.slice(a.end, a.end + 1)) &&
    QUAKE_REPORT.test(text.slice(Math.max(0, a.start - QUAKE_REACH), a.end + QUAKE_REACH));
  return written ? { ...base(a, a.end, 'M', 'measure'), start: a.start - 1 } : null;
}

/** How far back a credit's opening bracket may stand: 「…」（都内の大学2年の女性、20）. */
const MAX_CREDIT = 30;

/**
 * 「…」（都内の大学に通う女性、20）: a quote's credit in brackets, a person and then, after a comma,
 * their age closing the bracket.
 */
function creditAge(ctx: Ctx, a: Numeral): boolean {
  const { text } = ctx;
  const v = a.reading.value;
  const comma = a.start - 1;
  if (!(text[comma] === '、' || text[comma] === '，') || !ROUND_CLOSERS.has(text[a.end] ?? '') || a.kanjiOnly)
    return false;
  if (v === null || !Number.isInteger(v) || v <= 0 || v > 130 || a.written.length > 3) return false;
  const before = text.slice(Math.max(0, comma - MAX_CREDIT), comma);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0 || /[）)。、，「」]/.test(before.slice(open + 1))) return false;
  return nameBefore(ctx, comma) || personNounBefore(ctx, comma);
}

// 101～103: two bare numbers joined by a wave dash.
const BARE_RANGE = /^[〜～~]/;

/**
 * 「景況指数は、北部が101～103」: a bare range is a value when its upper end would be one where it
 * stands (bare.ts), the range then [lo, hi].
 */
function bareRange(ctx: Ctx, a: Numeral, edge: number): Draft | null {
  if (!BARE_RANGE.test(ctx.text.slice(a.end, a.end + 1))) return null;
  const b = numeralAt(ctx.text, a.end + 1);
  const lo = a.reading.value;
  const hi = b?.reading.value;
  if (!b || b.kanjiOnly || a.kanjiOnly || lo === null || hi === null || hi === undefined || hi <= lo) return null;
  const kind = bareKind(ctx, { ...a, end: b.end }, edge);
  return kind ? { ...base(a, b.end, '', kind), value: null, min: lo, max: hi } : null;
}

// 水準は二・〇七である: what may follow a decimal that stands as a value on its own.
const VALUE_END = /^(?:[、。，．がはもとにで]|だ|です)/;
// 三・一一, 九・一一: a month and a day written like a decimal name an event, not a value.
const MONTH_DAY = /^(?:[一二三四五六七八九]|十[一二]?)・(?:[一二三]?[一二三四五六七八九]|[一二]?十|三十一)$/;

/** 二・〇七である: a decimal in kanji numerals needs no unit to be a value (not 三・一一, a date's name). */
function kanjiDecimalValue(text: string, a: Numeral): boolean {
  if (!a.kanjiOnly || !a.written.includes('・') || MONTH_DAY.test(a.written)) return false;
  return VALUE_END.test(text.slice(a.end, a.end + 2));
}

/** 震度5から6, 震度5弱〜6強: both ends on the scale named before the first. */
function scaleRange(ctx: Ctx, a: Numeral, unit: string): Draft | null {
  const sep = SCALE_RANGE.exec(ctx.text.slice(a.end, a.end + 3));
  const b = sep ? numeralAt(ctx.text, a.end + sep[0].length) : null;
  const lo = a.reading.value;
  const hi = b?.reading.value;
  if (!b || b.kanjiOnly !== a.kanjiOnly || lo === null || hi === null || hi === undefined || hi <= lo) return null;
  return { ...base(a, b.end, unit, 'measure'), value: null, min: lo, max: hi };
}

/**
 * 阪神5―3巨人, 日本3―0ドイツ: a results line writes the score between the two sides' names. The first is
 * a team's or a place's name; the second any noun but a counter (国道1-2号 is an address).
 */
const TEAM_WORD = new RegExp(`^[${KANA}${KANJI}${LATIN}]`, 'u');

function betweenTeams(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  const left = tokens[tokenAt(tokens, start - 1)];
  const right = tokens[tokenAt(tokens, end)];
  if (left?.end !== start || right?.start !== end) return false;
  if (!isProperNoun(left) || (!isOrganizationName(left) && !isPlaceName(left))) return false;
  if (!isNoun(right) || isSuffix(right) || isNumeral(right) || isDependent(right)) return false;
  return TEAM_WORD.test(right.surface);
}

const COMMA: ReadonlySet<string> = new Set(['、', '，', ',']);

/**
 * （1月の浦和戦、2―1）, 開幕戦（3―2）: a score in brackets after the match it is the result of, within
 * the brackets after a comma or as all they hold.
 */
function matchBefore(ctx: Ctx, start: number): boolean {
  const { text, tokens } = ctx;
  const at = COMMA.has(text[start - 1] ?? '') || ROUND_OPENERS.has(text[start - 1] ?? '') ? start - 1 : -1;
  const t = at > 0 ? tokens[tokenAt(tokens, at - 1)] : undefined;
  if (!t || t.end !== at || !MATCH_WORDS.has(t.surface)) return false;
  return MATCH_SUFFIXES.has(t.surface) ? isSuffix(t) : isNoun(t);
}

/**
 * 男子児童（7）が, 無職の主婦（65）は: a common noun whose last kanji names a person by role or kin
 * (IPADIC 名詞,一般 / 接尾 / サ変接続, as 監督 is), with a particle after the bracket; a count's name
 * (打点（78）は) ends in no such kanji.
 */
function personNounBefore(ctx: Ctx, pos: number): boolean {
  const t = ctx.tokens[tokenAt(ctx.tokens, pos - 1)];
  if (!t || t.end !== pos || !isNoun(t) || isNumeral(t) || isProperNoun(t)) return false;
  if (!isCommonNoun(t) && !isSuffix(t) && !isSahenNoun(t)) return false;
  return PERSON_NOUN_FINALS.has(t.surface.at(-1) ?? '');
}

// 平幕の若藤（20）が選ばれた: the subject or the topic goes on after the age; a tally of places goes on
// with a comma (東京（20）、大阪（15）).
const SUBJECT_AFTER_AGE = /^[はがもら]/;
// 若藤, REN, 琴ノ峰: a short name in kanji, kana or Latin capitals
const SHORT_NAME = /^(?:[\p{Script=Han}\p{Script=Katakana}ー]{2,6}|[A-ZＡ-Ｚ]{2,8})$/u;

/**
 * 平幕の若藤（20）が, リーダーのREN（24）は: a name the dictionary does not know as one (a proper noun
 * of another class, or no word at all), told after the common noun of its role and の, then the age.
 * 図表の資料（20）が is a common noun, no name; 全国の東京（20）が a place the gazetteer knows.
 */
function nameAfterRole(ctx: Ctx, pos: number): boolean {
  const { tokens } = ctx;
  const i = tokenAt(tokens, pos - 1);
  const name = tokens[i];
  const no = tokens[i - 1];
  const role = tokens[i - 2];
  if (!name || name.end !== pos || !(isProperNoun(name) || !name.known) || !SHORT_NAME.test(name.surface)) return false;
  if (no?.surface !== 'の' || no.end !== name.start || role?.end !== no.start) return false;
  // 全国の東京（20）が最多: a place or a body the lists know is a tally's line, not a person
  const listed = gazetteerType(name.surface);
  return isCommonNoun(role) && !isProperNoun(role) && listed !== 'place' && listed !== 'organization';
}

/** True when a person's name (or 容疑者, さん) ends at `pos`. Without tokens, any kanji or kana. */
function nameBefore(ctx: Ctx, pos: number): boolean {
  for (const w of AGE_HOLDER_WORDS) if (ctx.text.endsWith(w, pos)) return true;
  if (ctx.tokens.length === 0) return JAPANESE_CHAR.test(ctx.text[pos - 1] ?? '');
  // 田中一郎会長（70）, 有村大地外野手（26）, 鈴木一郎東大教授（55）: a title of a few words may stand
  // between the name and the age.
  let i = tokenAt(ctx.tokens, pos - 1);
  if (ctx.tokens[i]?.end !== pos) return false;
  for (let n = 0; n <= MAX_TITLE_WORDS; n++, i--) {
    const t = ctx.tokens[i];
    if (!t || (!isNoun(t) && !isPrefix(t)) || isNumeral(t)) return false;
    if ((isProperNoun(t) || isSuffix(t)) && isPersonName(t)) return true;
  }
  return false;
}
