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

/**
 * True for a trail printed as a line of the page that ends at the article itself: 「ホーム ＞ ギモン解決班 ＞
 * 路線バスの最終便、なぜ早くなったの？」 under a headline 「ギモン解決班　路線バスの最終便、なぜ早くなったの？」.
 * Its last step is at least half the headline (both dense), its others short section names; a comparison in
 * the story (「賛成＞反対」 under 「賛成が反対を上回る」) ends in no headline.
 */
export function isTrailToHeadline(dense: string, headline: string): boolean {
  const steps = dense.split(/[>＞›»]/);
  const last = steps.pop() ?? '';
  return (
    !!steps[0] &&
    !!last &&
    steps.every((s) => s.length < 16) &&
    last.length * 2 >= headline.length &&
    headline.includes(last)
  );
}
