import type { Sentence } from '../text/sentences';
import type { Entity, Figure, Token } from '../types';

/** What attribution reads of a figure: where it is written, and what it measures (for headlines). */
export type AttributedFigure = Pick<Figure, 'start' | 'end' | 'kind' | 'unit' | 'value' | 'min' | 'max'> &
  Partial<Pick<Figure, 'bound'>>;

/**
 * What attribution needs to know about the text. Its own module, not index.ts: the rule files that
 * read it would otherwise import the index that imports them (an import circle).
 */
export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  figures: readonly AttributedFigure[];
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
