import type { Analysis, Figure } from '../../core/types';

/**
 * A figure as the engine returns it, for tests of what the shell does with one: 「3万人」 counted in
 * 人, no qualifier, no source, unless `over` says otherwise.
 */
export const figure = (over: Partial<Figure> = {}): Figure => ({
  text: '3万人',
  start: 0,
  end: 3,
  sentence: '避難者は3万人に上った。',
  value: 30000,
  min: null,
  max: null,
  unit: '人',
  kind: 'count',
  approx: false,
  bound: null,
  source: null,
  ...over,
});

/** An analysis of a Japanese article with nothing found and no page facts, unless `over` says otherwise. */
export const analysisOf = (over: Partial<Analysis> = {}): Analysis => ({
  title: null,
  published: null,
  byline: null,
  isJapanese: true,
  isArticle: true,
  figures: [],
  dates: [],
  entities: [],
  ...over,
});
