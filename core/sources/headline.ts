import type { Sentence } from '../text/sentences';
import type { Source } from '../types';
import type { AttributedFigure } from './context';

// A headline ends with no full stop (「九州北部で記録的大雨 3人死亡」), or with the words it quotes
// (「高森、7試合6トライ「あと1年半、無駄にできない」」); a first line all in quotes opens a feature.
const FULL_STOP = /[。．！？!?]$/;
const OPENS_QUOTED = /^[「『]/;

/** True when the figures measure the same thing: value, range and unit alike (50億円突破 = 50億円を突破し). */
function sameFigure(a: AttributedFigure, b: AttributedFigure): boolean {
  return a.kind === b.kind && a.unit === b.unit && a.value === b.value && a.min === b.min && a.max === b.max;
}

function named(s: Source | null): s is Source {
  return !!s && s.type !== 'byline' && s.type !== 'none' && !!s.name;
}

/**
 * The sources with the headline's echoed: a headline restates what the body attributes: 「興収50億円突破」 over 「…50億円を突破した。配給の
 * 東宝が発表した」. A headline figure the article states on its own authority takes the source of the
 * same figure in the body — only when every body mention of it gives the same named source (3人 said
 * by the police in one place and by the outlet in another names no one).
 */
export function echoHeadline(
  sentences: readonly Sentence[],
  figures: readonly AttributedFigure[],
  sources: readonly (Source | null)[],
): (Source | null)[] {
  const head = sentences[0];
  if (head?.paragraph !== 0 || FULL_STOP.test(head.text) || OPENS_QUOTED.test(head.text)) return [...sources];
  const body = figures.flatMap((f, i) => (f.start >= head.end ? [i] : []));
  return figures.map((f, i) => {
    const own = sources[i] ?? null;
    if (f.start < head.start || f.end > head.end || named(own)) return own;
    const same = body.filter((b) => sameFigure(f, figures[b] as AttributedFigure)).map((b) => sources[b] ?? null);
    const first = same[0] ?? null;
    if (!named(first) || !same.every((b) => named(b) && b.name === first.name)) return own;
    // The card points at the body's words: the source is written there, not in the headline.
    return { ...first };
  });
}
