import { collectSources } from '../../core/sources/collect';
import type { Figure, SourceType } from '../../core/types';
import type { PageTranslate } from './i18n/page';

/**
 * One rule for who a figure comes from, used by the popup, the card and every export, so a figure
 * never has three sources: the article names one (「CSISによると」), or it names none and the figure
 * stands on the outlet's own reporting (the byline, 「…と報じられている」 in an AFP通信 article).
 */
export interface FigureSource {
  /** The party the article attributes the figure to; null when it names none. */
  named: { name: string; type: Exclude<SourceType, 'byline' | 'none'>; cue: string | null; via: string | null } | null;
  /** The outlet whose article states an unattributed figure, when known (never set with `named`). */
  byline: string | null;
}

/** Who the article says a figure comes from (see FigureSource). */
export function figureSource(f: Figure): FigureSource {
  const s = f.source;
  if (!s?.name) return { named: null, byline: null };
  if (s.type === 'byline') return { named: null, byline: s.name };
  if (s.type === 'none') return { named: null, byline: null };
  return { named: { name: s.name, type: s.type, cue: s.cue ?? null, via: s.via ?? null }, byline: null };
}

/** The name a figure is attributed to, or '' when the article names no one (own reporting, byline). */
export function namedSource(f: Figure): string {
  return figureSource(f).named?.name ?? '';
}

/**
 * The source in one line of words, the same in popup, card and export:
 * 「米国防総省（政府機関）」 / "CSIS (organisation)", 「CNN経由」 / "via CNN" when relayed,
 * 「出典の明示なし（AFP通信の記事）」 / "no source named (article by AFP通信)".
 */
export function sourceLine(f: Figure, t: PageTranslate): string {
  const { named, byline } = figureSource(f);
  if (!named) return byline ? t('unattributedByline', { byline }) : t('unattributed');
  const via = named.via ? ` ${t('via', { name: named.via })}` : '';
  return `${t('sourceWithType', { name: named.name, type: t(`source_${named.type}`) })}${via}`;
}

/** The article's distinct named sources, variants merged (李成権議員 = リー氏), and which one each figure has. */
export interface SourceIndex {
  /** Each source's fullest name and type, in order of first figure. */
  sources: { name: string; type: SourceType; figures: number }[];
  /** For each figure, its index in `sources`, or -1 when the article names no source for it. */
  of: Int32Array;
}

/**
 * Groups the figures' sources with the engine's own name-variant rule (collectSources). The rule
 * compares each name with every group so far, so it runs once per distinct name, not per figure: a
 * long page has 40,000 figures but a few hundred names.
 */
export function indexSources(figures: readonly Figure[]): SourceIndex {
  const firstOf = new Map<string, number>();
  const reps: Figure[] = [];
  const repOf = new Int32Array(figures.length).fill(-1);
  figures.forEach((f, i) => {
    const named = figureSource(f).named;
    if (!named) return;
    const key = `${named.type}\u0000${named.name}`;
    let r = firstOf.get(key);
    if (r === undefined) {
      r = reps.length;
      firstOf.set(key, r);
      reps.push(f);
    }
    repOf[i] = r;
  });
  const summaries = collectSources(reps);
  const groupOfRep = new Int32Array(reps.length).fill(-1);
  summaries.forEach((s, g) => {
    for (const r of s.figures) groupOfRep[r] = g;
  });
  const of = new Int32Array(figures.length).fill(-1);
  const sources = summaries.map((s) => ({ name: s.name, type: s.type, figures: 0 }));
  repOf.forEach((r, i) => {
    const g = r < 0 ? -1 : (groupOfRep[r] ?? -1);
    of[i] = g;
    const s = sources[g];
    if (s) s.figures++;
  });
  return { sources, of };
}
