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

/** A source type that names a party (byline and none are the outlet's own authority). */
export type NamedSourceType = Exclude<SourceType, 'byline' | 'none'>;

/** A named source as the grouping reads it. */
export interface SourceName {
  name: string;
  type: NamedSourceType;
}

/**
 * How a list of source names groups by the engine's name-variant rule (lib/shared/source-groups.ts,
 * which the background runs for the page): each group's fullest name and type, and each name's group.
 */
export interface SourceGrouping {
  groups: SourceName[];
  /** For each name of the list, its index in `groups`. */
  of: number[];
}

/** The article's distinct named sources, variants merged (李成権議員 = リー氏), and which one each figure has. */
export interface SourceIndex {
  /** Each source's fullest name and type, in order of first figure. */
  sources: { name: string; type: SourceType; figures: number }[];
  /** For each figure, its index in `sources`, or -1 when the article names no source for it. */
  of: Int32Array;
}

/** The figures' distinct named sources and each figure's index among them (sourceNames). */
export interface SourceNames {
  names: SourceName[];
  /** For each figure, its index in `names` (-1: none named). */
  of: Int32Array;
}

/**
 * The figures' distinct named sources (by type and name as written), in order of first figure, and
 * each figure's index among them (-1: none named). The grouping compares names, so it runs once per
 * distinct name, not per figure: a long page has 40,000 figures but a few hundred names.
 */
export function sourceNames(figures: readonly Figure[]): SourceNames {
  const index = new Map<string, number>();
  const names: SourceName[] = [];
  const of = new Int32Array(figures.length).fill(-1);
  figures.forEach((f, i) => {
    const named = figureSource(f).named;
    if (!named) return;
    const key = `${named.type}\u0000${named.name}`;
    let n = index.get(key);
    if (n === undefined) {
      n = names.length;
      index.set(key, n);
      names.push({ name: named.name, type: named.type });
    }
    of[i] = n;
  });
  return { names, of };
}

/**
 * Counts the figures of each source group. `named`: the figures' sourceNames (read once, by the caller
 * that also sends them to be grouped); `grouping`: how its names group (null when it could not be had:
 * each name is then its own source).
 */
export function indexSources({ names, of: nameOf }: SourceNames, grouping: SourceGrouping | null): SourceIndex {
  const groups = grouping?.groups ?? names;
  const groupOf = (n: number) => (grouping ? (grouping.of[n] ?? -1) : n);
  const sources = groups.map((s) => ({ name: s.name, type: s.type as SourceType, figures: 0 }));
  const of = new Int32Array(nameOf.length).fill(-1);
  nameOf.forEach((n, i) => {
    const g = n < 0 ? -1 : groupOf(n);
    of[i] = g;
    const s = sources[g];
    if (s) s.figures++;
  });
  return { sources, of };
}
