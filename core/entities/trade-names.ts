import { NON_NAME_PREFIXES } from '../lexicon/generic-prefixes';
import { BUSINESS_LINES, ORGANISER_WORDS } from '../lexicon/kind-nouns';
import { TRADE_HEADS } from '../lexicon/organization-heads';
import { ACCORDING_TO, GATHERING_VERBS, OWN_ANNOUNCEMENT_STEMS, REPORTING_VERBS } from '../lexicon/reporting-cues';
import {
  isAdjectivalNoun,
  isAdverbialNoun,
  isCountryName,
  isDependent,
  isNoun,
  isNumeral,
  isPersonName,
  isPlaceName,
  isPronoun,
  isProperNoun,
  isSahenNoun,
  isSymbol,
} from '../text/pos';
import { HIRAGANA } from '../text/script';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { charClasses } from './features';
import { isPlainWordWhole } from './names-nothing';

const TRADES: ReadonlySet<string> = new Set(TRADE_HEADS);
/**
 * Every opening of a trade cut short (証 of 証券, 製 of 製薬): a word that is none starts no trade of two
 * words, so no pair of surfaces is joined and looked up for it.
 */
const TRADE_OPENINGS: ReadonlySet<string> = new Set(
  TRADE_HEADS.flatMap((w) => Array.from({ length: w.length - 1 }, (_, n) => w.slice(0, n + 1))),
);
/** Words of a firm's name before its trade: 菱+星 in 菱星重工業, 紫苑+文化 in 紫苑文化振興会. */
const MAX_PARTS = 3;
/**
 * Words that say what kind of firm, never whose: 「大手証券」, 「同社」, 「各社」; a name after one starts
 * past it (「調査会社モバイル・インサイト総研」 → モバイル・インサイト総研).
 */
const KIND_WORDS: ReadonlySet<string> = new Set([...BUSINESS_LINES, ...NON_NAME_PREFIXES.keys()]);
/** What follows a party the sentence introduces: 「北斗証券によると」, 「みなと食品（本社・神戸市）」, 「〜の調べでは」. */
const INTRODUCING_TAILS: readonly string[] = [
  ...ACCORDING_TO,
  '（本社',
  '(本社',
  'の調べ',
  'の発表',
  'の担当者',
  'の広報',
  // 「（紫苑文化振興会主催）」, 「北斗証券後援の講演会」: who holds or backs an event.
  ...ORGANISER_WORDS,
];
/** Words before it that give a firm's line: 「配給の光映配給」, 「運営の」. */
const LINE_OPENINGS: readonly string[] = BUSINESS_LINES.map((w) => `${w}の`);

/** One kanji standing as a word of its own: a name IPADIC does not know breaks into them (菱+星, 光+映). */
const oneKanji = (t: Token): boolean => t.surface.length === 1 && charClasses(t.surface) === 'K';

/** Whether a token can be a word of a firm's name before its trade. */
function namePart(t: Token): boolean {
  if (oneKanji(t) && !isSymbol(t) && t.pos !== '助詞' && t.pos !== '助動詞') return true;
  if (!isNoun(t) || isNumeral(t) || isPronoun(t) || isDependent(t) || isAdverbialNoun(t)) return false;
  return !KIND_WORDS.has(t.surface);
}

/**
 * Whether the words look like a name by themselves: a person's name or a word the dictionary does not
 * know (志摩実業, ミナト電子, オリオン薬品), a noun written in hiragana that news prose would write in
 * kanji (さくら旅行, ひまわり住宅), or kanji broken one by one (菱星重工業). A place alone is not enough:
 * 「日本産業」, 「静岡産業」 and 「米証券」 are a place's trade.
 */
function looksLikeName(parts: readonly Token[]): boolean {
  let broken = 0;
  for (const t of parts) {
    broken = oneKanji(t) ? broken + 1 : 0;
    if (broken >= 2) return true;
    const cls = charClasses(t.surface);
    if (cls === 'H' && t.surface.length >= 2) return true;
    // Katakana or Latin only when the dictionary does not know it: 「ガソリン自動車」, 「ダム建設」 are plain.
    if (!t.known && (cls === 'A' || cls === 'L' || cls === 'AL' || cls === 'K')) return true;
    if (isPersonName(t)) return true;
    if (isProperNoun(t) && !isPlaceName(t) && !isCountryName(t)) return true;
  }
  return false;
}

