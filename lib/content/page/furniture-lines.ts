import { type Block, sentenceCount, textOf } from './blocks';
import { folded } from './fold';
import {
  AD_LABELS,
  CREDIT_ROLES,
  DESK_NAME_ENDS,
  GALLERY_LABELS,
  JOINED_CREDIT_ROLES,
  NEWS_AGENCIES,
  OUTLET_NAME_ENDS,
  PAYWALL_CUT,
  PRICE_LABEL_PREFIXES,
  PRICE_LABELS,
  PROMO_PHRASES,
  RELAYING_AGENCIES,
  REPORT_MARKERS,
  SECTION_HEADINGS,
  SECTION_SUFFIXES,
  STANDING_NOTICES,
  TOOL_BUTTON,
} from './furniture-lexicon';
import { withoutLinkBoxLabels } from './link-box-label';
import { boxBeyond, denseText, showsMoreThan } from './page-index';

// Lines of an article root that are not the article, told by what they say: subscription promos and the
// sections that follow a story (related stories, the writer's profile) under sites' generated class names.

const either = (words: readonly string[]) => words.join('|');

// 「価格：」「料金　：」「参加費:」 heading a key:value line.
const PRICE_SPEC = new RegExp(
  `^[\\s\\u3000]*(?:${either(PRICE_LABEL_PREFIXES)})?(?:${either(PRICE_LABELS)})[\\s\\u3000]*[：:]`,
);

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
  // A release's spec line gives its product's price (「価格　：月額3,480円（税込）」): one phrase is no promo there.
  if (n < 2 && PRICE_SPEC.test(text)) return false;
  return n >= 2 || denseText(text).length <= SHORT_PROMO;
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
// Decorations around a label: 「■関連記事」「【関連ニュース】」「▼ あわせて読みたい」「お客様の声（128件）」「この記事の画像（4枚）」.
const DECORATION = /[\s\u3000■□●○◆◇▼▽▶►【】［］[\]「」『』《》〈〉:：|｜-]/g;
const COUNT = /[（(]全?\d+[件枚点]?[)）]$/;
// A gallery's label as a link to open it: 「この記事の写真を見る（全12枚）」「画像一覧はこちら」.
const OPEN_WORDS = /(?:を見る|をみる|はこちら)$/;

/** True when the line heads a section that is not the article (SECTION_HEADINGS, SECTION_SUFFIXES). */
export function isSectionLabel(b: Block): boolean {
  if (b.chars > MAX_LABEL || b.kind === 'caption') return false;
  const text = textOf(b);
  if (b.kind === 'paragraph' && sentenceCount(text)) return false;
  const label = text.replace(DECORATION, '').replace(COUNT, '');
  if (GALLERY_LABELS.has(label.replace(OPEN_WORDS, ''))) return true;
  return SECTION_HEADINGS.has(label) || SECTION_SUFFIXES.some((s) => label.endsWith(s));
}

/**
 * True for an ad slot's label alone on its line (「広告」「【PR】」) or a gallery's (「この記事の画像（4枚）」): only
 * the label goes, never what follows.
 */
function isLoneLabel(b: Block): boolean {
  if (b.chars > MAX_LABEL) return false;
  const label = textOf(b).replace(DECORATION, '');
  return AD_LABELS.has(label) || GALLERY_LABELS.has(label.replace(COUNT, '').replace(OPEN_WORDS, ''));
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
  const box = boxBeyond(root, (label.nodes[0] as Text).parentElement, denseText(textOf(label)).length, MAX_BOX_LEVELS);
  if (!box) return false;
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
    if (isLoneLabel(b)) continue;
    const box = sectionBox(root, b, blocks[i - 1], next);
    let j = i + 1;
    if (!box && emptiedBox(root, b, blocks[i - 1], next)) continue;
    if (box) while (j < blocks.length && box.contains((blocks[j] as Block).nodes[0] as Text)) j++;
    else while (j < blocks.length && (blocks[j] as Block).kind !== 'heading') j++;
    // A loose subhead with lines of its own and the story's next subhead after them heads a part of the story, no
    // section after it: 「<h2>主な仕様</h2><ul><li>重さ：約380g</li></ul><h2>法人にも販売</h2><p>…</p>」.
    if (!box && b.kind === 'heading' && i + 1 < j && j < blocks.length) out.push(b);
    else i = j - 1;
  }
  return out;
}

