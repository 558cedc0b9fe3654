/**
 * Per-stage timing for the bench: the same steps core/analyze.ts runs, each timed on its own
 * (median of `reps` passes over all texts), so a slow stage is named rather than guessed.
 * Returns null when a stage's signature changed under us (the bench then reports totals only).
 */
import { performance } from 'node:perf_hooks';
import { findDates } from '../core/dates';
import { findEntities } from '../core/entities';
import { findFigures } from '../core/figures';
import { attributeFigures, findByline } from '../core/sources';
import { splitSentences } from '../core/text/sentences';
import { tokenizeText } from '../core/text/tokens';
import type { Tokenizer } from '../core/types';

type Stage = 'tokenize' | 'sentences' | 'figures' | 'entities' | 'sources' | 'dates';

/** Median milliseconds per stage over all `texts`. */
export function benchStages(
  texts: readonly string[],
  tokenizer: Tokenizer,
  reps: number,
): Record<Stage, number> | null {
  const runs: Record<Stage, number[]> = {
    tokenize: [],
    sentences: [],
    figures: [],
    entities: [],
    sources: [],
    dates: [],
  };
  try {
    for (let r = 0; r < reps + 1; r++) {
      const acc: Record<Stage, number> = { tokenize: 0, sentences: 0, figures: 0, entities: 0, sources: 0, dates: 0 };
      const lap = <T>(stage: Stage, fn: () => T): T => {
        const t0 = performance.now();
        const v = fn();
        acc[stage] += performance.now() - t0;
        return v;
      };
      for (const text of texts) {
        const tokens = lap('tokenize', () => tokenizeText(text, tokenizer));
        const sentences = lap('sentences', () => splitSentences(text));
        const figures = lap('figures', () => findFigures(text, tokens));
        const entities = lap('entities', () => findEntities(text, tokens));
        lap('sources', () => {
          const byline = findByline(text);
          attributeFigures({ text, tokens, sentences, figures, entities, byline });
        });
        lap('dates', () => findDates(text, tokens, '2025-07-10'));
      }
      // The first pass is warm-up.
      if (r > 0) for (const k of Object.keys(acc) as Stage[]) runs[k].push(acc[k]);
    }
  } catch {
    return null;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)])) as Record<Stage, number>;
}
