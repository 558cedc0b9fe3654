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

/** A body's full name, read once for every short form weighed against it. */
interface FullName {
  full: string;
  /** Its words' surfaces: 中央|選挙|管理|委員|会. */
  surfaces: string[];
  /** The last word the first piece may come from: 0 when the name's own word opens it. */
  last: number;
  /** The first characters of the words a short form may open with: 選 and 中 (not 管) of 中央選挙管理委員会. */
  openings: ReadonlySet<string>;
}

/**
 * The full name's words as shortens() reads them, once per name rather than once per word of the
 * article weighed against it. A name's own word opens it (宮古湾漁業協同組合): without it, 漁協 is any
 * fishery co-op. A country is dropped as a matter of course (日本商工経営者協会 → 経営協).
 */
function fullName(full: string, words: readonly Token[]): FullName {
  const surfaces = words.map((t) => t.surface);
  const own = words[0];
  const named = !!own && ((isProperNoun(own) && !isCountryName(own)) || !own.known || /^[ァ-ヺー]+$/.test(own.surface));
  const last = named ? 0 : surfaces.length - 1;
  return { full, surfaces, last, openings: new Set(surfaces.slice(0, last + 1).map((w) => w[0] as string)) };
}

/**
 * Whether `short` is spelt by the openings of two or more words of the full name, in order: 選管 from
 * 選挙 and 管理 of 中央選挙管理委員会, 全農 from 全国 and 農業, 経営協 from 経営 and 協会. A piece of the
 * name as it stands (選挙, 管理委員) shortens nothing, and 国力 is not 国際協力機構's (力 opens no word).
 * A short form opens with a word's first character: the others are not weighed at all.
 */
function shortens(short: string, f: FullName): boolean {
  if (!f.openings.has(short[0] as string)) return false;
  if (f.full.includes(short) || f.full.length < short.length + 3) return false;
  return spelt(short, 0, f.surfaces, 0, f.last, 0, false);
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
    .map((c) => fullName(text.slice(c.start, c.end), wordsOf(tokens, c.start, c.end)));
  if (fulls.length === 0) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let short = '';
    for (let j = i; j < i + MAX_WORDS && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (j > i && t.start !== (tokens[j - 1] as Token).end) break;
      short += t.surface;
      // 「同会」, 「本会」 point back at a body, they shorten no name. (The word's part of speech first: most
      // words of an article are particles and verbs, and the kanji pattern is the dearest test.)
      if (!isNoun(t) || DEICTIC.has(short[0] as string) || !SHORT_NAME.test(short)) continue;
      if (!fulls.some((f) => shortens(short, f)) || !standsAlone(tokens, i, j)) continue;
      out.push({ start: (tokens[i] as Token).start, end: t.end, type: 'organization', source: 'paren', weight: 11 });
    }
  }
  return out;
}
