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
  /** The author of a signed column: the source of what the text states on its own authority. */
  author?: string | null;
  /** Test seam: when given, attribution reports the work it did (tests check it grows linearly). */
  stats?: AttributionStats;
}

/** Counters of attribution's work, for tests. */
export interface AttributionStats {
  /** Antecedent mentions filed and compared while resolving 同氏 / 同社 / 同省. */
  anaphoraSteps: number;
}

/**
 * Sets `source` on every figure: who the article says it comes from, or — for figures the article
 * states on its own authority — the author of a signed column (a person), else the byline (type
 * `byline`), else null.
 */
export function attributeFigures(ctx: AttributionContext): void {
  attribute(ctx);
}