/**
 * True for the promo that cuts the story short (PAYWALL_CUT): the rest of the story is not on the page, and
 * what follows it (the offer's list, a campaign, the readers' comments under the story) is no part of it.
 * `promo`: isPromoLine(text), when the caller has it already.
 */
export function isPaywallCut(text: string, promo = isPromoLine(text)): boolean {
  return promo && PAYWALL_CUT.some((p) => p.test(text));
}

/** A credit line is this short at most. */
const MAX_CREDIT = 40;
// A credit's label, before the name it credits: 「取材・文 松井健太」「写真＝…」「編集：平野亮」「取材・写真／編集部 ほしや」.
const CREDIT_LABEL = new RegExp(
  `(?:${either(CREDIT_ROLES)})(?:[・と/](?:${either(JOINED_CREDIT_ROLES)}))*\\s*[:=/\\s]`,
  'g',
);
// A name, or a news agency's: 「松井健太」「平野 亮」「共同」. 「の」 makes it a description (写真：式典の様子).
const CREDIT_NAME = /^[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー々A-Za-z.]{1,8}$/u;

// A news agency's credit on a line of its own under a syndicated story: 「（共同通信）」「(時事)」「（AFP=時事）」.
const AGENCY_CREDIT = new RegExp(`^\\((?:${either(NEWS_AGENCIES)})(?:[=＝](?:${either(RELAYING_AGENCIES)}))?\\)$`);

// An outlet's credit alone in brackets: 「（北浜テレビ）」「（山陰中央新報）」 (a name, then how outlets' names end).
const OUTLET_CREDIT = new RegExp(
  `^\\([\\p{sc=Han}\\p{sc=Katakana}ーA-Za-z]{1,10}(?:${either(OUTLET_NAME_ENDS)})\\)$`,
  'u',
);
// A reporter's sign-off, desk then name: 「（北部報道部・南野恵）」「（社会部　森田直樹）」.
const DESK_SIGN_OFF = new RegExp(
  `^\\([\\p{sc=Han}\\p{sc=Katakana}ー]{0,8}(?:${either(DESK_NAME_ENDS)})[・\\s=]\\s*([^()]{1,12})\\)$`,
  'u',
);

// A live entry's writer line, a desk and a name after the entry's time, no brackets: 「16:40 写真部・南野恵」.
const STAMPED_DESK = new RegExp(
  `^[\\d/:年月日時分\\s]*\\d[\\d/:年月日時分\\s]*[\\p{sc=Han}\\p{sc=Katakana}ー]{0,8}(?:${either(DESK_NAME_ENDS)})[・\\s=]\\s*([^()]{1,12})$`,
  'u',
);

/** True for an outlet's credit or a desk's sign-off alone in brackets (「（北浜テレビ）」「（北部報道部・南野恵）」). */
function isSignOff(t: string): boolean {
  if (OUTLET_CREDIT.test(t)) return true;
  const found = (DESK_SIGN_OFF.exec(t) ?? STAMPED_DESK.exec(t))?.[1];
  const name = found && denseText(found);
  return !!name && CREDIT_NAME.test(name) && !name.includes('の');
}

/**
 * True for a line that credits the story's writers or photographers, in brackets or under a photo tag:
 * 「（取材・文 松井健太）」「[写真]=松井健太」「（森田直樹　編集：平野亮）」「（写真：共同）」, an outlet's or a
 * desk's sign-off (「（北浜テレビ）」「（北部報道部・南野恵）」, 「16:40 写真部・南野恵」 under a live entry's time).
 * A label and names only: 「（写真は本人提供）」 and 「写真：式典の様子」 are no credit.
 */
export function isCreditLine(text: string): boolean {
  const t = folded(text);
  if (t.length > MAX_CREDIT || /[。!?]/.test(t)) return false;
  if (AGENCY_CREDIT.test(t) || isSignOff(t)) return true;
  const tagged = /^[[【]写真[\]】]\s*=/.test(t);
  if (!tagged && !/^\(.*\)$/.test(t)) return false;
  const inner = tagged ? t.replace(/^[[【]写真[\]】]\s*=/, '') : t.slice(1, -1);
  const labels = inner.match(CREDIT_LABEL)?.length ?? 0;
  if (!tagged && !labels) return false;
  const names = inner
    .replace(CREDIT_LABEL, ' ')
    .split(/[\s、・/]+/)
    .filter(Boolean);
  return names.length > 0 && names.every((n) => CREDIT_NAME.test(n) && !n.includes('の'));
}

