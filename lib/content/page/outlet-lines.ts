import { type Block, sentenceCount, textOf } from './blocks';
import { folded } from './fold';
import { denseText, showsMoreThan } from './page-index';
import { readProse } from './prose-reading';

// A line that is nothing but the name the page gives as its outlet or writer (JSON-LD author, publisher,
// og:site_name, meta author) is a byline, not the story's words: 「共同通信」 beside a wire story's time on a
// portal, 「東海テレビ」 heading the broadcaster's profile box under its story.

/** A profile box under the story holds this much text at most (its name, a sentence or two, a link). */
const MAX_PROFILE = 300;
/** A profile box is looked for this many levels up from its name. */
const MAX_PROFILE_LEVELS = 4;

const key = (s: string) => denseText(folded(s));

/** True when the line is one of `names` alone, outside a sentence (「共同通信」, 「東海テレビ」). */
function isNameLine(b: Block, names: ReadonlySet<string>): boolean {
  if (b.chars > MAX_PROFILE) return false;
  const text = textOf(b);
  return !sentenceCount(text) && names.has(key(text));
}

/**
 * The small box a name heads under the story (<section><p>東海テレビ</p><p>愛知・岐阜・三重の…テレビ局。</p>
 * <a>…の記事一覧へ</a></section>): the name's nearest ancestor holding the next line, provided it holds no
 * earlier line and little text. Null when the name stands loose among the story's lines.
 */
function profileBox(root: Element, name: Block, prev: Block, next: Block | undefined): Element | null {
  if (!next) return null;
  let box = (name.nodes[0] as Text).parentElement;
  for (let i = 0; box && box !== root && i < MAX_PROFILE_LEVELS; i++, box = box.parentElement) {
    if (box.contains(prev.nodes[0] as Text)) return null;
    if (!box.contains(next.nodes[0] as Text)) continue;
    return showsMoreThan(box, MAX_PROFILE) ? null : box;
  }
  return null;
}

/**
 * True when the box's lines tell news (someone reports, a day or a person's age is given): the story going
 * on under a name, not a profile, which says what the outlet is and does (「北浜県全域を放送エリアとする
 * テレビ局。…制作しています。」).
 */
function readsAsNews(lines: readonly Block[]): boolean {
  const r = readProse(lines);
  return r.reporting + r.newsTime + r.ages > 0;
}

/**
 * The lines without the outlet's or writer's name standing alone, and, once the story has begun, without the
 * profile box such a name heads: 「東海テレビ」 over 「愛知・岐阜・三重の東海3県を放送エリアとするテレビ局。」 tells
 * the reader who the outlet is, no news of the day. Before any prose the name goes alone (it sits beside
 * the headline's date, and its box may be the story's own header).
 */
export function withoutOutletLines(blocks: readonly Block[], root: Element, outlets: readonly string[]): Block[] {
  const names = new Set(outlets.map(key).filter((n) => n.length >= 2));
  if (!names.size) return [...blocks];
  const out: Block[] = [];
  let prose = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (!isNameLine(b, names)) {
      out.push(b);
      if (b.kind === 'paragraph' && sentenceCount(textOf(b))) prose = true;
      continue;
    }
    const prev = blocks[i - 1];
    const box = prose && prev ? profileBox(root, b, prev, blocks[i + 1]) : null;
    if (!box) continue;
    let j = i + 1;
    while (j < blocks.length && box.contains((blocks[j] as Block).nodes[0] as Text)) j++;
    if (!readsAsNews(blocks.slice(i + 1, j))) i = j - 1;
  }
  return out;
}
