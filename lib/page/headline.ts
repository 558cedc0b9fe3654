import { isBoilerplate } from './boilerplate';
import { denseText } from './page-index';

/** Headline elements shorter than this are site logos or section names, not headlines. */
const MIN_HEADLINE = 4;

function matchesTitle(text: string, titles: readonly string[]): boolean {
  if (text.length < MIN_HEADLINE) return false;
  // og:title and <title> often carry the site: 「群馬県知事…44位（産経新聞）」, 「… | Global Watch」.
  return titles.some((t) => t === text || (t.includes(text) && text.length >= 0.5 * t.length));
}

function insideFurniture(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (isBoilerplate(e)) return true;
  return false;
}

/**
 * The element holding the article's headline: an <h1> (or itemprop=headline) whose text matches the
 * title the page declares, else the <h1> inside the article root or its enclosing <article>.
 * Site logos (<h1>Yahoo!ニュース</h1>) match no title and stand outside the article.
 */
export function findHeadline(doc: Document, titles: readonly string[], root: Element | null): Element | null {
  const dense = titles.map(denseText).filter(Boolean);
  const candidates = Array.from(doc.querySelectorAll('h1, [itemprop="headline"]')).filter(
    (el) => !insideFurniture(el) && !(root && el.contains(root)),
  );
  const matching = candidates.find((el) => matchesTitle(denseText(el.textContent ?? ''), dense));
  if (matching) return matching;
  if (!root) return null;
  const article = root.closest('article') ?? root;
  return (
    candidates.find((el) => article.contains(el) && denseText(el.textContent ?? '').length >= MIN_HEADLINE) ?? null
  );
}
