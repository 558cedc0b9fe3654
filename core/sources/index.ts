import type { Sentence } from '../text/sentences';
import type { Entity, Figure, Token } from '../types';
import { attribute } from './attribute';

export { findByline } from './byline';
export { collectSources, type SourceSummary } from './collect';
export { sameSource, variantKeys } from './name-variants';

/** What attribution needs to know about the text. */
export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  figures: Figure[];
  entities: readonly Entity[];
  byline: string | null;
}

/**
 * Sets `source` on every figure: who the article says it comes from, or the byline (type `byline`)
 * for figures the article states on its own authority (null when there is no byline).
 */
export function attributeFigures(ctx: AttributionContext): void {
  attribute(ctx);
}
