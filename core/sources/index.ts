import type { Sentence } from '../text/sentences';
import type { Entity, Figure, Token } from '../types';

/** What attribution needs to know about the text. */
export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  figures: Figure[];
  entities: readonly Entity[];
  byline: string | null;
}

/** Sets `source` on every figure: who the article says it comes from. */
export function attributeFigures(ctx: AttributionContext): void {
  for (const f of ctx.figures) f.source = ctx.byline ? { name: ctx.byline, type: 'byline', cue: null } : null;
}

/** The outlet credited for the article (【ワシントン＝共同】, 「AFP通信/Global Watch |」), if the text names one. */
export function findByline(_text: string): string | null {
  return null;
}
