import { isBoilerplate, isCaption } from './boilerplate';
import { isSkippedElement, isSpace } from './text-map';

/** What a line of the article is: the headline, a subheading, body prose, or a photo caption. */
export type BlockKind = 'headline' | 'heading' | 'paragraph' | 'caption';

/** One line of the article: the live text nodes it is made of, in order. */
export interface Block {
  kind: BlockKind;
  nodes: Text[];
  /** Visible characters (white space not counted). */
  chars: number;
  /** True when all of its text is link text: a teaser headline on a portal, a result on a search page. */
  linked: boolean;
}

// Elements that start a new line; inline ones (a, span, strong, ruby) continue the current one.
const BLOCK_TAGS: ReadonlySet<string> = new Set([
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
const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Containers that, full of links, are a list of other articles rather than this one's text.
const LIST_TAGS: ReadonlySet<string> = new Set(['UL', 'OL', 'DL', 'TABLE', 'DIV', 'SECTION', 'ARTICLE', 'P']);

/** Visible-character and link counts of one element's readable text. */
interface Stats {
  /** An <a>: all its text is link text. */
  link: boolean;
  /** A caption: its text counts as prose even inside a link (朝日: <a><img><figcaption>…</figcaption></a>). */
  caption: boolean;
  captionChars: number;
  chars: number;
  linkChars: number;
  links: number;
}

const denseLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s[i] as string)) n++;
  return n;
};

/**
 * False for elements whose text the reader does not see or that is furniture. On the live page a
 * block hidden by the site's CSS (a collapsed menu, a mobile-only box) is left out too: checkVisibility
 * is asked of block elements only, as style is computed once and inline elements follow their block.
 * (DOM libraries without layout, like linkedom in the CLI, lack checkVisibility and keep everything.)
 */
function isReadable(el: Element): boolean {
  if (isSkippedElement(el) || isBoilerplate(el)) return false;
  const check = (el as { checkVisibility?: () => boolean }).checkVisibility;
  return !(typeof check === 'function' && BLOCK_TAGS.has(el.tagName.toUpperCase()) && !check.call(el));
}

/**
 * Per-element text and link counts for the subtree of `root`, in one pass (children before parents).
 * Skipped and furniture elements are left out, and so never entered: an element missing from the map
 * is not read.
 */
function subtreeStats(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const order: Stats[] = [];
  const parents: Array<Stats | null> = [];
  const stack: Array<[Element, Stats | null]> = [[root, null]];
  while (stack.length) {
    const [el, parent] = stack.pop() as [Element, Stats | null];
    const link = el.tagName.toUpperCase() === 'A';
    const own: Stats = { link, caption: isCaption(el), chars: 0, captionChars: 0, linkChars: 0, links: link ? 1 : 0 };
    stats.set(el, own);
    order.push(own);
    parents.push(parent);
    for (const c of Array.from(el.childNodes)) {
      if (c.nodeType === 3) own.chars += denseLength((c as Text).data);
      else if (c.nodeType === 1 && isReadable(c as Element)) {
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

/** An unmarked caption is short: at most this many characters. */
const MAX_CAPTION = 200;
const IMAGE_TAGS: ReadonlySet<string> = new Set(['IMG', 'PICTURE']);
const CAPTION_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'CITE']);

/**
 * True for a caption without a caption class: short text that is all the text of a box it shares with
 * a preceding image — Yahoo!ニュース writes <a><div><picture/></div><p>知事＝12日、県庁（撮影）</p></a>.
 */
function isImageCaption(el: Element, stats: Map<Element, Stats>): boolean {
  const own = stats.get(el);
  const parent = el.parentElement;
  if (!own || !parent || own.chars > MAX_CAPTION || !CAPTION_TAGS.has(el.tagName.toUpperCase())) return false;
  if (stats.get(parent)?.chars !== own.chars) return false;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (IMAGE_TAGS.has(sib.tagName.toUpperCase()) || sib.querySelector('img, picture')) return true;
  }
  return false;
}

/** True for a block of three or more links that are most of its text: 「関連記事」「アクセスランキング」. */
function isLinkList(el: Element, s: Stats | undefined): boolean {
  if (!s || s.links < 3 || !LIST_TAGS.has(el.tagName.toUpperCase())) return false;
  return s.linkChars >= 0.5 * s.chars;
}

/**
 * The lines of the article under `root`, read from the live page: block elements and <br> break
 * lines, furniture (navigation, ranking and related lists, share bars) is left out, and `skip`
 * (the headline, emitted separately) too. 「<p>約<b>4千</b>人が<br>次の行</p>」 → 「約4千人が」「次の行」.
 */
export function blocksUnder(root: Element, skip: Element | null = null): Block[] {
  const stats = subtreeStats(root);
  const out: Block[] = [];
  let current: Block | null = null;
  let captionDepth = 0;
  let headingDepth = 0;
  let linkDepth = 0;
  const end = () => {
    if (current?.chars) out.push(current);
    current = null;
  };
  // An explicit stack of enter/exit steps: deep pages must not blow the call stack.
  const stack: Array<Node | { exit: Element; block: boolean; caption: boolean; heading: boolean; link: boolean }> = [
    root,
  ];
  while (stack.length) {
    const item = stack.pop() as (typeof stack)[number];
    if ('exit' in item) {
      if (item.block) end();
      if (item.caption) captionDepth--;
      if (item.heading) headingDepth--;
      if (item.link) linkDepth--;
      continue;
    }
    if (item.nodeType === 3) {
      const t = item as Text;
      const n = denseLength(t.data);
      if (!n) {
        if (current) current.nodes.push(t);
        continue;
      }
      if (!current) {
        const kind: BlockKind = captionDepth ? 'caption' : headingDepth ? 'heading' : 'paragraph';
        current = { kind, nodes: [], chars: 0, linked: true };
      }
      if (!linkDepth) current.linked = false;
      current.nodes.push(t);
      current.chars += n;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (el !== root) {
      if (el === skip || !stats.has(el) || isLinkList(el, stats.get(el))) continue;
    }
    if (tag === 'BR' || tag === 'HR') {
      end();
      continue;
    }
    const caption = isCaption(el) || isImageCaption(el, stats);
    const heading = HEADINGS.has(tag);
    const block = caption || BLOCK_TAGS.has(tag);
    if (block) end();
    const link = tag === 'A';
    if (caption) captionDepth++;
    if (heading) headingDepth++;
    if (link) linkDepth++;
    stack.push({ exit: el, block, caption, heading, link });
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  end();
  return out;
}

const SENTENCE_END = /[。！？!?]/g;

/** Sentence endings in a block's text: 「増えた。減った。」 → 2. */
export function sentenceCount(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}

/** The text of a block, white space runs folded (for scoring; the TextMap is built separately). */
export function blockText(b: Block): string {
  return b.nodes
    .map((n) => n.data)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
