import { BLOCK_TAGS, type Stats } from './block-stats';
import { type Block, blocksUnderSteps, sentenceCount, textOf } from './blocks';
import { readabilityAffordable } from './budget';
import { follows } from './dom-order';
import { articleBodyPieces, locateRoot } from './locate';
import type { PageMetadata } from './metadata';
import type { PageIndex } from './page-index';
import { readabilityParagraphs } from './readability';
import { HEAVY, type Steps } from './steps';

/** At most this many <article> elements are tried as roots (a portal lists dozens of teaser cards). */
const MAX_ARTICLE_CANDIDATES = 30;
/** A candidate root with this share of the best prose counts as equally good; the tighter one wins. */
const PROSE_TOLERANCE = 0.97;
/**
 * A root the page declares (itemprop=articleBody, its JSON-LD articleBody) wins with this much prose, or
 * this share of the best: enough to be the article, not a teaser.
 */
const DECLARED_CHARS = 200;
const DECLARED_SHARE = 0.5;

/** Characters and sentences of prose in `blocks`: paragraphs that end a sentence (not headings, captions, link labels). */
export function proseOf(blocks: readonly Block[]): { chars: number; sentences: number } {
  let chars = 0;
  let sentences = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const n = sentenceCount(textOf(b));
    if (!n) continue;
    chars += b.chars;
    sentences += n;
  }
  return { chars, sentences };
}

/**
 * The deepest element holding all of `els` (null for none): some sites mark every paragraph
 * itemprop=articleBody, and the body is then the element around them, not the first paragraph.
 */
function commonAncestor(els: readonly Element[]): Element | null {
  let box = els[0] ?? null;
  for (const el of els) while (box && !box.contains(el)) box = box.parentElement;
  return box;
}

/**
 * The element whose own paragraphs hold the most prose, for div-only pages where Readability picks a
 * wrong block and no <article> or <main> says where the body is. Each prose line credits the parent of
 * its block element fully and the grandparent by half (paragraphs split by a subheading box still count).
 */
function* densestRoot(body: Element, bodyStats: BodyStats): Steps<Element | null> {
  const credit = new Map<Element, number>();
  for (const b of yield* blocksUnderSteps(body, null, bodyStats)) {
    if (b.kind !== 'paragraph' || !sentenceCount(textOf(b))) continue;
    let block = (b.nodes[0] as Text).parentElement;
    while (block && block !== body && !BLOCK_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
    const parent = block && block !== body ? block.parentElement : null;
    if (!parent) continue;
    credit.set(parent, (credit.get(parent) ?? 0) + b.chars);
    const grand = parent === body ? null : parent.parentElement;
    if (grand) credit.set(grand, (credit.get(grand) ?? 0) + b.chars / 2);
  }
  let best: Element | null = null;
  let bestCredit = 0;
  for (const [el, c] of credit) {
    if (c > bestCredit) {
      best = el;
      bestCredit = c;
    }
  }
  return best;
}

interface Candidate {
  root: Element;
  /** The page itself says this element holds the article body. */
  declared: boolean;
}

/** Options of the root search. */
export interface RootOptions {
  /** Test seam: the main-text extractor (Readability on a clone by default), replaceable so tests can time the rest. */
  readability?: (doc: Document) => string[];
}

/** The body's per-element counts (subtreeStatsSteps), counted once and read for every root under it. */
type BodyStats = ReadonlyMap<Element, Stats> | null;

/** At most this many itemprop=articleBody elements are gathered (every paragraph may carry one). */
const MAX_MARKED = 500;

/**
 * Candidate roots, a step at a time: Readability's pick (only on a page within its budget, see
 * lib/content/page/budget.ts), then the page's own markers and the densest prose.
 */
function* candidates(
  doc: Document,
  body: Element,
  index: PageIndex,
  meta: PageMetadata,
  opts: RootOptions,
  bodyStats: BodyStats,
): Steps<Candidate[]> {
  const out: Candidate[] = [];
  const add = (root: Element | null, declared: boolean) => {
    if (root && body.contains(root)) out.push({ root, declared });
  };
  if (readabilityAffordable(doc)) {
    yield HEAVY;
    add(locateRoot(index, (opts.readability ?? readabilityParagraphs)(doc)), false);
    yield;
  }
  if (meta.articleBody) add(locateRoot(index, articleBodyPieces(meta.articleBody)), true);
  add(commonAncestor(Array.from(doc.querySelectorAll('[itemprop="articleBody"]')).slice(0, MAX_MARKED)), true);
  for (const el of Array.from(doc.querySelectorAll('main, [role="main"]'))) add(el, false);
  for (const el of Array.from(doc.querySelectorAll('article')).slice(0, MAX_ARTICLE_CANDIDATES)) add(el, false);
  yield;
  add(yield* densestRoot(body, bodyStats), false);
  return out.length ? out : [{ root: body, declared: false }];
}

/** How a candidate root reads: its prose, its junk (lines neither prose, headings nor captions) and all its text. */
interface Scored {
  root: Element;
  declared: boolean;
  prose: number;
  junk: number;
  total: number;
  /** Its lines, kept to tell where a wider root's extra prose lies (trailingBox). */
  blocks: readonly Block[];
}

/** Scores one candidate root (see Scored). */
function* score(root: Element, declared: boolean, bodyStats: BodyStats): Steps<Scored> {
  const blocks = yield* blocksUnderSteps(root, null, bodyStats);
  const total = blocks.reduce((n, b) => n + b.chars, 0);
  const prose = proseOf(blocks).chars;
  const other = blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? b.chars : 0), 0);
  return { root, declared, prose, junk: other - prose, total, blocks };
}