/**
 * Whether the sentence introduces the words at [start, end) as a party: the source of a figure
 * (「〜によると」, 「〜の調べでは」), a firm with its head office in brackets, a line of business before it
 * (「配給の」), or the subject (は/が) of an announcing or reporting verb later in the sentence
 * (「〜は23日、…と発表した」, 「〜がまとめた資料」, 「〜は、…としています」).
 */
function introduced(text: string, tokens: readonly Token[], start: number, last: number): boolean {
  const end = (tokens[last] as Token).end;
  if (INTRODUCING_TAILS.some((w) => text.startsWith(w, end))) return true;
  if (LINE_OPENINGS.some((w) => text.endsWith(w, start))) return true;
  const next = tokens[last + 1];
  if (!next || next.start !== end || (next.surface !== 'は' && next.surface !== 'が')) return false;
  let quoted = false;
  for (let j = last + 2; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.surface === '。' || t.surface === '\n') break;
    // After the quote, another subject says it: 「電気自動車は…と業界団体が発表した」 is the body's word.
    if (quoted && (t.surface === 'が' || t.surface === 'は') && isNoun(tokens[j - 1])) return false;
    if (t.pos2 === '引用') quoted = true;
    if (REPORTING_VERBS.has(t.basic) || GATHERING_VERBS.has(t.basic)) return true;
    // 「…と」 quoting, then する: 「〜としています」, the reporting register of broadcast news.
    if (t.pos2 === '引用' && tokens[j + 1]?.basic === 'する') return true;
    if (OWN_ANNOUNCEMENT_STEMS.some((s) => text.startsWith(s, t.start))) return true;
  }
  return false;
}

const IS_HIRAGANA = new RegExp(`^[${HIRAGANA}]$`);
/** Particles that end a phrase before a noun: 「ほかの証券」, 「大手が食品」 are no names. */
const PHRASE_PARTICLES: ReadonlySet<string> = new Set(['の', 'が', 'は', 'を', 'に', 'で', 'も', 'や', 'へ', 'て']);

/**
 * Where a name in hiragana that kuromoji broke into particles and verbs starts before the trade at i:
 * 「みなと証券」 (みな+と), 「しろがね証券」 (しろ+が+ね), or -1. The run is the hiragana straight before the
 * trade, less a particle that ties it to a word in another script (「大手のみなと証券」's の); it must
 * be two words or more, none of them ending a phrase: 「ほかの証券」, 「新しい食品」, 「あらゆる食品」 are plain.
 */
function brokenKanaStart(text: string, tokens: readonly Token[], i: number): number {
  const trade = tokens[i] as Token;
  let k = i;
  while (k > 0) {
    const t = tokens[k - 1] as Token;
    if (t.end !== (tokens[k] as Token).start || ![...t.surface].every((c) => IS_HIRAGANA.test(c))) break;
    k--;
  }
  const first = tokens[k] as Token;
  const tied = k > 0 && !IS_HIRAGANA.test(text[first.start - 1] ?? '');
  if (tied && k < i && first.pos === '助詞' && first.surface.length === 1) k++;
  if (i - k < 2) return -1;
  const last = tokens[i - 1] as Token;
  if (last.pos === '形容詞' || last.pos === '連体詞' || last.pos === '動詞' || last.pos === '助動詞') return -1;
  if (last.pos === '助詞' && PHRASE_PARTICLES.has(last.surface)) return -1;
  const start = (tokens[k] as Token).start;
  return trade.start - start >= 2 ? start : -1;
}

/**
 * Whether a named person follows as the firm's: 「みなと証券の大石達也シニアアナリストは」. Only for a
 * name the trade ends: 「ダム建設の田中氏」 is what 田中氏 works on.
 */
