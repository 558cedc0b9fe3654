import { analyze } from '../core/analyze';
import { findByline } from '../core/sources';
import type { Analysis, AnalyzeOptions, Tokenizer } from '../core/types';
import { appendAnalysis } from '../lib/merge-analysis';

/**
 * Texts longer than this are analysed in slices. A news article is ~5,000–20,000 characters and is
 * analysed whole, exactly as before; a book chapter or a whole archive is not held as one token array
 * (about 140 bytes a token, 600,000 tokens for 1M characters).
 */
export const SLICE_FROM = 100_000;
/** Characters per slice: large enough that few sentences meet a cut, small enough to bound memory. */
export const SLICE_CHARS = 50_000;

/**
 * [start, end) offsets of the slices of `text`: whole lines up to `max` characters, a longer line cut
 * after its last 。 (else at `max`, never inside a surrogate pair).
 */
export function sliceBounds(text: string, max = SLICE_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      const stop = text.lastIndexOf('。', end - 1);
      if (nl > start) end = nl + 1;
      else if (stop > start) end = stop + 1;
      else if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * The engine on a text of any length: whole up to SLICE_FROM characters, else slice by slice, with
 * offsets into the whole text. The headline and the byline are the whole text's (a slice's first
 * line is no headline); each slice's tokens are dropped before the next is read.
 */
export function analyzeLong(text: string, tokenizer: Tokenizer, options: AnalyzeOptions): Analysis {
  if (text.length <= SLICE_FROM) return analyze(text, tokenizer, options);
  const whole: AnalyzeOptions = { ...options, byline: options.byline ?? findByline(text) };
  let acc: Analysis | null = null;
  for (const [start, end] of sliceBounds(text)) {
    const slice = text.slice(start, end);
    acc = acc
      ? appendAnalysis(acc, analyze(slice, tokenizer, { ...whole, title: acc.title }), start)
      : analyze(slice, tokenizer, whole);
  }
  return acc as Analysis;
}

/** Analyses article text (first line the headline). */
export function analyzeText(text: string, tokenizer: Tokenizer, published: string | null): Analysis {
  return analyzeLong(text, tokenizer, { published });
}

/** What the CLI keeps of an extracted page: its text and what it declares (the DOM is let go). */
export interface PageInput {
  text: string;
  options: AnalyzeOptions;
}

/** Analyses a page's extracted text with its metadata; `published` is used when the page gives no date. */
export function analyzePage(page: PageInput, tokenizer: Tokenizer, published: string | null): Analysis {
  return analyzeLong(page.text, tokenizer, { ...page.options, published: page.options.published ?? published });
}
