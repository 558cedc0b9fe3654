/** The page's breadcrumb trail (「トップ > オピニオン > 寄稿」), read for the sections a page files itself under. */

/** At most this many items of the trail are read. */
const MAX_ITEMS = 20;
const BREADCRUMB = '[class*="breadcrumb"], [class*="topicpath"], [class*="pankuzu"], [class*="Breadcrumb"]';

/** The trimmed texts of the breadcrumb's items (<li>, <a>), or none when the page has no trail. */
export function breadcrumbItems(doc: Document): string[] {
  const trail = doc.querySelector(BREADCRUMB);
  if (!trail) return [];
  return Array.from(trail.querySelectorAll('li, a'))
    .slice(0, MAX_ITEMS)
    .map((el) => (el.textContent ?? '').trim());
}
