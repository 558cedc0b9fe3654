import { BLOCK_TAGS, denseLength, isImageCaption, isLinkList, type Stats, subtreeStatsSteps } from './block-stats';
import { isCaption } from './boilerplate';
import { runSteps, STEP_MASK, type Steps } from './steps';

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

const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Some letter or digit: a line's words, not a lone 「/」 or bullet. */
export const WORD = /[\p{L}\p{N}]/u;

/**
 * The lines of the article under `root`, read from the live page: block elements and <br> break
 * lines, furniture (navigation, ranking and related lists, share bars) is left out, and `skip`
 * (the headline, emitted separately) too. 「<p>約<b>4千</b>人が<br>次の行</p>」 → 「約4千人が」「次の行」.
 * `within`: the stats of an enclosing subtree (the body's), read instead of counting `root`'s again when
 * they hold it — an element's counts are its own subtree's, whatever root they were counted from.
 */
export function* blocksUnderSteps(
  root: Element,
  skip: Element | null = null,
  within: ReadonlyMap<Element, Stats> | null = null,
): Steps<Block[]> {
  const stats = within?.has(root) ? within : yield* subtreeStatsSteps(root);
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
  let visited = 0;
  while (stack.length) {
    if ((++visited & STEP_MASK) === 0) yield;
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
      // A bullet before a link (「・<a>館山湾で救難訓練</a>」) leaves the line a link.
      if (!linkDepth && WORD.test(t.data)) current.linked = false;
      current.nodes.push(t);
      current.chars += n;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (el !== root) {
      if (el === skip || !stats.has(el) || isLinkList(el, stats)) continue;
    }
    if (tag === 'BR' || tag === 'HR') {
      end();
      continue;
    }
    // The root is never an image's caption (its parent lies outside the counts it is read with).
    const caption = isCaption(el) || (el !== root && isImageCaption(el, stats));
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

/** blocksUnder in one go. */
export function blocksUnder(root: Element, skip: Element | null = null): Block[] {
  return runSteps(blocksUnderSteps(root, skip));
}

/**
 * The grid under header cells a line lies in: a table of its own beside the story, its cells no sentences
 * of the report (「<th>指標</th><th>終値</th>」 over the day's closing prices, a spec sheet's 「<th>重さ</th>
 * <td>約380g</td>」, an election's votes), never analysed unless it is the story's own figure (story-table.ts). Read
 * for the verdict (a course's fee table sells).
 * A layout table heads nothing: a <th> of a table inside it is that table's. Null for a line in no such grid.
 */
export function headedGridOf(b: Block): Element | null {
  const table = (b.nodes[0] as Text).parentElement?.closest('table');
  return table?.querySelectorAll(':scope>*>tr>th,:scope>tr>th')[1] ? table : null;
}

/** The words of a line, as its text nodes hold them. */
export const textOf = (b: Block): string => b.nodes.map((t) => t.data).join('');

const SENTENCE_END = /[。！？!?]/g;

/** Sentence endings in a block's text: 「増えた。減った。」 → 2. */
export function sentenceCount(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}
