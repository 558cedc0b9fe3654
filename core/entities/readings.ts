import { FIXED_SUFFIXES, VARIED_PARTS } from '../lexicon/reading-parts';
import { isGivenName, isPersonName } from '../text/pos';
import { KANJI, KATAKANA } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { EntityType, Token } from '../types';
import { gazetteerReading } from './gazetteer';
import { nameReadings } from './name-readings';

// A name written only in katakana (and ・ ー) is its own reading.
const KATAKANA_NAME = new RegExp(`^[${KATAKANA}ー・]+$`);
const HAS_KANJI = new RegExp(`[${KANJI}]`, 'u');

/**
 * The katakana reading of a name for learners, only from a source that knows it: the lists' (平壌 →
 * ピョンヤン, where kuromoji would read ヘイジョウ), a names dictionary's for people (personReading),
 * the dictionary's for a word or a known name and the words after it (compoundReading); katakana
 * names read as written. Null when nothing trustworthy reads it: no guess is shown.
 */
export function readingOf(
  name: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  type?: EntityType,
): string | null {
  const listed = gazetteerReading(name) ?? listedPair(name);
  if (listed) return listed;
  if (KATAKANA_NAME.test(name)) return name;
  if (type === 'person') return personReading(name, start, end, tokens);
  return compoundReading(tokensOf(tokens, start, end));
}

/**
 * A name no list holds is read only from parts that know their reading: dictionary words of two or
 * more characters and names the lists know, read as listed (厚生+労働+省, 米 ベイ + 大使館),
 * with fixed one-kanji suffixes after them (近畿+財務+局, 欧州+委員+会). A name broken into single kanji
 * (関+労+会館), holding a word kuromoji does not know, or a part read several ways in names
 * (日本+維新+の+会 is ニッポン…, 日本+航空 ニホン…; 青森+ねぶた+祭) gets none.
 */
function compoundReading(ts: readonly Token[] | null): string | null {
  if (!ts) return null;
  let out = '';
  for (const [i, t] of ts.entries()) {
    if (t.surface === '・') {
      out += t.surface;
      continue;
    }
    if (VARIED_PARTS.has(t.surface)) return null;
    const listed = gazetteerReading(t.surface);
    if (!listed && (!t.known || !t.reading)) return null;
    if (!listed && t.surface.length === 1 && HAS_KANJI.test(t.surface) && !(i > 0 && FIXED_SUFFIXES.has(t.surface)))
      return null;
    out += listed ?? t.reading;
  }
  return out || null;
}

/**
 * Two listed names written together read as listed: 「岩手県北上市」 → イワテケン + キタカミシ (kuromoji
 * reads 北上 as ホクジョウ, the verb).
 */
function listedPair(name: string): string | null {
  for (let k = 1; k < name.length; k++) {
    const a = gazetteerReading(name.slice(0, k));
    const b = a ? gazetteerReading(name.slice(k)) : null;
    if (a && b) return a + b;
  }
  return null;
}

/** The tokens [start, end) cover exactly, or null. */
function tokensOf(tokens: readonly Token[], start: number, end: number): Token[] | null {
  const out: Token[] = [];
  for (let i = tokenAt(tokens, start); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start < start || t.end > end) return null;
    out.push(t);
  }
  return out.length > 0 ? out : null;
}

const joinReadings = (ts: readonly Token[]): string | null => {
  let out = '';
  for (const t of ts) {
    if (!t.reading) return null;
    out += t.reading;
  }
  return out;
};
const joinSurfaces = (ts: readonly Token[]): string => ts.map((t) => t.surface).join('');

/**
 * A person's name in kanji is read only as a names dictionary confirms it (name-readings.ts): a listed
 * surname read as listed (山本 ヤマモト), or a listed surname and then a given name that IPADIC knows as
 * one word with a reading the dictionary lists for it (山田花子 ヤマダハナコ). A person the dictionary
 * lists under another reading gets none (山本一太 is イチタ, IPADIC says カズタ); so does a given name
 * IPADIC breaks into kanji read one by one (森暢平 is not モリトオルタイラ) or one it does not list, and
 * a name of one kanji and one kanji (毛寧 is モウネイ, not モウヤスシ).
 */
function personReading(name: string, start: number, end: number, tokens: readonly Token[]): string | null {
  const nr = nameReadings();
  const ts = tokensOf(tokens, start, end);
  if (!nr || !ts) return null;
  const whole = joinReadings(ts);
  if (!whole || nr.isMisread(name)) return null;
  // One kanji and one kanji (毛寧, 王毅) is as often a Chinese or Korean name, read モウネイ, not as
  // Japanese names (モウヤスシ): no reading is sure.
  if (ts.length === 2 && name.length === 2) return null;
  if (nr.isSurname(name, whole)) return whole;
  if (ts.length === 1 && isGivenName(ts[0]) && nr.isGiven(name, whole)) return whole;
  for (let k = 1; k < ts.length; k++) {
    const given = ts.slice(k);
    const first = given[0] as Token;
    if (given.length !== 1 || !isPersonName(first)) continue;
    const sur = ts.slice(0, k);
    const surReading = joinReadings(sur);
    if (surReading && nr.isSurname(joinSurfaces(sur), surReading) && nr.isGiven(first.surface, first.reading ?? ''))
      return whole;
  }
  return null;
}