const speaksFor = (tokens: readonly Token[], last: number): boolean =>
  tokens[last + 1]?.surface === 'の' && isPersonName(tokens[last + 2]);

/** The index of the trade word's last token when one starts at token i: 証券, or 振興+会. */
function tradeEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (TRADES.has(t.surface)) return i;
  const next = tokens[i + 1];
  if (!next || next.start !== t.end || !TRADE_OPENINGS.has(t.surface)) return -1;
  return TRADES.has(t.surface + next.surface) ? i + 1 : -1;
}

/**
 * Firms named by a word of their own and their line of business: 「北斗証券」, 「菱和化成」, 「みなと食品」,
 * 「紫苑文化振興会」 → organisations. The words before the trade must look like a name, or the sentence
 * must introduce the compound as a party; 「大手証券」, 「電気自動車の販売」, 「地元産業」 stay plain, as does
 * a compound that runs on (「北斗証券会社」 is left to other rules, 「米大手証券」 to none).
 */
export function tradeNameCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const last = tradeEnd(tokens, i);
    if (last < 0) continue;
    const after = tokens[last + 1];
    // A noun after it runs the compound on (「北斗証券会社」), save one that says what the firm did (主催).
    const deed = after && ORGANISER_WORDS.has(after.surface);
    if (after && after.start === (tokens[last] as Token).end && isNoun(after) && !deed) continue;
    let from = i;
    while (from > 0 && i - from < MAX_PARTS) {
      const p = tokens[from - 1] as Token;
      if (p.end !== (tokens[from] as Token).start || !namePart(p)) break;
      // A suffix word belongs to a name only inside kanji broken one by one (菱+星): 「外資系証券」's 系 describes.
      const q = tokens[from - 2];
      if (p.pos1 === '接尾' && !(oneKanji(p) && q && q.end === p.start && oneKanji(q))) break;
      from--;
    }
    // 「みなと証券によると」, 「こもれび製薬（本社・…）」: a hiragana name kuromoji broke up (みな+と, こもれ+び)
    // is the whole run, where the sentence introduces it.
    const kana = brokenKanaStart(text, tokens, i);
    const kanaIntroduced = kana >= 0 && (introduced(text, tokens, kana, last) || speaksFor(tokens, last));
    if (kanaIntroduced && kana <= (tokens[from] as Token).start) {
      out.push({ start: kana, end: (tokens[last] as Token).end, type: 'organization', source: 'trade', weight: 4.5 });
      continue;
    }
    if (from === i) continue;
    // The name must start the compound: 「米大手証券」's 大手 is no name, nor a word bound to one before it.
    const before = tokens[from - 1];
    if (before && before.end === (tokens[from] as Token).start && (namePart(before) || before.pos === '接頭詞'))
      continue;
    const parts = tokens.slice(from, i);
    const first = parts[0] as Token;
    const start = first.start;
    // A trade that is also a deed (配給, 建設: サ変) may say what was done to the words before it:
    // 「日本ヘラルド映画配給」 credits a film to the firm, 「ダム建設」 is building a dam.
    if (!looksLikeName(parts)) {
      // Plain words name a firm only where the sentence introduces one, and never a kind of thing
      // (「電気自動車」's 電気 is a common noun, as 国内 and 海外 are; サ変 and adjectival nouns describe).
      if (isSahenNoun(first) || isAdjectivalNoun(first) || oneKanji(first)) continue;
      // A line of business before the trade is what is done, not whose: 「工業振興会」, 「食品商事」.
      if (parts.some((t) => TRADES.has(t.surface))) continue;
      // A compound SudachiDict lists whole is a kind of thing: 「電気自動車は…と発表した」.
      if (isPlainWordWhole(text.slice(start, (tokens[last] as Token).end))) continue;
      if (!introduced(text, tokens, start, last)) continue;
    } else if (isSahenNoun(tokens[i] as Token) && !introduced(text, tokens, start, last)) continue;
    out.push({ start, end: (tokens[last] as Token).end, type: 'organization', source: 'trade', weight: 4.5 });
  }
  return out;
}
