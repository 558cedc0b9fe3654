import { analyze } from '../core/analyze';
import { findByline } from '../core/sources';
import { sliceBounds as sliceText } from '../core/text/slice-bounds';
import type { Analysis, Tokenizer } from '../core/types';
import { isJapaneseText } from '../lib/content/page/language';
import { appendAnalysis } from '../lib/shared/merge-analysis';
import { type EngineOptions, type PageAnalysisInput, withPageFacts } from '../lib/shared/page-facts';

/**
 * Texts longer than this are analysed in slices. A news article is ~5,000–20,000 characters and is
 * analysed whole, exactly as before; a book chapter or a whole archive is not held as one token array
 * (about 140 bytes a token, 600,000 tokens for 1M characters).
 */
export const SLICE_FROM = 100_000;
/**
 * Characters per slice. Measured at 1M characters (the same text, with the dictionary image): 5,000
 * gave a 217–225 MB peak for 22% more CPU time than one piece, 20,000 232–246 MB for 5% more, 50,000
 * 235–258 MB for none; one piece took 586–589 MB. What a cut changes: see CONTEXT_CHARS.
 */
export const SLICE_CHARS = 20_000;

/** [start, end) offsets of the slices of `text` (see core/text/slice-bounds), SLICE_CHARS each at most. */
export function sliceBounds(text: string, max = SLICE_CHARS): [number, number][] {
  return sliceText(text, max);
}

/**
 * Characters of the text before a slice that are analysed again with it, so the source in force
 * (「同社によると」 two paragraphs up, 同氏 naming the last person) reaches across the cut; what lies in
 * them was already taken from the slice before. Only a 同社 whose company was named further back could
 * still read differently (none of the 45,918 figures of a generated 1M-character text does).
 */
export const CONTEXT_CHARS = 2_000;

/** Where the context of a slice starting at `start` begins: a line start about CONTEXT_CHARS before. */
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const nl = text.indexOf('\n', from - 1);
  return from === 0 ? 0 : nl >= 0 && nl < start ? nl + 1 : start;
}

/** `a` without what starts before `offset` (the context already analysed with the previous slice). */
function from(a: Analysis, offset: number): Analysis {
  const kept = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= offset);
  return { ...a, figures: kept(a.figures), dates: kept(a.dates), entities: kept(a.entities) };
}

/**
 * The engine on a text of any length: whole up to SLICE_FROM characters, else slice by slice (each
 * with its context), with offsets into the whole text. The headline and the byline are the whole
 * text's (the first slice's title is kept; a later slice's first line is no headline); each slice's
 * tokens are dropped before the next is read.
 */
export function analyzeLong(
  text: string,
  tokenizer: Tokenizer,
  options: EngineOptions,
  // Test seam: the engine is injected so a test can see what each call was given.
  run: typeof analyze = analyze,
): Analysis {
  if (text.length <= SLICE_FROM) return run(text, tokenizer, options);
  const whole: EngineOptions = { ...options, byline: options.byline ?? findByline(text) };
  let acc: Analysis | null = null;
  for (const [start, end] of sliceBounds(text)) {
    if (!acc) {
      acc = run(text.slice(start, end), tokenizer, whole);
      continue;
    }
    const ctx = contextStart(text, start);
    const added = run(text.slice(ctx, end), tokenizer, whole);
    acc = appendAnalysis(acc, from(added, start - ctx), ctx);
  }
  return acc as Analysis;
}

// A .txt has no lang attribute to go by: these count the scripts of one too short for isJapaneseText.
const KANA = /[\u3041-\u30ff]/g;
const JAPANESE = /[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * Whether article text reads as Japanese, judged on its start as a page is (leniently, as if declared
 * Japanese: the CLI is for Japanese news). Under 10 kana is too little to judge that way: such a text
 * is Japanese when it has kana and Japanese script outweighs Latin letters (「3万人が参加した。」 is).
 */
export function looksJapanese(text: string): boolean {
  const sample = text.slice(0, 20_000);
  if (isJapaneseText(sample, 'ja')) return true;
  const kana = sample.match(KANA)?.length ?? 0;
  if (kana === 0 || kana >= 10) return false;
  return (sample.match(JAPANESE)?.length ?? 0) >= (sample.match(LATIN)?.length ?? 0);
}

/** Analyses article text (first line the headline); a text that is not Japanese says so, as a page does. */
export function analyzeText(text: string, tokenizer: Tokenizer, published: string | null): Analysis {
  const facts = { title: null, isJapanese: looksJapanese(text), isArticle: true };
  return withPageFacts(analyzeLong(text, tokenizer, { published }), facts);
}

/** What the CLI keeps of an extracted page: its text and what it declares (the DOM is let go). */
export interface PageInput {
  text: string;
  input: PageAnalysisInput;
}

/** Analyses a page's extracted text with its metadata; `published` is used when the page gives no date. */
export function analyzePage(page: PageInput, tokenizer: Tokenizer, published: string | null): Analysis {
  const { options, facts } = page.input;
  return withPageFacts(
    analyzeLong(page.text, tokenizer, { ...options, published: options.published ?? published }),
    facts,
  );
}
