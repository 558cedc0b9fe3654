import type { Analysis, Tokenizer } from '../core/types';
import { analyzePage, analyzeText } from './engine';
import { pageInput } from './html';
import { isPage } from './read-input';

/**
 * Analyses one file in one call (for scripts: `npm run eval`): .html through the extension's
 * extraction, anything else as article text (first line the headline).
 */
export function analyzeFile(path: string, text: string, tokenizer: Tokenizer, published: string | null): Analysis {
  return isPage(path, text)
    ? analyzePage(pageInput(text), tokenizer, published)
    : analyzeText(text, tokenizer, published);
}
