import { isBoilerplate } from './boilerplate';
import { follows } from './dom-order';
import { denseText } from './page-index';
import { shownText } from './text-map';

/** Headline elements shorter than this are site logos or section names, not headlines. */
const MIN_HEADLINE = 4;
/** Without a matching title, an <h1> just before the root is searched this many levels up from it. */
export const NEAR_LEVELS = 3;
/** Headings inside the article looked at for the headline (a page can hold any number). */
const MAX_INSIDE = 50;

/** True when a headline's text (white space removed) is one of `titles` (also removed), or most of one. */
export function matchesTitle(text: string, titles: readonly string[]): boolean {
  if (text.length < MIN_HEADLINE) return false;
  // og:title and <title> often carry the site: 「群馬県知事…44位（産経新聞）」, 「… | Global Watch」.
  return titles.some((t) => t === text || (t.includes(text) && text.length >= 0.5 * t.length));
}

/** Furniture around a heading is looked for this many levels up (a page nested 2,000 deep must not cost 2,000 checks a heading). */
const FURNITURE_LEVELS = 64;

/** True when `el` sits inside page furniture (a menu, a footer, a ranking box). */
export function insideFurniture(el: Element): boolean {
  let e = el.parentElement;
  for (let i = 0; e && i < FURNITURE_LEVELS; i++, e = e.parentElement) if (isBoilerplate(e)) return true;
  return false;
}

/**
 * The element holding the article's headline: an <h1> (or itemprop=headline) whose text matches the
 * title the page declares (or such an <h2>), else an <h1> inside the article root, else the one just before it.
 * Site logos (<h1>Yahoo!ニュース</h1>) match no title and stand outside the article.
 */
export function findHeadline(doc: Document, titles: readonly string[], root: Element | null): Element | null {
  const dense = titles.map(denseText).filter(Boolean);
  const usable = (el: Element) => !insideFurniture(el) && !(root && el.contains(root));
  const candidates = Array.from(doc.querySelectorAll('h1, [itemprop="headline"]')).filter(usable);
  // The article's own headline first: a matching heading inside the article, which beats a screen-reader
  // copy of <title> at the top of the page (「<h1 class="speech">見出し（1/2ページ） - 産経ニュース</h1>」 …
  // 「<article><h3>見出し</h3>」); then the nearest matching <h1> before the article.
  const own = root
    ? Array.from(root.querySelectorAll('h1, h2, h3, [itemprop="headline"]'))
        .slice(0, MAX_INSIDE)
        .find((el) => !insideFurniture(el) && matchesTitle(denseText(shownText(el)), dense))
    : undefined;
  if (own) return own;
  const matching = candidates.filter((el) => matchesTitle(denseText(shownText(el)), dense));
  const before = root ? matching.filter((el) => follows(el, root)).at(-1) : undefined;
  const pick = before ?? matching[0];
  if (pick) return pick;
  // Sites whose <h1> is the logo put the headline in an <h2>; only a matching one is taken.
  const h2 = dense.length
    ? Array.from(doc.querySelectorAll('h2')).find((el) => usable(el) && matchesTitle(denseText(shownText(el)), dense))
    : undefined;
  if (h2) return h2;
  if (!root) return null;
  // A table-layout page with no heading at all: 「<td class="midashi"><b>見出し</b></td>」 before the body,
  // its words exactly the title the page declares. The deepest such element just before the root.
  const plain = dense.length ? plainHeadline(root, dense) : null;
  if (plain) return plain;
  const long = candidates.filter((el) => denseText(shownText(el)).length >= MIN_HEADLINE);
  const inside = long.find((el) => root.contains(el));
  if (inside) return inside;
  // Else the last <h1> before the root within its nearest ancestors: <div><h1>見出し</h1><div>本文</div></div>.
  let scope = root.parentElement;
  for (let i = 0; scope && i < NEAR_LEVELS; i++, scope = scope.parentElement) {
    const box = scope;
    const before = long.filter((el) => box.contains(el) && follows(el, root));
    if (before.length) return before[before.length - 1] as Element;
  }
  return null;
}

/** Elements a plain headline may be written in: 「<td><font><b>見出し</b></font></td>」. */
const PLAIN_TAGS = 'b, strong, font, span, div, p, td';
/** Elements looked at for a plain headline (a page of thousands of cells must not cost thousands of checks). */
export const MAX_PLAIN = 400;
/** Elements at the top of the root looked at for a plain headline inside it. */
const MAX_PLAIN_INSIDE = 50;

/**
 * An element at the top of the root, or before it within its nearest ancestors, whose words are the
 * declared title; the deepest of those that match (<b> rather than the <td> around it).
 */
function plainHeadline(root: Element, titles: readonly string[]): Element | null {
  const matches = (el: Element) => !insideFurniture(el) && matchesTitle(denseText(el.textContent ?? ''), titles);
  let inside: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(PLAIN_TAGS)).slice(0, MAX_PLAIN_INSIDE)) {
    if (matches(el)) inside = el;
    else if (inside) break;
  }
  if (inside) return inside;
  let scope = root.parentElement;
  for (let i = 0; scope && i < NEAR_LEVELS; i++, scope = scope.parentElement) {
    let found: Element | null = null;
    for (const el of Array.from(scope.querySelectorAll(PLAIN_TAGS)).slice(0, MAX_PLAIN)) {
      if (follows(el, root) && !el.contains(root) && matches(el)) found = el;
    }
    if (found) return found;
  }
  return null;
}
