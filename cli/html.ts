import { parseHTML } from 'linkedom';
import { type ExtractedArticle, extractArticle } from '../lib/page/extract-article';

/** Runs the extension's page detection and extraction on an HTML string, in Node. */
export function extractHtml(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document);
}
