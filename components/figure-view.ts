import type { Figure, FigureKind, SourceType } from '../core/types';

/** How the popup groups the figure list. */
export type GroupBy = 'order' | 'source' | 'kind';

/** The popup's filters; empty strings mean "all". */
export interface FigureFilter {
  kind: FigureKind | '';
  source: string;
  text: string;
}

/** A figure with its index in the analysis (the page's marks are addressed by it). */
export interface IndexedFigure {
  index: number;
  figure: Figure;
}

/** One group of rows: a heading key (source name or kind; '' for document order) and its figures. */
export interface FigureGroup {
  key: string;
  sourceType?: SourceType;
  rows: IndexedFigure[];
}

/** The name a figure is attributed to, or '' when the article names no one (own reporting, byline). */
function sourceName(f: Figure): string {
  const s = f.source;
  return s && s.type !== 'none' && s.type !== 'byline' ? s.name : '';
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Keeps the figures that pass every filter; text matches the figure, its unit, source or sentence (width-folded: ３ = 3). */
export function filterFigures(figures: readonly Figure[], filter: FigureFilter): IndexedFigure[] {
  const q = fold(filter.text.trim());
  const out: IndexedFigure[] = [];
  figures.forEach((figure, index) => {
    if (filter.kind && figure.kind !== filter.kind) return;
    if (filter.source && sourceName(figure) !== filter.source) return;
    if (q && !fold(`${figure.text} ${figure.unit} ${figure.source?.name ?? ''} ${figure.sentence}`).includes(q)) return;
    out.push({ index, figure });
  });
  return out;
}

/** Groups rows: one group in document order, or by source / kind in order of first appearance. */
export function groupFigures(rows: readonly IndexedFigure[], by: GroupBy): FigureGroup[] {
  if (by === 'order') return [{ key: '', rows: [...rows] }];
  const groups = new Map<string, FigureGroup>();
  for (const r of rows) {
    const key = by === 'source' ? sourceName(r.figure) : r.figure.kind;
    let g = groups.get(key);
    if (!g) {
      g = { key, rows: [] };
      if (by === 'source' && r.figure.source) g.sourceType = r.figure.source.type;
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  // Unattributed figures go last when grouping by source.
  return [...groups.values()].sort((a, b) => (by === 'source' ? Number(a.key === '') - Number(b.key === '') : 0));
}

/** The distinct named sources, in order of first appearance (for the source filter and the summary). */
export function distinctSources(figures: readonly Figure[]): string[] {
  return [...new Set(figures.map(sourceName).filter(Boolean))];
}

/** The kinds present, in order of first appearance. */
export function distinctKinds(figures: readonly Figure[]): FigureKind[] {
  return [...new Set(figures.map((f) => f.kind))];
}

type Span = [start: number, end: number, role: 'figure' | 'source' | 'cue'];

/**
 * Where to mark the figure, its source and cue inside its sentence: non-overlapping spans in order.
 * Offsets come from sentenceStart when the engine gives it; otherwise the text is searched for.
 */
export function sentenceSpans(f: Figure): Span[] {
  const s = f.sentence;
  const base = f.sentenceStart;
  const inSentence = (start: number | undefined, end: number | undefined) =>
    base !== undefined && start !== undefined && end !== undefined && start >= base && end <= base + s.length;
  const spans: Span[] = [];
  const at = inSentence(f.start, f.end) ? f.start - (base as number) : s.indexOf(f.text);
  if (at >= 0) spans.push([at, at + f.text.length, 'figure']);
  const src = f.source;
  if (src && src.type !== 'none' && src.type !== 'byline') {
    if (inSentence(src.start, src.end))
      spans.push([(src.start as number) - (base as number), (src.end as number) - (base as number), 'source']);
    else if (s.includes(src.name)) spans.push([s.indexOf(src.name), s.indexOf(src.name) + src.name.length, 'source']);
  }
  if (src?.cue && s.includes(src.cue))
    spans.push([s.lastIndexOf(src.cue), s.lastIndexOf(src.cue) + src.cue.length, 'cue']);
  spans.sort((a, b) => a[0] - b[0]);
  // Where two overlap, the earlier one is kept (「政府発表」 as source and cue at once).
  const kept: Span[] = [];
  for (const sp of spans) if (sp[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(sp);
  return kept;
}
