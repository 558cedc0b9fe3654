import { collectSources } from '../../core/sources/collect';
import type { Figure } from '../../core/types';
import { indexSources, type SourceGrouping, type SourceIndex, type SourceName, sourceNames } from './format-source';

/**
 * Groups source names by the engine's own name-variant rule (collectSources, with its person titles
 * and surname readings): 戦略国際問題研究所(CSIS) and CSIS are one source, 李成権議員 and リー氏 one
 * person. The background answers the page's groupSources with it (the tables stay out of the content
 * script); the popup runs it itself.
 */
export function groupSourceNames(names: readonly SourceName[]): SourceGrouping {
  const summaries = collectSources(names.map((s) => asFigure(s)));
  const of = new Array<number>(names.length).fill(-1);
  summaries.forEach((s, g) => {
    for (const n of s.figures) of[n] = g;
  });
  return { groups: summaries.map((s) => ({ name: s.name, type: s.type as SourceName['type'] })), of };
}

/** indexSources with the grouping worked out here (the popup; tests). */
export function indexSourcesHere(figures: readonly Figure[]): SourceIndex {
  const named = sourceNames(figures);
  return indexSources(named, groupSourceNames(named.names));
}

/** collectSources reads a figure's source only, and of it only the name and type decide the groups. */
function asFigure(s: SourceName): Figure {
  return {
    text: '',
    start: 0,
    end: 0,
    sentence: '',
    value: null,
    min: null,
    max: null,
    unit: '',
    kind: 'other',
    approx: false,
    bound: null,
    source: { name: s.name, type: s.type, cue: null },
  };
}
