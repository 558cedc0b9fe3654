import { type Block, sentenceCount } from './blocks';
import {
  AD_LABELS,
  PROMO_PHRASES,
  REPORT_MARKERS,
  SECTION_HEADINGS,
  SECTION_SUFFIXES,
  STANDING_NOTICES,
} from './page-lexicon';

// Lines of an article root that are not the article, told by what they say: subscription promos and the
// sections that follow a story (related stories, the writer's profile) under sites' generated class names.

const textOf = (b: Block) => b.nodes.map((t) => t.data).join('');

/** A promo this short needs only one promo phrase: 「会員限定記事」「続きを読む」. */
const SHORT_PROMO = 30;

/**
 * True for a subscription promo: two promo phrases (「この記事は有料会員記事です。残り1826文字」,
 * 「今なら初月無料、月額980円」), or one in a short line, and no sign of reporting — 「月額980円のプランを
 * 始めたという」 is news about a price.
 */
export function isPromoLine(text: string): boolean {
  let n = 0;
  for (const p of PROMO_PHRASES) if (p.test(text)) n++;
  if (!n || REPORT_MARKERS.test(text)) return false;
  return n >= 2 || text.replace(/\s+/g, '').length <= SHORT_PROMO;
}

/** A standing notice is a line of this many sentences at most. */
const NOTICE_SENTENCES = 2;

/**
 * True for what a page tells its readers under every story (STANDING_NOTICES): 「中京テレビでは、事件・事故や
 * 災害などの情報、写真・動画を募集しています。」, 「…お出かけの際は最新の情報をご確認ください。」 — a line of
 * its own, reporting nothing (「県は最新の情報を確認するよう呼びかけている」 is news).
 */
export function isStandingNotice(text: string): boolean {
  if (!STANDING_NOTICES.some((p) => p.test(text)) || REPORT_MARKERS.test(text)) return false;
  return sentenceCount(text) <= NOTICE_SENTENCES;
}

/** A section label is short: 「関連ニュース」「この記事を書いた人」「『家計のミカタ』の記事一覧」. */
const MAX_LABEL = 30;
// Decorations around a label: 「■関連記事」「【関連ニュース】」「▼ あわせて読みたい」「お客様の声（128件）」.
const DECORATION = /[\s\u3000■□●○◆◇▼▽▶►【】［］[\]「」『』《》〈〉:：|｜-]/g;
const COUNT = /[（(]\d+件?[)）]$/;

/** True when the line heads a section that is not the article (SECTION_HEADINGS, SECTION_SUFFIXES). */
export function isSectionLabel(b: Block): boolean {
  if (b.chars > MAX_LABEL || b.kind === 'caption') return false;
  const text = textOf(b);
  if (b.kind === 'paragraph' && sentenceCount(text)) return false;
  const label = text.replace(DECORATION, '').replace(COUNT, '');
  return SECTION_HEADINGS.has(label) || SECTION_SUFFIXES.some((s) => label.endsWith(s));
}

/** True for an ad slot's label alone on its line (「広告」「【PR】」): only the label goes, never what follows. */
function isAdLabel(b: Block): boolean {
  return b.chars <= MAX_LABEL && AD_LABELS.has(textOf(b).replace(DECORATION, ''));
}

/** A label's box is looked for this many levels up: further, the label stands loose in the article. */
const MAX_BOX_LEVELS = 8;

/**
 * The element holding a label and what it heads: the label's nearest ancestor that also holds the next line
 * (<div><div>関連ニュース</div><ul>…</ul></div>). Null when that is the root itself or also holds the lines
 * before the label: the label then stands loose among the article's lines.
 */
function sectionBox(root: Element, label: Block, prev: Block | undefined, next: Block): Element | null {
  let box = (label.nodes[0] as Text).parentElement;
  for (let i = 0; box && box !== root && i < MAX_BOX_LEVELS; i++, box = box.parentElement) {
    if (box.contains(next.nodes[0] as Text)) {
      return prev && box.contains(prev.nodes[0] as Text) ? null : box;
    }
  }
  return null;
}

/**
 * True when the label sits in a box of its own whose other lines are already gone, neither the line before
 * nor the one after inside it: an inline 【関連記事】 box between two paragraphs, its links dropped as link
 * lines (<div><p>【関連記事】</p><ul><li><a>…</a></li></ul></div><p>流れが変わったのは後半だ。</p>).
 * Only the label goes then; the story goes on after the box.
 */
function emptiedBox(root: Element, label: Block, prev: Block | undefined, next: Block): boolean {
  const own = (label.nodes[0] as Text).parentElement;
  const labelText = textOf(label).replace(/\s+/g, '');
  let box = own;
  for (let i = 0; box && box !== root && i < MAX_BOX_LEVELS; i++, box = box.parentElement) {
    if ((box.textContent ?? '').replace(/\s+/g, '').length > labelText.length) break;
  }
  if (!box || box === root) return false;
  return !box.contains(next.nodes[0] as Text) && !(prev && box.contains(prev.nodes[0] as Text));
}

/**
 * The lines without the sections that follow a story: a label from SECTION_HEADINGS and the lines of its
 * box, or, for a loose label, the lines up to the next heading.
 */
export function withoutSections(blocks: readonly Block[], root: Element): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (!isSectionLabel(b)) {
      out.push(b);
      continue;
    }
    const next = blocks[i + 1];
    if (!next) break;
    if (isAdLabel(b)) continue;
    const box = sectionBox(root, b, blocks[i - 1], next);
    let j = i + 1;
    if (!box && emptiedBox(root, b, blocks[i - 1], next)) continue;
    if (box) while (j < blocks.length && box.contains((blocks[j] as Block).nodes[0] as Text)) j++;
    else while (j < blocks.length && (blocks[j] as Block).kind !== 'heading') j++;
    i = j - 1;
  }
  return out;
}

/** The lines that are the article's: no promo line, no standing notice, no section that follows the story. */
export function articleLines(blocks: readonly Block[], root: Element): Block[] {
  return withoutSections(
    blocks.filter((b) => !isPromoLine(textOf(b)) && !isStandingNotice(textOf(b))),
    root,
  );
}
