import type { Analysis } from '../../../core/types';
import { type HighlightLayer, markedSources } from '../highlights';

/** One marked span on the page and what it is: index into the analysis's figures, dates or entities. */
export type Mark =
  | { kind: 'figure'; index: number; range: Range }
  | { kind: 'source'; index: number; range: Range } // index: the first figure attributed to this span
  | { kind: 'date'; index: number; range: Range }
  | { kind: 'entity'; index: number; range: Range };

/** Which mark wins where spans overlap: the figure in 「北朝鮮兵士3万人」, then its source. */
const RANK: Record<Mark['kind'], number> = { figure: 0, source: 1, entity: 2, date: 3 };

/**
 * Pairs each Range from buildRanges with the item it marks. buildRanges lists sources as
 * markedSources does and entities per type in document order, so the same walks recover the indexes.
 */
export function collectMarks(
  a: Analysis,
  ranges: Record<HighlightLayer, (Range | null)[]>,
  layers: readonly HighlightLayer[],
): Mark[] {
  const out: Mark[] = [];
  const on = new Set(layers);
  const push = (m: { kind: Mark['kind']; index: number; range: Range | null | undefined }) => {
    if (m.range) out.push(m as Mark);
  };
  if (on.has('figure'))
    for (let i = 0; i < a.figures.length; i++) push({ kind: 'figure', index: i, range: ranges.figure[i] });
  if (on.has('date')) for (let i = 0; i < a.dates.length; i++) push({ kind: 'date', index: i, range: ranges.date[i] });
  if (on.has('source')) {
    markedSources(a).forEach((s, k) => {
      push({ kind: 'source', index: s.figure, range: ranges.source[k] });
    });
  }
  const perType: Record<string, number> = {};
  a.entities.forEach((e, i) => {
    const k = perType[e.type] ?? 0;
    perType[e.type] = k + 1;
    const layer = e.type as HighlightLayer;
    if (on.has(layer) && layer in ranges) push({ kind: 'entity', index: i, range: ranges[layer][k] });
  });
  return out;
}

/** True when the point (x, y) lies on one of the range's line boxes (a caret position alone snaps to the nearest character). */
function under(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The mark at a caret position (node, offset), confirmed against the pointer (x, y) when given. */
export function markAt(marks: readonly Mark[], node: Node, offset: number, x?: number, y?: number): Mark | null {
  let best: Mark | null = null;
  for (const m of marks) {
    if (best && RANK[m.kind] >= RANK[best.kind]) continue;
    let inside = false;
    try {
      inside = m.range.isPointInRange(node, offset);
    } catch {
      // A node from another document or a detached tree.
    }
    if (inside && (x === undefined || y === undefined || under(m.range, x, y))) best = m;
  }
  return best;
}

/** The caret position under the pointer: standard caretPositionFromPoint, else WebKit's caretRangeFromPoint. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
