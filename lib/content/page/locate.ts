import { denseText, type PageIndex } from './page-index';

/** Paragraphs shorter than this (white space removed) are too likely to recur elsewhere to place. */
const MIN_PARAGRAPH = 8;
/** The root must hold this share of the placed characters. */
const ROOT_SHARE = 0.8;
/**
 * A paragraph's weight is credited this many levels up: the body is a few levels above its paragraphs, and
 * on a page nested 2,000 deep crediting every ancestor of every paragraph would be quadratic.
 */
const MAX_LEVELS = 32;

/**
 * The live element that holds an extractor's text: each paragraph is found on the page in order
 * (Readability's output, or a JSON-LD articleBody cut at 。), its length is credited to every ancestor,
 * and the deepest element holding 80% of the placed text wins. Null when too little could be placed.
 */
export function locateRoot(index: PageIndex, paragraphs: readonly string[]): Element | null {
  const weight = new Map<Element, number>();
  let cursor = 0;
  let placed = 0;
  let wanted = 0;
  for (const p of paragraphs) {
    const at = index.find(p, cursor);
    const len = at ? at[1] - at[0] : denseText(p).length;
    if (len < MIN_PARAGRAPH) continue;
    wanted += len;
    // Searching on from the last match keeps this linear: extractors keep the page's order.
    if (!at) continue;
    placed += len;
    cursor = at[1];
    let el = index.nodeAt(at[0]).parentElement;
    for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
      weight.set(el, (weight.get(el) ?? 0) + len);
    }
  }
  if (!placed || placed < 0.3 * wanted) return null;
  let best: { el: Element; w: number } | null = null;
  for (const [el, w] of weight) {
    if (w < ROOT_SHARE * placed) continue;
    // Elements above the threshold are nested in one another; the lightest (then deepest) is the tightest.
    if (!best || w < best.w || (w === best.w && best.el.contains(el))) best = { el, w };
  }
  return best?.el ?? null;
}

const SENTENCE = /[^。！？]+[。！？」』）]*/g;

/** A JSON-LD articleBody cut into placeable pieces: by line, and long lines by sentence. */
export function articleBodyPieces(body: string): string[] {
  return body.split(/\n+/).flatMap((line) => line.match(SENTENCE) ?? []);
}
