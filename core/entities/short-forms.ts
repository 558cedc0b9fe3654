import { NON_NAME_PREFIXES } from '../lexicon/generic-prefixes';
import { isAdverbialNoun, isCountryName, isNoun, isPrefix, isProperNoun, isSahenNoun } from '../text/pos';
import { KANJI } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/** Two to four kanji: the shape of a body's short name (選管, 全農, 経団連). */
const SHORT_NAME = new RegExp(`^[${KANJI}]{2,4}$`, 'u');
const DEICTIC: ReadonlySet<string> = new Set(NON_NAME_PREFIXES.keys());
/** Words a short name may be cut into (経+団連). */
const MAX_WORDS = 2;
/** The full name is at least this long: 「中央選挙管理委員会」, not 「県警」. */
const MIN_FULL = 5;

/** The words of the full name: 中央|選挙|管理|委員|会. */
function wordsOf(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(tokens, start); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start >= start) out.push(t);
  }
  return out;
}

/**
 * Whether short[k..] is spelt by the openings of words[w..], one piece from each word used, in order,
 * at least two pieces and one of them cut short (「市立病院」 of 札幌市立中央病院 drops a word and
 * shortens none: a description). `last` bounds the first piece's word: 0 when it must come from the first.
 */
function spelt(
  short: string,
  k: number,
  words: readonly string[],
  w: number,
  last: number,
  pieces: number,
  cut: boolean,
): boolean {
  if (k === short.length) return pieces >= 2 && cut;
  for (let i = w; i <= Math.min(last, words.length - 1); i++) {
    const word = words[i] as string;
    for (let n = Math.min(word.length, short.length - k); n >= 1; n--)
      if (
        short.startsWith(word.slice(0, n), k) &&
        spelt(short, k + n, words, i + 1, words.length - 1, pieces + 1, cut || n < word.length)
      )
        return true;
  }
  return false;
}

/**
 * Whether `short` is spelt by the openings of two or more words of the full name, in order: 選管 from
 * 選挙 and 管理 of 中央選挙管理委員会, 全農 from 全国 and 農業, 経営協 from 経営 and 協会. A piece of the
 * name as it stands (選挙, 管理委員) shortens nothing, and 国力 is not 国際協力機構's (力 opens no word).
 */
function shortens(short: string, full: string, words: readonly Token[]): boolean {
  if (full.includes(short) || full.length < short.length + 3) return false;
  // A name's own word opens it (宮古湾漁業協同組合): without it, 漁協 is any fishery co-op. A country
  // is dropped as a matter of course (日本商工経営者協会 → 経営協).
  const own = words[0] as Token;
  const named = (isProperNoun(own) && !isCountryName(own)) || !own.known || /^[ァ-ヺー]+$/.test(own.surface);
  const surfaces = words.map((t) => t.surface);
  return spelt(short, 0, surfaces, 0, named ? 0 : surfaces.length - 1, 0, false);
}

/**
 * Whether tokens [i, j] stand as a word of their own: no noun or prefix touching them, save a verbal
 * noun after (「選管発表」 in a headline: what the board did).
 */
function standsAlone(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[j + 1];
  // 「このほど選管が」: an adverbial noun before it is no part of its name.
  const bound = before && before.end === (tokens[i] as Token).start && !isAdverbialNoun(before);
  if (bound && (isNoun(before) || isPrefix(before))) return false;
  return !(after && after.start === (tokens[j] as Token).end && isNoun(after) && !isSahenNoun(after));
}

/**
 * A body named in full, then by a short form of the first characters of its words, anywhere in the
 * article, in the headline too: 「中央選挙管理委員会は…。選管によると」, 「全国農業協同組合連合会…全農は」.
 * The short form is the body's name as well. Only organisations found in full, and only runs that stand
 * alone: 「県選管」 is the county's board, for the municipal rules.
 */
export function shortFormCandidates(text: string, tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const fulls = found
    .filter((c) => c.type === 'organization' && c.end - c.start >= MIN_FULL)
    .map((c) => ({ full: text.slice(c.start, c.end), words: wordsOf(tokens, c.start, c.end) }));
  if (fulls.length === 0) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let short = '';
    for (let j = i; j < i + MAX_WORDS && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (j > i && t.start !== (tokens[j - 1] as Token).end) break;
      short += t.surface;
      // 「同会」, 「本会」 point back at a body, they shorten no name.
      if (!SHORT_NAME.test(short) || !isNoun(t) || DEICTIC.has(short[0] as string)) continue;
      if (!fulls.some((f) => shortens(short, f.full, f.words)) || !standsAlone(tokens, i, j)) continue;
      out.push({ start: (tokens[i] as Token).start, end: t.end, type: 'organization', source: 'paren', weight: 11 });
    }
  }
  return out;
}
