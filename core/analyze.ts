import { findDates } from './dates';
import { findEntities } from './entities';
import { findFigures } from './figures';
import { addCounts } from './figures/counted';
import { attributeFigures, findByline } from './sources';
import { sentenceAt, splitSentences } from './text/sentences';
import { tokenizeText } from './text/tokens';
import type { Analysis, AnalyzeOptions, Tokenizer } from './types';

/**
 * The whole engine: text in, figures, dates, entities and their sources out.
 * Test seam: the tokenizer is injected, so the CLI passes a Node kuromoji, the extension the one
 * its background context holds, and unit tests may pass a fake.
 */
export function analyze(text: string, tokenizer: Tokenizer, options: AnalyzeOptions = {}): Analysis {
  const tokens = tokenizeText(text, tokenizer);
  const sentences = splitSentences(text);
  const published = options.published ?? null;
  const byline = options.byline ?? findByline(text);
  const figures = findFigures(text, tokens);
  addCounts(text, tokens, figures);
  for (const f of figures) {
    const s = sentenceAt(sentences, f.start);
    f.sentence = s?.text ?? '';
    f.sentenceStart = s?.start ?? f.start;
  }
  const entities = findEntities(text, tokens);
  // options.author: the author of a signed column, from the page's metadata (lib/page); the figures
  // the text states on its own authority are theirs, not the outlet's.
  attributeFigures({ text, tokens, sentences, figures, entities, byline, author: options.author ?? null });
  return {
    title: options.title ?? firstLine(text),
    published,
    byline,
    isJapanese: options.isJapanese ?? true,
    isArticle: options.isArticle ?? true,
    figures,
    dates: findDates(text, tokens, published),
    entities,
    length: text.length,
  };
}

function firstLine(text: string): string | null {
  const line = text.split('\n', 1)[0]?.trim();
  return line ? line : null;
}
