import type { Analysis } from '../../core/types';
import { PALETTES, type Palette } from '../shared/settings-schema';
import { pagePositions, type TextMap } from './page/text-map';

/**
 * Marks are CSS Custom Highlights: Ranges registered in CSS.highlights and styled by ::highlight()
 * rules in the content script's stylesheet. The page's DOM is never touched, so turning marks off
 * leaves it exactly as it was. The registry is shared with the page: every name starts "shutten-".
 */
const LAYERS = ['figure', 'source', 'date', 'person', 'organization', 'place', 'focus'] as const;

export type HighlightLayer = (typeof LAYERS)[number];

/**
 * ::highlight() rules cannot be scoped by a class on the page (that would touch its DOM), so each
 * palette registers its own names: shutten-figure (default), shutten-figure-colorblind, shutten-figure-contrast.
 */
export function highlightName(layer: HighlightLayer, palette: Palette = 'default'): string {
  return palette === 'default' ? `shutten-${layer}` : `shutten-${layer}-${palette}`;
}

/** Builds a live DOM Range for analysed offsets [start, end), or null when they do not map to the page. */
function rangeFor(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const p = pagePositions(map, start, end);
  if (!p) return null;
  try {
    const r = doc.createRange();
    r.setStart(p.startNode, p.startOffset);
    r.setEnd(p.endNode, p.endOffset);
    return r;
  } catch {
    // The page changed the node under us since the analysis; skip this mark.
    return null;
  }
}

/** A marked source span and the first figure attributed to it. */
type MarkedSource = { start: number; end: number; figure: number };

/**
 * markedSources' answer for each analysis it was asked about: the ranges (buildRanges) and the card's marks
 * (collectMarks, at every paint) list the same spans, and an analysis is never changed once made.
 */
const marked = new WeakMap<Analysis, readonly MarkedSource[]>();

/**
 * The source spans to mark, deduplicated, each with the first figure attributed to it. The byline
 * is not marked: it stands behind every unattributed figure and would only add noise to the page.
 */
export function markedSources(a: Analysis): readonly MarkedSource[] {
  const known = marked.get(a);
  if (known) return known;
  const seen = new Set<string>();
  const out: MarkedSource[] = [];
  a.figures.forEach((f, i) => {
    const s = f.source;
    if (s?.start === undefined || s.end === undefined || s.type === 'byline' || s.type === 'none') return;
    if (seen.has(`${s.start}:${s.end}`)) return;
    seen.add(`${s.start}:${s.end}`);
    out.push({ start: s.start, end: s.end, figure: i });
  });
  marked.set(a, out);
  return out;
}

/** Live DOM Ranges for analysed spans, in their order (null where one does not map to the page). */
export function spanRanges(
  doc: Document,
  map: TextMap,
  spans: readonly { start: number; end: number }[],
): (Range | null)[] {
  return spans.map((s) => rangeFor(doc, map, s.start, s.end));
}

/** The Ranges of each layer for an analysis; `figures` keeps document order so index i is figure i. */
export function buildRanges(doc: Document, map: TextMap, a: Analysis): Record<HighlightLayer, (Range | null)[]> {
  const byType = (t: string) =>
    spanRanges(
      doc,
      map,
      a.entities.filter((e) => e.type === t),
    );
  return {
    figure: spanRanges(doc, map, a.figures),
    source: spanRanges(doc, map, markedSources(a)),
    date: spanRanges(doc, map, a.dates),
    person: byType('person'),
    organization: byType('organization'),
    place: byType('place'),
    focus: [],
  };
}

/** The page's highlight registry, if this browser has one (Chromium 105+, Firefox 140+). */
function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/** The layer's Ranges that map to the page. */
function present(ranges: Partial<Record<HighlightLayer, (Range | null)[]>>, layer: HighlightLayer): Range[] {
  return (ranges[layer] ?? []).filter((r): r is Range => r !== null);
}

/** Registers `rs` under `name` as a highlight of `layer`. */
function register(reg: HighlightRegistry, layer: HighlightLayer, name: string, rs: Range[]): void {
  const h = new Highlight(...rs);
  // Figures sit above entities where they overlap (「北朝鮮兵士3万人」).
  h.priority = layer === 'figure' ? 3 : layer === 'source' ? 2 : 1;
  reg.set(name, h);
}

/** Registers the given layers in `palette`; layers not listed, and every other palette, are removed. */
export function showHighlights(
  ranges: Partial<Record<HighlightLayer, (Range | null)[]>>,
  layers: readonly HighlightLayer[],
  palette: Palette = 'default',
): void {
  const reg = registry();
  if (!reg) return;
  for (const layer of LAYERS) {
    if (layer === 'focus') continue;
    for (const p of PALETTES) if (p !== palette) reg.delete(highlightName(layer, p));
    const name = highlightName(layer, palette);
    const rs = present(ranges, layer);
    if (layers.includes(layer) && rs.length) register(reg, layer, name, rs);
    else reg.delete(name);
  }
}

/**
 * Adds ranges to the layers already shown (a long page's next slice), creating a layer's highlight
 * if it has none yet. Cost is in the ranges added, not in all the marks so far, so a slice's paint
 * stays a short task however long the page.
 */
export function addHighlights(
  ranges: Partial<Record<HighlightLayer, (Range | null)[]>>,
  layers: readonly HighlightLayer[],
  palette: Palette = 'default',
): void {
  const reg = registry();
  if (!reg) return;
  for (const layer of layers) {
    const rs = present(ranges, layer);
    if (layer === 'focus' || rs.length === 0) continue;
    const name = highlightName(layer, palette);
    const h = reg.get(name);
    if (h) for (const r of rs) h.add(r);
    else register(reg, layer, name, rs);
  }
}

/** Removes every Shutten highlight from the page. */
export function clearHighlights(): void {
  const reg = registry();
  if (!reg) return;
  for (const layer of LAYERS) {
    for (const p of PALETTES) reg.delete(highlightName(layer, p));
  }
}

/** Briefly emphasises one range (jump-to-figure), then removes the emphasis. */
export function flash(range: Range, ms = 1200, palette: Palette = 'default'): void {
  const reg = registry();
  if (!reg) return;
  const name = highlightName('focus', palette);
  const h = new Highlight(range);
  h.priority = 10;
  reg.set(name, h);
  setTimeout(() => {
    if (reg.get(name) === h) reg.delete(name);
  }, ms);
}
