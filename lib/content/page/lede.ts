import type { Stats } from './block-stats';
import { type Block, blocksUnderSteps, sentenceCount, textOf } from './blocks';
import { classWords, isBoilerplate } from './boilerplate';
import { follows } from './dom-order';
import type { Steps } from './steps';

/** The headline and the body are looked for together this many levels above the body. */
const LEDE_LEVELS = 3;

/** A subtitle under the headline is this long at least: a section label or kicker is shorter. */
const SUBTITLE_CHARS = 20;
/** A subtitle the page names so is this long at least (「減便続く中「人が集まる職場」へ勤務を組み直す」). */
const NAMED_SUBTITLE_CHARS = 10;
/** Class words of a subtitle or standfirst: <p class="sub-title">, <div class="article-dek">, <p class="lead">. */
const SUBTITLE_WORDS = / (?:sub ?(?:title|head|heading)|standfirst|lead|lede|dek) /;
/** A deck's clauses: a comma between them, no clock time or bar (「…寄港増を見据え、2029年の完成目指す」). */
const DECK = /^[^|:]*、[^|:]*$/;
/** The subtitle's class is looked for this many levels up from its text. */
const SUBTITLE_LEVELS = 2;

/**
 * True when the line sits in an element the page names a subtitle or standfirst (SUBTITLE_WORDS): a line
 * under the headline that ends no sentence, and is still the article's (「<p class="sub-title">減便続く中…</p>」).
 */
function namedSubtitle(b: Block): boolean {
  if (b.linked || b.chars < NAMED_SUBTITLE_CHARS) return false;
  let el = (b.nodes[0] as Text).parentElement;
  for (let i = 0; el && i < SUBTITLE_LEVELS; i++, el = el.parentElement) {
    if (SUBTITLE_WORDS.test(` ${classWords(el).join(' ')} `)) return true;
  }
  return false;
}

/**
 * What stands between the headline and the body the article is read from: a standfirst (リード,
 * 「大型連休の3日、市の春祭りが開かれた。…」), a subtitle in a heading of its own (a press release's
 * 「<h2>皮まで使い切る新製法。年間10トンの廃棄削減を目指します</h2>」, or a line its class names a subtitle:
 * 「<p class="sub-title">減便続く中…</p>」) and the lead photo's caption. A declared body
 * (itemprop=articleBody) or Readability's pick leaves them out; they are the article's. Only prose that
 * ends a sentence and is no link, and captions, are taken: date lines, bylines and share bars are not.
 */
export function* ledeSteps(
  headline: Element | null,
  root: Element,
  bodyStats: ReadonlyMap<Element, Stats> | null = null,
): Steps<Block[]> {
  if (!headline || root.contains(headline) || !follows(headline, root)) return [];
  let scope = root.parentElement;
  for (let i = 1; scope && !scope.contains(headline) && i < LEDE_LEVELS; i++) scope = scope.parentElement;
  if (!scope?.contains(headline)) return [];
  const between = (n: Node) => follows(headline, n) && follows(n, root) && !root.contains(n);
  const blocks = yield* blocksUnderSteps(scope, headline, bodyStats);
  return blocks.filter((b) => {
    if (!between(b.nodes[0] as Text)) return false;
    if (b.kind === 'caption') return true;
    if (b.kind === 'heading') return !b.linked && b.chars >= SUBTITLE_CHARS;
    // The line in the box right after the headline's, clauses of prose, is its deck however the page names it:
    // 「<div class="text-3xl">見出し</div><div class="mt-2 text-lg">大型船の寄港増を見据え、2029年の完成目指す</div>」;
    // a dateline there (「2025年11月14日 18:00 発信地：北浜市」「by 北浜新報 | カテゴリー 経済」) is none.
    const deck =
      b.chars >= SUBTITLE_CHARS && DECK.test(textOf(b)) && headline.nextElementSibling?.contains(b.nodes[0] as Text);
    return b.kind === 'paragraph' && !b.linked && (sentenceCount(textOf(b)) > 0 || deck || namedSubtitle(b));
  });
}

/**
 * The lines without those the root holds above its headline that end no sentence: a kicker, a section
 * label, the dateline, a breadcrumb (「島根　2024/08/22」「2024年3月15日号」「岩手のニュース」 over
 * 「<b>見出し</b>」). Captions and prose above it stay.
 */
export function belowHeadline(blocks: readonly Block[], headline: Element | null, root: Element): Block[] {
  if (!headline || !root.contains(headline)) return [...blocks];
  // The blocks are in page order: once one is not above the headline, no later one is, and asking again for each
  // of a long story's thousand paragraphs would walk the siblings after it each time.
  let above = true;
  return blocks.filter((b) => {
    above &&= follows(b.nodes[0] as Text, headline);
    if (b.kind === 'caption' || !above) return true;
    return sentenceCount(textOf(b)) > 0;
  });
}

/** Photo boxes right after the body are looked at this many at most. */
const TRAILING_BOXES = 2;

/**
 * The captions of photos the page sets right after the body, outside it: an old layout's
 * 「<div class="news_text">…</div><div class="news_photo"><img><p>【定期船＝鳥羽市で】</p></div>」. Only a box
 * holding an image and nothing but captions is taken, each next to the one before: a teaser card's title
 * is a link, and a box of other text ends the search.
 */
export function* trailingCaptionsSteps(
  root: Element,
  bodyStats: ReadonlyMap<Element, Stats> | null = null,
): Steps<Block[]> {
  const out: Block[] = [];
  let box = root.nextElementSibling;
  for (let i = 0; box && i < TRAILING_BOXES; i++, box = box.nextElementSibling) {
    // A box the page's furniture rules leave out (an author's profile with a photo) gives nothing.
    if (isBoilerplate(box) || (bodyStats && !bodyStats.has(box)) || !box.querySelector('img, picture')) break;
    const blocks = yield* blocksUnderSteps(box, null, bodyStats);
    if (!blocks.length || blocks.some((b) => b.kind !== 'caption' || b.linked)) break;
    out.push(...blocks);
  }
  return out;
}
