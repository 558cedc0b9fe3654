import type { Source } from '../types';
import { attribute } from './attribute';
import type { AttributionContext } from './context';

export { findByline } from './byline';
export { collectSources, type SourceSummary } from './collect';
export type { AttributedFigure, AttributionContext, AttributionStats } from './context';
export { sameSource, variantKeys } from './name-variants';

/**
 * The source of every figure, in the order of `ctx.figures`: who the article says it comes from, or —
 * for figures the article states on its own authority — the author of a signed column (a person),
 * else the byline (type `byline`), else null.
 */
export function attributeFigures(ctx: AttributionContext): (Source | null)[] {
  return attribute(ctx);
}
