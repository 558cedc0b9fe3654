import type { RawToken, Token, Tokenizer } from '../types';

/**
 * Half-width letters and digits are folded to full-width before tokenising: IPADIC tags
 * 「ＣＮＮ」 as an organisation far more reliably than 「CNN」. The fold is one UTF-16 unit for one,
 * so offsets into the folded string are offsets into the original.
 */
export function foldToFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Half of a surrogate pair on its own (text cut in the middle of 😀) becomes U+FFFD: kuromoji cannot
 * encode it and throws. One unit for one, so offsets stay the same.
 */
function mendSurrogates(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/** What a word is, shared by all its tokens: 「東京」 is 名詞,固有名詞,地域,一般, read トウキョウ. */
export interface WordInfo {
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
 * A tokenizer that can skip token objects (lib/kuromoji's does): it reports each token as its
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
 * two words and the lattice stays small. The tokens are views over compact columns (offsets and a
 * shared description per word, see TokenColumns): about a third of the memory of one object each.
 */
export function tokenizeText(text: string, tokenizer: Tokenizer): Token[] {
  const folded = mendSurrogates(foldToFullWidth(text));
  const cols = new TokenColumns(text);
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
          else cursor = cols.push(cursor, units, word);
        });
      } else pushRaw(cols, tokenizer.tokenize(chunk), s, e);
    }
    lineStart = lineEnd + 1;
  }
  return cols.views();
}

/** Tokens from a tokenizer that only makes kuromoji's token objects (kuromoji itself, fakes in tests). */
function pushRaw(cols: TokenColumns, raw: RawToken[], from: number, to: number): void {
  // kuromoji positions count code points; walking the surfaces keeps UTF-16 offsets exact.
  let cursor = from;
  for (const r of raw) {
    const len = r.surface_form.length;
    if (cursor + len > to) break;
    cursor = cols.push(cursor, len, {
      pos: r.pos,
      pos1: r.pos_detail_1,
      pos2: r.pos_detail_2,
      pos3: r.pos_detail_3,
      basic: r.basic_form === '*' ? null : r.basic_form,
      reading: r.reading && r.reading !== '*' ? r.reading : null,
      known: r.word_type === 'KNOWN',
    });
  }
}

/**
 * The tokens of one text as columns: start and end offsets in typed arrays and a reference to
 * each token's shared WordInfo. Token objects are thin views (column + index) over them.
 */
class TokenColumns {
  start = new Int32Array(256);
  end = new Int32Array(256);
  readonly words: WordInfo[] = [];

  constructor(readonly text: string) {}

  /** Appends a token of `units` UTF-16 units at `at`; returns where the next one starts. */
  push(at: number, units: number, word: WordInfo): number {
    const i = this.words.length;
    if (i === this.start.length) {
      const start = new Int32Array(2 * i);
      start.set(this.start);
      this.start = start;
      const end = new Int32Array(2 * i);
      end.set(this.end);
      this.end = end;
    }
    this.start[i] = at;
    this.end[i] = at + units;
    this.words.push(word);
    return at + units;
  }

  views(): Token[] {
    const n = this.words.length;
    // Trimmed to size: a long text's columns should not keep their growth slack.
    this.start = this.start.slice(0, n);
    this.end = this.end.slice(0, n);
    const out = new Array<Token>(n);
    for (let i = 0; i < n; i++) out[i] = new TokenView(this, i);
    return out;
  }
}

/** A token read from its columns (the `Token` the rest of core/ consumes, unchanged). */
class TokenView implements Token {
  constructor(
    private readonly c: TokenColumns,
    private readonly i: number,
  ) {}
  get start(): number {
    return this.c.start[this.i] as number;
  }
  get end(): number {
    return this.c.end[this.i] as number;
  }
  get surface(): string {
    return this.c.text.slice(this.c.start[this.i], this.c.end[this.i]);
  }
  get pos(): string {
    return (this.c.words[this.i] as WordInfo).pos;
  }
  get pos1(): string {
    return (this.c.words[this.i] as WordInfo).pos1;
  }
  get pos2(): string {
    return (this.c.words[this.i] as WordInfo).pos2;
  }
  get pos3(): string {
    return (this.c.words[this.i] as WordInfo).pos3;
  }
  get basic(): string {
    return (this.c.words[this.i] as WordInfo).basic ?? this.surface;
  }
  get reading(): string | null {
    return (this.c.words[this.i] as WordInfo).reading;
  }
  get known(): boolean {
    return (this.c.words[this.i] as WordInfo).known;
  }
  /** A plain object for JSON and test output (views have no fields of their own to show). */
  toJSON(): Token {
    const { surface, start, end, pos, pos1, pos2, pos3, basic, reading, known } = this;
    return { surface, start, end, pos, pos1, pos2, pos3, basic, reading, known };
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
