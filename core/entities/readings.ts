import { tokenAt } from '../text/tokens';
import type { EntityType, Token } from '../types';
import { gazetteerReading } from './gazetteer';
import { nameReadings } from './name-readings';

// A name written only in katakana (and ・ ー) is its own reading.
const KATAKANA = /^[ァ-ヺー・]+$/;

/**
 * The katakana reading of a name for learners: the gazetteer's when it has one (平壌 → ピョンヤン,
 * where kuromoji would read ヘイジョウ), else kuromoji's readings of the tokens joined, else null when
 * some token has none (an unknown word). Katakana names read as written.
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
  if (KATAKANA.test(name)) return name;
  if (type === 'person') return personReading(name, start, end, tokens);
  let out = '';
  let word = false; // a token of two or more characters: the name is not broken into single kanji
  let suffix = false;
  for (let i = tokenAt(tokens, start); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start < start || t.end > end || !t.reading) return null;
    // 李成権 → 李+成+権 read as リ+シゲル+ケン: a name broken into single kanji has no trustworthy reading.
    // A one-kanji suffix after real words is read as written: 欧州+委員+会, 愛知+県+豊田+市.
    if (t.surface.length === 1 && t.pos1 !== '固有名詞' && /\p{Script=Han}/u.test(t.surface)) {
      if (t.pos1 !== '接尾') return null;
      suffix = true;
    } else if (t.surface.length > 1) word = true;
    out += t.reading;
  }
  if (suffix && !word) return null;
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
 * IPADIC breaks into kanji read one by one (森暢平 is not モリトオルタイラ) or one it does not list.
 */
function personReading(name: string, start: number, end: number, tokens: readonly Token[]): string | null {
  const nr = nameReadings();
  const ts = tokensOf(tokens, start, end);
  if (!nr || !ts) return null;
  const whole = joinReadings(ts);
  if (!whole || nr.isMisread(name)) return null;
  if (nr.isSurname(name, whole)) return whole;
  if (ts.length === 1 && (ts[0] as Token).pos3 === '名' && nr.isGiven(name, whole)) return whole;
  for (let k = 1; k < ts.length; k++) {
    const given = ts.slice(k);
    const first = given[0] as Token;
    if (given.length !== 1 || first.pos2 !== '人名') continue;
    const sur = ts.slice(0, k);
    const surReading = joinReadings(sur);
    if (surReading && nr.isSurname(joinSurfaces(sur), surReading) && nr.isGiven(first.surface, first.reading ?? ''))
      return whole;
  }
  return null;
}
