import { isBoilerplate, isCaption } from './boilerplate';
import { runSteps, STEP_MASK, type Steps } from './steps';
import { isSkippedElement, isSpace } from './text-map';

// Per-element counts that decide what of a root is read: furniture, link lists, unmarked captions.

/** Elements that start a new line; inline ones (a, span, strong, ruby) continue the current one. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'FIGURE',
  'TD',
  'TH',
  'TR',
  'TABLE',
  'CAPTION',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

// Containers that, full of links, are a list of other articles rather than this one's text.
const LIST_TAGS: ReadonlySet<string> = new Set(['UL', 'OL', 'DL', 'TABLE', 'DIV', 'SECTION', 'ARTICLE', 'P']);

/** Visible-character and link counts of one element's readable text. */
export interface Stats {
  /** An <a>: all its text is link text. */
  link: boolean;
  /** A caption: its text counts as prose even inside a link (朝日: <a><img><figcaption>…</figcaption></a>). */
  caption: boolean;
  captionChars: number;
  chars: number;
  linkChars: number;
  links: number;
}

/** Visible characters of `s` (white space not counted). */
export const denseLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s[i] as string)) n++;
  return n;
};

/** The one style question asked of the live page, answered by the window's getComputedStyle. */
type StyleOf = (el: Element) => { display: string };

/**
 * The page's getComputedStyle, when it has one: DOM libraries without layout (linkedom in the CLI) have
 * none, and keep everything. Not checkVisibility: it walks up every ancestor on each call, which on a page
 * nested 2,000 deep made the walk quadratic (36 ms for 4,000 elements against 4 ms).
 */
function styleOf(root: Element): StyleOf | null {
  const view = root.ownerDocument?.defaultView as { getComputedStyle?: StyleOf } | null | undefined;
  return typeof view?.getComputedStyle === 'function' ? (el) => (view.getComputedStyle as StyleOf)(el) : null;
}

/**
 * False for elements whose text the reader does not see or that is furniture. On the live page a block
 * hidden by the site's CSS (a collapsed menu, a mobile-only box) is left out too: its display is asked of
 * block elements only (inline ones follow their block), and never of anything inside an element already
 * left out, so the walk stays linear however deep the page nests.
 */
function isReadable(el: Element, style: StyleOf | null): boolean {
  if (isSkippedElement(el) || isBoilerplate(el)) return false;
  return !(style && BLOCK_TAGS.has(el.tagName.toUpperCase()) && style(el).display === 'none');
}

/**
 * Per-element text and link counts for the subtree of `root`, in one pass (children before parents).
 * Skipped and furniture elements are left out, and so never entered: an element missing from the map
 * is not read.
 */
export function* subtreeStatsSteps(root: Element): Steps<Map<Element, Stats>> {
  const stats = new Map<Element, Stats>();
  const order: Stats[] = [];
  const parents: Array<Stats | null> = [];
  const style = styleOf(root);
  const stack: Array<[Element, Stats | null]> = [[root, null]];
  let visited = 0;
  while (stack.length) {
    if ((++visited & STEP_MASK) === 0) yield;
    const [el, parent] = stack.pop() as [Element, Stats | null];
    const link = el.tagName.toUpperCase() === 'A';
    const own: Stats = { link, caption: isCaption(el), chars: 0, captionChars: 0, linkChars: 0, links: link ? 1 : 0 };
    stats.set(el, own);
    order.push(own);
    parents.push(parent);
    for (const c of Array.from(el.childNodes)) {
      if (c.nodeType === 3) own.chars += denseLength((c as Text).data);
      else if (c.nodeType === 1 && isReadable(c as Element, style)) {
        stack.push([c as Element, own]);
      }
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const s = order[i] as Stats;
    if (s.caption) s.captionChars = s.chars;
    if (s.link) s.linkChars = s.chars - s.captionChars;
    const p = parents[i];
    if (!p) continue;
    p.chars += s.chars;
    p.linkChars += s.linkChars;
    p.captionChars += s.captionChars;
    p.links += s.links;
  }
  return stats;
}

/** subtreeStats in one go. */
export function subtreeStats(root: Element): Map<Element, Stats> {
  return runSteps(subtreeStatsSteps(root));
}

/** An unmarked caption is short: at most this many characters. */
const MAX_CAPTION = 200;
const IMAGE_TAGS: ReadonlySet<string> = new Set(['IMG', 'PICTURE']);
const CAPTION_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'CITE', 'FONT']);