/**
 * A tighter root holding the headline has at least this share of a wider root's prose when the wider one
 * only adds a box after the story (see tighterBeforeBox).
 */
const STORY_SHARE = 0.75;

/**
 * A candidate inside `wide` that holds the page's headline, no more junk, and all but a box of its prose,
 * that box coming after it: <main><article><h1>…</h1>…entries…</article><section><h2>身を守るために</h2>
 * <p>…避難してください。</p><ul>links</ul></section></main> — the section is the site's, under every story.
 * Prose before the tighter root (a lede or standfirst over an <article> of body text) keeps the wide root.
 */
function tighterBeforeBox(wide: Scored, pool: readonly Scored[]): Scored | null {
  for (const s of pool) {
    if (s.root === wide.root || !wide.root.contains(s.root) || s.junk > wide.junk) continue;
    if (s.prose < STORY_SHARE * wide.prose || !s.root.querySelector('h1')) continue;
    const inner = new Set(s.blocks.map((b) => b.nodes[0]));
    const outside = wide.blocks.filter((b) => !inner.has(b.nodes[0]) && proseOf([b]).chars > 0);
    if (outside.every((b) => follows(s.root, b.nodes[0] as Text) && !s.root.contains(b.nodes[0] as Text))) return s;
  }
  return null;
}

/**
 * The element the article is read from, found a step at a time (the content script yields to the page
 * between steps). Candidates: Readability's pick (run on a clone, then found on the live page), the element
 * holding the JSON-LD articleBody, itemprop=articleBody, <main>, <article>, the densest prose.
 * A declared body with substantial prose wins; otherwise the most prose, and among roots about as good
 * the one with the least junk (then the widest), so <article> beats a <main> with date and tag lines,
 * a figure caption beside the body is kept, and a ranking box never wins (Readability alone picks the
 * ranking list on some Yahoo!ニュース pages). A tighter root holding the headline then wins over a wider one
 * that only adds a box after the story (tighterBeforeBox).
 */
export function* findArticleRoot(
  doc: Document,
  body: Element,
  index: PageIndex,
  meta: PageMetadata,
  opts: RootOptions = {},
  bodyStats: BodyStats = null,
): Steps<Element> {
  const seen = new Map<Element, boolean>();
  for (const c of yield* candidates(doc, body, index, meta, opts, bodyStats)) {
    seen.set(c.root, (seen.get(c.root) ?? false) || c.declared);
  }
  const scored: Scored[] = [];
  for (const [root, declared] of seen) {
    yield;
    scored.push(yield* score(root, declared, bodyStats));
  }
  const best = Math.max(...scored.map((s) => s.prose));
  const declared = scored.filter(
    (s) => s.declared && s.prose > 0 && s.prose >= Math.min(DECLARED_CHARS, DECLARED_SHARE * best),
  );
  const pool = declared.length ? declared : scored;
  const top = Math.max(...pool.map((s) => s.prose));
  const good = pool.filter((s) => s.prose >= PROSE_TOLERANCE * top);
  // Least junk first; among equals the widest, which keeps the captions and lede around the body.
  good.sort((a, b) => a.junk - b.junk || b.total - a.total);
  const chosen = good[0] as (typeof good)[number];
  return (tighterBeforeBox(chosen, pool) ?? chosen).root;
}
