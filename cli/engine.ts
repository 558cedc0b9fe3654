import { analyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions, Tokenizer } from '../core/types';

/** Analyses article text (first line the headline). */
export function analyzeText(text: string, tokenizer: Tokenizer, published: string | null): Analysis {
  return analyze(text, tokenizer, { published });
}

/** What the CLI keeps of an extracted page: its text and what it declares (the DOM is let go). */
export interface PageInput {
  text: string;
  options: AnalyzeOptions;
}

/** Analyses a page's extracted text with its metadata; `published` is used when the page gives no date. */
export function analyzePage(page: PageInput, tokenizer: Tokenizer, published: string | null): Analysis {
  return analyze(page.text, tokenizer, { ...page.options, published: page.options.published ?? published });
}
