import { attribute } from './attribute';
import type { AttributionContext } from './context';

export { findByline } from './byline';
export { collectSources, type SourceSummary } from './collect';
export type { AttributionContext, AttributionStats } from './context';
export { sameSource, variantKeys } from './name-variants';

/**
 * Sets `source` on every figure: who the article says it comes from, or — for figures the article
 * states on its own authority — the author of a signed column (a person), else the byline (type
 * `byline`), else null.
 */
export function attributeFigures(ctx: AttributionContext): void {
  attribute(ctx);
}
