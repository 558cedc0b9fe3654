import type { RawToken, Token, Tokenizer } from '../types';
import { toFullWidth } from './script';

const SURROGATES = /[\uD800-\uDFFF]/g;

/**
 * Every surrogate becomes U+FFFD before kuromoji reads the text, one unit for one, so offsets stay the same.
 * Half a pair on its own (text cut in the middle of 😀) makes kuromoji throw; a whole pair it counts as one
 * character but measures a run of them in UTF-16 units, so 「😀😀0％」 came out as one word four characters
 * long, past the emoji, and the 0％ after it was lost from the tokens (and its figure with it).
 */
function mendSurrogates(text: string): string {
  return text.replace(SURROGATES, '\uFFFD');
}

/** What a word is, shared by all its tokens: 「東京」 is 名詞,固有名詞,地域,一般, read トウキョウ. */
export interface WordInfo {
  /** The dictionary's surface (as the tokenizer saw it, folded) when all the word's tokens have it. */
  surface: string | undefined;
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  /** The dictionary form, or null when it is the surface (unknown words). */
  basic: string | null;
  reading: string | null;
  known: boolean;
}

/**
 * A tokenizer that can skip token objects (tokenizer/'s does): it reports each token as its
 * length in UTF-16 units and a WordInfo it shares between all tokens of that word.
 */
export interface WordTokenizer extends Tokenizer {
  tokenizeWords(text: string, add: (units: number, word: WordInfo) => void): void;
}

function isWordTokenizer(t: Tokenizer): t is WordTokenizer {
  return typeof (t as Partial<WordTokenizer>).tokenizeWords === 'function';
}

/** Lines longer than this are tokenised in slices: kuromoji's lattice grows with the input. */
const MAX_CHUNK = 2000;

/**
 * Tokenises `text` and returns tokens with UTF-16 offsets into it and surfaces taken from the
 * original (unfolded) text. Each line is tokenised on its own, so a paragraph break never joins
 * two words and the lattice stays small. Tokens share their strings with their word (TokenRecord),
 * and no kuromoji token object is made on the way.
 */
export function tokenizeText(text: string, tokenizer: Tokenizer): Token[] {
  // Half-width letters and digits are tokenised full-width: IPADIC tags 「ＣＮＮ」 as an organisation far
  // more reliably than 「CNN」. The fold is one unit for one, so offsets stay those of the original.
  const folded = mendSurrogates(toFullWidth(text));
  const out: Token[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (let s = lineStart; s < lineEnd; s += MAX_CHUNK) {
      const e = Math.min(lineEnd, s + MAX_CHUNK);
      const chunk = folded.slice(s, e);
      if (isWordTokenizer(tokenizer)) {
        let cursor = s;
        tokenizer.tokenizeWords(chunk, (units, word) => {
          // A token running past the chunk (only a misbehaving tokenizer) ends it.
          if (cursor < 0 || cursor + units > e) cursor = -1;
          else {
            out.push(new TokenRecord(surfaceAt(text, cursor, units, word.surface), cursor, cursor + units, word));
            cursor += units;
          }
        });
      } else pushRaw(out, tokenizer.tokenize(chunk), text, s, e);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The text of a token: its word's shared surface string when the text is that (no copy per token). */
function surfaceAt(text: string, at: number, units: number, shared: string | undefined): string {
  if (shared !== undefined && shared.length === units) {
    let i = 0;
    while (i < units && text.charCodeAt(at + i) === shared.charCodeAt(i)) i++;
    if (i === units) return shared;
  }
  return text.slice(at, at + units);
}

/** Tokens from a tokenizer that only makes kuromoji's token objects (kuromoji itself, fakes in tests). */
function pushRaw(out: Token[], raw: RawToken[], text: string, from: number, to: number): void {
  // kuromoji positions count code points; walking the surfaces keeps UTF-16 offsets exact.
  let cursor = from;
  for (const r of raw) {
    const len = r.surface_form.length;
    if (cursor + len > to) break;
    const word: WordInfo = {
      surface: undefined,
      pos: r.pos,
      pos1: r.pos_detail_1,
      pos2: r.pos_detail_2,
      pos3: r.pos_detail_3,
      basic: r.basic_form === '*' ? null : r.basic_form,
      reading: r.reading && r.reading !== '*' ? r.reading : null,
      known: r.word_type === 'KNOWN',
    };
    out.push(new TokenRecord(text.slice(cursor, cursor + len), cursor, cursor + len, word));
    cursor += len;
  }
}

/**
 * A token: every field its own, so a token spreads and serialises like any object
 * (`{ ...t, start }` is how core/ re-bases one), with the strings shared — the part of speech, basic
 * form and reading are its word's, and so is the surface wherever the text is the dictionary's form
 * (a full object with a surface string of its own took 142 bytes a token in Node; this, 112 and up).
 */
class TokenRecord implements Token {
  readonly pos: string;
  readonly pos1: string;
  readonly pos2: string;
  readonly pos3: string;
  readonly basic: string;
  readonly reading: string | null;
  readonly known: boolean;
  constructor(
    readonly surface: string,
    readonly start: number,
    readonly end: number,
    word: WordInfo,
  ) {
    this.pos = word.pos;
    this.pos1 = word.pos1;
    this.pos2 = word.pos2;
    this.pos3 = word.pos3;
    this.basic = word.basic ?? surface;
    this.reading = word.reading;
    this.known = word.known;
  }
}

/** Index of the first token that ends after `offset` (binary search; tokens are sorted). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The one token spanning exactly [start, end), or null: 「ウクライナ」 read as one word. */
export function tokenSpanning(tokens: readonly Token[], start: number, end: number): Token | null {
  const t = tokens[tokenAt(tokens, start)];
  return t !== undefined && t.start === start && t.end === end ? t : null;
}

/**
 * The tokens lying wholly inside [start, end), in order: what `tokens.filter((t) => t.start >= start &&
 * t.end <= end)` keeps, found by binary search instead of a pass over the whole text (a check made for
 * each name of each sentence, 導入企業 in 「導入企業は430社」, would otherwise read every token each time).
 */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(tokens, start); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start > end) break;
    if (t.start >= start && t.end <= end) out.push(t);
  }
  return out;
}
