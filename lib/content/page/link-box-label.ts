import { type Block, sentenceCount, textOf } from './blocks';
import { boxBeyond, denseText, showsMoreThan } from './page-index';

/**
 * A label heading a box of links and nothing else: a table of contents (「目次」 over 「<ol><li><a>…</a></li></ol>」),
 * a broadcaster's 「この記事が出てくる番組」 over the programme's link. The links are gone already (a lone link line
 * points elsewhere), so the label heads nothing of the story; whatever it says, it goes. A subhead whose box holds
 * the story's next lines, or a label over text of its own, stays.
 */

/** A label is this short at most: 「目次」「この記事が出てくる番組」. */
const MAX_LABEL = 30;
/** The label's box is looked for this many levels up. */
const MAX_BOX_LEVELS = 4;

/** The sum of the visible link text under `box`. */
function linkChars(box: Element): number {
  let n = 0;
  for (const a of box.querySelectorAll('a'))
    if (!a.parentElement?.closest('a')) n += denseText(a.textContent ?? '').length;
  return n;
}

/** True when `b` is a short label whose box, beyond it, holds only links and no line of the story. */
function headsOnlyLinks(root: Element, b: Block, prev: Block | undefined, next: Block | undefined): boolean {
  // A label names, it never counts: 「最高気温 36.2度」 beside a link to the forecast is a figure, kept.
  const text = textOf(b);
  if (b.kind === 'caption' || b.linked || b.chars > MAX_LABEL || sentenceCount(text) || /\d/.test(text)) return false;
  const label = denseText(text).length;
  const box = boxBeyond(root, (b.nodes[0] as Text).parentElement, label, MAX_BOX_LEVELS);
  if (!box || !showsMoreThan(box, label)) return false;
  const holds = (line: Block | undefined) => !!line && box.contains(line.nodes[0] as Text);
  if (holds(prev) || holds(next)) return false;
  const links = linkChars(box);
  return links > 0 && label + links >= denseText(box.textContent ?? '').length;
}

/** The lines without labels heading only links (「目次」 over its entries). */
export function withoutLinkBoxLabels(blocks: readonly Block[], root: Element): Block[] {
  return blocks.filter((b, i) => !headsOnlyLinks(root, b, blocks[i - 1], blocks[i + 1]));
}
