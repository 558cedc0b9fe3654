import type { Stats } from './block-stats';
import { type Block, blocksUnderSteps, sentenceCount, textOf } from './blocks';
import { follows } from './dom-order';
import type { Steps } from './steps';

/** The headline and the body are looked for together this many levels above the body. */
const LEDE_LEVELS = 3;

/** A subtitle under the headline is this long at least: a section label or kicker is shorter. */
const SUBTITLE_CHARS = 20;

/**
 * What stands between the headline and the body the article is read from: a standfirst (リード,
 * 「大型連休の3日、市の春祭りが開かれた。…」), a subtitle in a heading of its own (a press release's
 * 「<h2>皮まで使い切る新製法。年間10トンの廃棄削減を目指します</h2>」) and the lead photo's caption. A declared body
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
    return b.kind === 'paragraph' && !b.linked && sentenceCount(textOf(b)) > 0;
  });
}

/**
 * The lines without those the root holds above its headline that end no sentence: a kicker, a section
 * label, the dateline, a breadcrumb (「島根　2024/08/22」「2024年3月15日号」「岩手のニュース」 over
 * 「<b>見出し</b>」). Captions and prose above it stay.
 */
export function belowHeadline(blocks: readonly Block[], headline: Element | null, root: Element): Block[] {
  if (!headline || !root.contains(headline)) return [...blocks];
  return blocks.filter((b) => {
    if (b.kind === 'caption' || !follows(b.nodes[0] as Text, headline)) return true;
    return sentenceCount(textOf(b)) > 0;
  });
}
