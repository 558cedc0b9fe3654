import type { Figure, FigureKind, SourceType } from '../../core/types';
import type { SourceIndex } from '../shared/format-source';

/** How the popup groups the figure list. */
export type GroupBy = 'order' | 'source' | 'kind';

/** The popup's filters; empty strings mean "all". `source` is an index into SourceIndex.sources. */
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

/**
 * One group of rows: a heading key (source index, kind, or '' for the claims in page order) and its
 * figures. `durations` is the group of durations kept apart in page order.
 */
export interface FigureGroup {
  key: string;
  sourceType?: SourceType;
  rows: IndexedFigure[];
}

/** The key of the group that holds durations (約5年, 3カ月間) apart from the claims in page order. */
export const DURATIONS = 'duration';

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const haystackOf = (f: Figure) => fold(`${f.text} ${f.unit} ${f.counts ?? ''} ${f.source?.name ?? ''} ${f.sentence}`);
// The folded text each figure is searched in, made once per analysis: a keystroke in the search
// field then costs one substring test per figure (40,000 figures in a few milliseconds).
const haystacks = new WeakMap<readonly Figure[], string[]>();
function searchText(figures: readonly Figure[]): string[] {
  let h = haystacks.get(figures);
  if (!h) {
    h = [];
    haystacks.set(figures, h);
  }
  for (let i = h.length; i < figures.length; i++) h.push(haystackOf(figures[i] as Figure));
  return h;
}

/**
 * Folds the search text ahead of the first keystroke, for at most `budgetMs`; true when all is done.
 * The popup calls it in idle moments, so typing in a 40,000-figure list never waits for the folding.
 */
export function prepareSearch(figures: readonly Figure[], budgetMs: number): boolean {
  let h = haystacks.get(figures);
  if (!h) {
    h = [];
    haystacks.set(figures, h);
  }
  const end = performance.now() + budgetMs;
  while (h.length < figures.length) {
    h.push(haystackOf(figures[h.length] as Figure));
    if ((h.length & 255) === 0 && performance.now() > end) return false;
  }
  return true;
}

/**
 * Keeps the figures that pass every filter; text matches the figure, its unit, what it counts, its
 * source or its sentence (width-folded: ３ = 3). The source filter takes name variants together.
 */
export function filterFigures(figures: readonly Figure[], filter: FigureFilter, sources: SourceIndex): IndexedFigure[] {
  const q = fold(filter.text.trim());
  const hay = q ? searchText(figures) : null;
  const source = filter.source === '' ? null : Number(filter.source);
  const out: IndexedFigure[] = [];
  figures.forEach((figure, index) => {
    if (filter.kind && figure.kind !== filter.kind) return;
    if (source !== null && sources.of[index] !== source) return;
    if (hay && !hay[index]?.includes(q)) return;
    out.push({ index, figure });
  });
  return out;
}

/**
 * Groups rows. In page order, durations (約5年, 3カ月間) follow the claims as a group of their own,
 * so the list leads with what the article says happened. By source (name variants together, the
 * unattributed last) or by kind (durations last), groups come in order of first appearance.
 */
export function groupFigures(rows: readonly IndexedFigure[], by: GroupBy, sources: SourceIndex): FigureGroup[] {
  if (by === 'order') {
    const claims = rows.filter((r) => r.figure.kind !== 'duration');
    const durations = rows.filter((r) => r.figure.kind === 'duration');
    if (!durations.length) return [{ key: '', rows: claims }];
    return claims.length
      ? [
          { key: '', rows: claims },
          { key: DURATIONS, rows: durations },
        ]
      : [{ key: DURATIONS, rows: durations }];
  }
  const groups = new Map<string, FigureGroup>();
  for (const r of rows) {
    const s = sources.of[r.index] ?? -1;
    const key = by === 'source' ? (s < 0 ? '' : String(s)) : r.figure.kind;
    let g = groups.get(key);
    if (!g) {
      g = { key, rows: [] };
      const type = sources.sources[s]?.type;
      if (by === 'source' && type) g.sourceType = type;
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  const last = by === 'source' ? '' : DURATIONS;
  return [...groups.values()].sort((a, b) => Number(a.key === last) - Number(b.key === last));
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
    if (src.cue && s.includes(src.cue))
      spans.push([s.lastIndexOf(src.cue), s.lastIndexOf(src.cue) + src.cue.length, 'cue']);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Where two overlap, the earlier one is kept (「政府発表」 as source and cue at once).
  const kept: Span[] = [];
  for (const sp of spans) if (sp[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(sp);
  return kept;
}