// A translated wire story's note of its original: 「原題：Twelve bidders line up…」「原文（英語）」「（原題：…）」; a note
// on the article itself, its source or its purpose, the rights holder first or not: 「※この記事は北浜新報英語版の記事
// を、編集部が日本語に訳したものです。」「©Nordposten. 本記事は、同紙の許諾を得て翻訳・編集したものです。」.
const ORIGINAL_NOTE = /^[([【]?原(?:題|文)(?:\([^)]{1,8}\))?[)\]】]?(?::|\s|$)|^(?:©[^.]*\.)?\s*※?(?:本|この)記事は/;

// A reporter's name alone in brackets: 「（松浦大地）」「（ジョン・スミス）」 (no kana words: 「（つづく）」).
const NAME_SIGN_OFF = /^\([\p{sc=Han}\p{sc=Katakana}ー・]{2,10}\)$/u;
const ENDS_QUOTE = /」\s*$/;

/**
 * True for a reporter's name alone in brackets closing a story or its part (「（松浦大地）」), unless it follows
 * a quote, whose speaker it then names on a line of its own (「「今年は豊作だ」」 over 「（山田一郎）」).
 */
export function isNameSignOff(text: string, before: string | undefined): boolean {
  return NAME_SIGN_OFF.test(folded(text)) && !(before && ENDS_QUOTE.test(before));
}

/** A poll's box is looked for this many levels up, and holds this much text at most (its question, its note). */
const MAX_POLL_LEVELS = 3;
const MAX_POLL_TEXT = 200;
/** A poll offers this many choices at least. */
const POLL_CHOICES = 2;

/**
 * True when the line sits in a small box of choices to press: a poll or a feedback form under the story
 * (「この社説に共感しますか？」 over 「共感する」「共感しない」 buttons, 「この記事は役に立ちましたか？」 over
 * radio buttons), its question and its note alike. A story's body is more text than such a box.
 */
function inPollBox(root: Element, b: Block, large: Set<Element>): boolean {
  let box = (b.nodes[0] as Text).parentElement;
  for (let i = 0; box && box !== root && i < MAX_POLL_LEVELS; i++, box = box.parentElement) {
    // Paragraphs share their story's box: weighed once, not once a paragraph (a 90,000-character story's
    // thousand paragraphs would each read all of it).
    if (large.has(box)) return false;
    if (showsMoreThan(box, MAX_POLL_TEXT)) {
      large.add(box);
      return false;
    }
    // A story's header holds its headline, its standfirst and a share bar's buttons: no poll.
    if (box.querySelector('h1, h2, h3, h4, h5, h6')) return false;
    const controls = Array.from(box.querySelectorAll('button, input[type="radio"], input[type="checkbox"]'));
    const choices = controls.filter((c) => !TOOL_BUTTON.test(c.textContent ?? '')).length;
    if (choices >= POLL_CHOICES) return true;
  }
  return false;
}

// An English-styled site's label in capitals, two words or more: 「SUPPORT INDEPENDENT JOURNALISM」「MOST READ」.
// Only the label goes: what it heads is known by its own words (a members' appeal is a promo line).
const CAPS_LABEL = /^[A-Z][A-Z&'’]*(?: [A-Z&'’]+)+$/;

/**
 * The lines that are the article's: no promo line, no standing notice, no credit line or reporter's name, no
 * note on the article or its original (「原題：…」「※この記事は…訳したものです」), no poll, no label in English capitals, no section that follows the
 * story, and nothing after a paywall's cut.
 */
export function articleLines(blocks: readonly Block[], root: Element): Block[] {
  // Each line's text and promo phrases are read once, for the cut and for the line (a long story's thousand
  // lines each went through the promo phrases twice).
  const texts: string[] = [];
  const promos: boolean[] = [];
  for (const b of blocks) {
    const text = textOf(b);
    const promo = isPromoLine(text);
    if (isPaywallCut(text, promo)) break;
    texts.push(text);
    promos.push(promo);
  }
  const large = new Set<Element>();
  const lines = withoutSections(
    blocks.slice(0, texts.length).filter((b, i) => {
      const text = texts[i] as string;
      if (isNameSignOff(text, texts[i - 1])) return false;
      const f = folded(text);
      if (ORIGINAL_NOTE.test(f) || (b.kind !== 'caption' && CAPS_LABEL.test(f))) return false;
      return !promos[i] && !isStandingNotice(text) && !isCreditLine(text) && !inPollBox(root, b, large);
    }),
    root,
  );
  return withoutLinkBoxLabels(lines, root);
}
