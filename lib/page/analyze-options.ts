import type { AnalyzeOptions } from '../../core/types';
import type { PageMetadata } from './metadata';

/**
 * What a page tells the analysis: its title, its date (relative dates resolve against it), its outlet for
 * figures stated on the article's own authority, and the author of a signed column, who is their source.
 */
export function pageOptions(meta: PageMetadata): AnalyzeOptions {
  return { title: meta.title, published: meta.published, byline: meta.byline, author: meta.author };
}
