import { classWords } from './boilerplate';
import { follows } from './dom-order';
import { insideFurniture, MAX_PLAIN, NEAR_LEVELS } from './headline';
import { denseText } from './page-index';
import { shownText } from './text-map';

/** Tags an old site writes its headline in when it has no heading to match: <h2>, <b>, <font size="4">, <big>. */
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'B', 'STRONG', 'BIG']);
const CANDIDATES = 'h1, h2, h3, h4, b, strong, big, font, [class], [style]';
/** Class words of a headline box: <td class="news_title">, <div class="midashi">, <p class="ttl">. */
const HEADLINE_CLASS_WORDS: ReadonlySet<string> = new Set(['title', 'ttl', 'midashi', 'headline', 'heading']);
/** An inline style that sets text bold or large: font-weight:bold, font-size:18px, font-size:1.4em. */
const EMPHASIS_STYLE =
  /font-weight\s*:\s*(?:bold|[6-9]00)|font-size\s*:\s*(?:large|x-large|xx-large|(?:1[6-9]|[2-9]\d)px|1\.[2-9]\d*em|[2-9](?:\.\d+)?em)/i;
const TABLE_ROWS = /^(?:TBODY|TR)$/i;
/** Such a headline is this long at least (a menu's <b>メニュー</b> is not one) and at most, with no full stop. */
export const MIN_EMPHASISED = 8;
const MAX_HEADLINE = 80;
const SENTENCE_STOP = /[。．]/;

/** True for a heading tag, bold, a font set larger than the text's (size 4 and up, +1 and up), a headline class or style. */
function isEmphasised(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (EMPHASIS_TAGS.has(tag)) return true;
  const size = tag === 'FONT' ? (el.getAttribute('size')?.trim() ?? '') : '';
  if (/^\+[1-7]$/.test(size) || Number(size) >= 4) return true;
  if (EMPHASIS_STYLE.test(el.getAttribute('style') ?? '')) return true;
  return classWords(el).some((w) => HEADLINE_CLASS_WORDS.has(w));
}

/** An emphasised line that could head a story: short, no sentence, no link, not furniture. */
function isHeadingLike(el: Element): boolean {
  const text = denseText(shownText(el));
  return (
    text.length >= MIN_EMPHASISED &&
    text.length <= MAX_HEADLINE &&
    !SENTENCE_STOP.test(text) &&
    isEmphasised(el) &&
    !el.closest('a') &&
    !el.querySelector('a') &&
    !insideFurniture(el)
  );
}

/**
 * For a page that declares no title to match (its <title> is the site's name): the emphasised line heading
 * the prose — the first one at the top of the root, above any sentence of it
 * (「<font size="4"><b>商店街に「まちの保健室」開設</b></font><br>　日野市の…」), else the last one just before the
 * root within its nearest ancestors (「<h2>【コラム】雨の日の古本屋</h2><font>本文</font>」). Null when none.
 */
export function emphasisedHeading(root: Element): Element | null {
  const all = root.textContent ?? '';
  for (const el of Array.from(root.querySelectorAll(CANDIDATES)).slice(0, MAX_PLAIN)) {
    if (!isHeadingLike(el)) continue;
    const at = all.indexOf(el.textContent ?? '');
    // Below the first sentence it is a subheading, or a box's title, not the headline.
    if (at > 0 && SENTENCE_STOP.test(all.slice(0, at))) break;
    return el;
  }
  let scope = root.parentElement;
  // A layout table's rows are one box with it (a browser's <tbody> too): an old site's headline sits in a table
  // of its own over the text's, in the cell holding both (「<td><table><tr><td><font size="4"><b>見出し</b>
  // </font></td></tr></table><table><tr><td><font class="honbun">本文</font>」), three boxes up; the sidebar's
  // cell beside it is a row further.
  for (let i = 0; scope && i < NEAR_LEVELS; i += +!TABLE_ROWS.test(scope.tagName), scope = scope.parentElement) {
    let found: Element | null = null;
    for (const el of Array.from(scope.querySelectorAll(CANDIDATES)).slice(0, MAX_PLAIN)) {
      if (follows(el, root) && !el.contains(root) && isHeadingLike(el)) found = el;
    }
    if (found) return found;
  }
  return null;
}

/**
 * The headline of a page declaring nothing: the one found by its title (findHeadline), unless that is a
 * label too short for a headline — 「<b>ニュース</b>」 matching half of 「房総新報　ニュース」 — or none was
 * found; then the emphasised line heading the prose, if there is one.
 */
export function undeclaredHeadline(found: Element | null, root: Element): Element | null {
  if (found && denseText(shownText(found)).length >= MIN_EMPHASISED) return found;
  return emphasisedHeading(root) ?? found;
}
