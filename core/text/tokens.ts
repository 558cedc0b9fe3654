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

/** Lines longer than this are tokenised in slices: kuromoji's lattice grows with the input. */
const MAX_CHUNK = 2000;

/**
 * Tokenises `text` and returns tokens with UTF-16 offsets into it and surfaces taken from the
 * original (unfolded) text. Each line is tokenised on its own, so a paragraph break never joins
 * two words and the lattice stays small.
 */
export function tokenizeText(text: string, tokenizer: Tokenizer): Token[] {
  const folded = mendSurrogates(foldToFullWidth(text));
  const out: Token[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (let s = lineStart; s < lineEnd; s += MAX_CHUNK) {
      const e = Math.min(lineEnd, s + MAX_CHUNK);
      pushTokens(out, tokenizer.tokenize(folded.slice(s, e)), text, s, e);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function pushTokens(out: Token[], raw: RawToken[], text: string, from: number, to: number): void {
  // kuromoji positions count code points; walking the surfaces keeps UTF-16 offsets exact.
  let cursor = from;
  for (const r of raw) {
    const len = r.surface_form.length;
    if (cursor + len > to) break;
    out.push({
      surface: text.slice(cursor, cursor + len),
      start: cursor,
      end: cursor + len,
      pos: r.pos,
      pos1: r.pos_detail_1,
      pos2: r.pos_detail_2,
      pos3: r.pos_detail_3,
      basic: r.basic_form === '*' ? text.slice(cursor, cursor + len) : r.basic_form,
      reading: r.reading && r.reading !== '*' ? r.reading : null,
      known: r.word_type === 'KNOWN',
    });
    cursor += len;
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
