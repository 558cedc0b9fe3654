/**
 * What extraction may afford on a page, decided from its shape before any costly work. Readability
 * (run on a clone of the whole document) costs about elements × depth: 10 ms for a 3,000-element news
 * page 15 levels deep, but 12 s for a hostile page nested 2,000 deep, in one task. Above these bounds the
 * page's own markers (<article>, <main>, itemprop, JSON-LD) and our densest-prose search find the body.
 */

/** Readability runs on pages of at most this many elements… */
export const READABILITY_MAX_ELEMENTS = 6000;
/** …nested at most this deep (news pages are 15–40 levels; the HTML parser itself stops at 512)… */
export const READABILITY_MAX_DEPTH = 80;
/** …and at most this much work, counted as elements × depth (a 5,000-element page 30 deep is 150,000). */
export const READABILITY_MAX_WORK = 150_000;

/** A page's element count and deepest nesting, counted only as far as the bounds need. */
export interface PageShape {
  elements: number;
  depth: number;
}

/**
 * Counts the elements under `root` and their deepest nesting, by sibling links (no recursion, no NodeList),
 * stopping as soon as either passes its bound: the probe never costs more than the bounds allow.
 */
export function pageShape(
  root: Element,
  maxElements = READABILITY_MAX_ELEMENTS,
  maxDepth = READABILITY_MAX_DEPTH,
): PageShape {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let el: Element | null = root.firstElementChild;
  if (el) depth = 1;
  while (el && elements <= maxElements && deepest <= maxDepth) {
    elements++;
    if (depth > deepest) deepest = depth;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return { elements, depth: deepest };
}

/** True when Readability may run on `doc` within the main-thread budget (see the bounds above). */
export function readabilityAffordable(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const { elements, depth } = pageShape(root);
  return (
    elements <= READABILITY_MAX_ELEMENTS && depth <= READABILITY_MAX_DEPTH && elements * depth <= READABILITY_MAX_WORK
  );
}