/**
 * True for a caption without a caption class: short text that is all the text of a box it shares with
 * a preceding image — Yahoo!ニュース writes <a><div><picture/></div><p>知事＝12日、県庁（撮影）</p></a>.
 */
export function isImageCaption(el: Element, stats: ReadonlyMap<Element, Stats>): boolean {
  const own = stats.get(el);
  const parent = el.parentElement;
  if (!own || !parent || own.chars > MAX_CAPTION) return false;
  if (el.tagName.toUpperCase() === 'TD') return underImageRow(parent, own, stats);
  if (!CAPTION_TAGS.has(el.tagName.toUpperCase()) || stats.get(parent)?.chars !== own.chars) return false;
  // A caption is a photo's line or two, never a list: 「催し物案内」 over 「<li>5/25 鉄道館 特別公開</li>」 under a
  // side column's banners is its box of entries.
  if (el.querySelector('li')) return false;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (IMAGE_TAGS.has(sib.tagName.toUpperCase()) || sib.querySelector('img, picture')) return true;
  }
  return false;
}

/**
 * True for a table layout's caption: the one cell of its row under a row holding an image and no text
 * (<tr><td><img></td></tr><tr><td><font size="2">幼鳥＝豊岡市（公園提供）</font></td></tr>).
 */
function underImageRow(row: Element, own: Stats, stats: ReadonlyMap<Element, Stats>): boolean {
  const above = row.previousElementSibling;
  if (row.tagName.toUpperCase() !== 'TR' || stats.get(row)?.chars !== own.chars || !own.chars) return false;
  if (above?.tagName.toUpperCase() !== 'TR' || !above.querySelector('img, picture')) return false;
  return (above.textContent ?? '').trim() === '';
}

/** A teaser's linked title is this long at least (a tool's 「続きを読む」 is shorter); its item this long at most. */
const MIN_TEASER_TITLE = 9;
const MAX_TEASER = 200;
const TEASER_ITEMS = 3;
const ITEM_LISTS: ReadonlySet<string> = new Set(['UL', 'OL']);

/**
 * True for a list of teasers: three or more items, each a linked title with its time or a line of its lead
 * (<li><span>10/24 17:55</span><a>新米の販売好調</a><br><small>県内産の新米の販売が…</small></li>), however
 * long the leads beside the links. A list in a story names things; it does not link each item to a story.
 */
function isTeaserList(el: Element, stats: ReadonlyMap<Element, Stats>): boolean {
  if (!ITEM_LISTS.has(el.tagName.toUpperCase())) return false;
  let items = 0;
  for (const li of Array.from(el.children)) {
    const s = stats.get(li);
    if (!s?.chars) continue;
    if (s.linkChars < MIN_TEASER_TITLE || s.chars > MAX_TEASER) return false;
    items++;
  }
  return items >= TEASER_ITEMS;
}

/**
 * True for a block of three or more links that are most of its text (「関連記事」「アクセスランキング」), or a list
 * of teasers (isTeaserList).
 */
export function isLinkList(el: Element, stats: ReadonlyMap<Element, Stats>): boolean {
  const s = stats.get(el);
  if (!s || s.links < 3 || !LIST_TAGS.has(el.tagName.toUpperCase())) return false;
  return s.linkChars >= 0.5 * s.chars || isTeaserList(el, stats);
}
