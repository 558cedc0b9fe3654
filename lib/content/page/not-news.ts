import { type Block, sentenceCount } from './blocks';
import type { PageMetadata } from './metadata';
import {
  CART_BUTTON_WORDS,
  CART_LINK_WORDS,
  NEWS_TYPES,
  type NotNewsKind,
  SHOP_BUTTON_WORDS,
  SHOP_HOURS_LABELS,
  SHOP_LABELS,
} from './page-lexicon';

// A post's header on a bulletin board: 「1: 名無しさん 2025/06/01(日)12:03:41 ID:aB3xQ」. Seconds after a date
// with its weekday, or a poster ID, are how boards stamp posts; news datelines carry neither.
const POST_STAMP = /\d{4}\/\d{1,2}\/\d{1,2}\s*[(（][日月火水木金土][)）]\s*\d{1,2}:\d{2}:\d{2}/;
const POSTER_ID = /(?:^|[^A-Za-z])ID[:：]\s?[\w+/.]{4,}/;
const MAX_HEADER = 120;
/** A thread: this many post headers, and this share of the lines. */
const THREAD_POSTS = 5;
const THREAD_SHARE = 0.2;

const textOf = (b: Block) => b.nodes.map((t) => t.data).join('');

/** True when the lines are a thread's posts, each under its header (a まとめ blog, a board's own page). */
function isThread(blocks: readonly Block[]): boolean {
  let headers = 0;
  for (const b of blocks) {
    if (b.chars > MAX_HEADER) continue;
    const text = textOf(b);
    if (POST_STAMP.test(text) || POSTER_ID.test(text)) headers++;
  }
  return headers >= THREAD_POSTS && headers >= THREAD_SHARE * blocks.length;
}

/** Buttons, inputs and links are looked at up to this many each: the check must not scale with the page. */
const MAX_CONTROLS = 2000;
const CONTROL_SPACE = /[\s\u3000]+/g;

/** True when the page has a control that puts something in a cart or orders it (「カートに入れる」「購入する」). */
function hasCartControl(doc: Document): boolean {
  const says = (text: string | null, words: readonly string[]) => {
    const t = (text ?? '').slice(0, 100).replace(CONTROL_SPACE, '');
    return words.some((w) => t.includes(w));
  };
  for (const el of Array.from(doc.querySelectorAll('button, input')).slice(0, MAX_CONTROLS)) {
    const type = el.getAttribute('type')?.toLowerCase() ?? (el.tagName.toUpperCase() === 'BUTTON' ? 'submit' : 'text');
    if (type !== 'submit' && type !== 'button' && type !== 'image') continue;
    const label =
      el.tagName.toUpperCase() === 'BUTTON' ? el.textContent : (el.getAttribute('value') ?? el.getAttribute('alt'));
    if (says(label, CART_BUTTON_WORDS)) return true;
  }
  return Array.from(doc.querySelectorAll('a'))
    .slice(0, MAX_CONTROLS)
    .some((a) => says(a.textContent, CART_LINK_WORDS));
}

/** Affiliate shop buttons that make a buyer's guide: a report may link one shop, not a row of them. */
const SHOP_BUTTONS = 3;

/**
 * True when links send the reader to shops three times over, worded as shop buttons
 * (「Amazonで見る」「楽天市場で見る」「Yahoo!ショッピングで見る」): an affiliate review, not a report.
 */
function hasShopButtons(doc: Document): boolean {
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('a')).slice(0, MAX_CONTROLS)) {
    // Worded, not just rel="sponsored": a news page's sponsored recommendations are links to stories.
    if (SHOP_BUTTON_WORDS.test((a.textContent ?? '').slice(0, 40).replace(CONTROL_SPACE, ''))) n++;
    if (n >= SHOP_BUTTONS) return true;
  }
  return false;
}

// 「■営業時間：」 → 「営業時間」.
const LABEL_DECORATION = /[\s\u3000■□●○◆◇▼▽・:：【】［］[\]]/g;
const MAX_LABELS = 500;

/** True when the page holds a shop's data table: three shop labels, one of them its hours or closing days. */
function hasShopTable(doc: Document): boolean {
  const seen = new Set<string>();
  for (const cell of Array.from(doc.querySelectorAll('th, dt')).slice(0, MAX_LABELS)) {
    const label = (cell.textContent ?? '').slice(0, 20).replace(LABEL_DECORATION, '');
    if (SHOP_LABELS.has(label)) seen.add(label);
  }
  return seen.size >= 3 && [...seen].some((l) => SHOP_HOURS_LABELS.has(l));
}

// 「8,412円」「+137 +1.66%」「34.8倍」「2025.03」: a data cell, a number with at most a unit or sign beside it.
const DATA_CELL = /^[\s\u3000]*[+\-−±▲▼△]?[\d,.．，]+[\s\u3000]*(?:[+\-−]?[\d,.]+)?[%％]?[\s\u3000]*(?:[^\s\d]{0,3})$/;
/** A data sheet: this many data cells at least, this many per sentence of prose, and prose this short. */
const DATA_CELLS = 20;
const CELLS_PER_SENTENCE = 5;
const DATA_SHEET_SENTENCES = 6;

/**
 * True when the lines are figures in cells with a caption's worth of prose: a stock quote (始値 8,300 高値
 * 8,448 …), a results table. A report with a table tells more than a few sentences around it.
 */
function isDataSheet(blocks: readonly Block[]): boolean {
  let cells = 0;
  let sentences = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = textOf(b);
    const n = sentenceCount(text);
    sentences += n;
    if (!n && DATA_CELL.test(text.normalize('NFKC'))) cells++;
  }
  return cells >= DATA_CELLS && sentences <= DATA_SHEET_SENTENCES && cells >= CELLS_PER_SENTENCE * sentences;
}

export type { NotNewsKind };

/**
 * What the page is if not news, or null. A page typed as a news report (NewsArticle…) is news whatever
 * shop box it carries; otherwise a Product, Review or shop type for its main entity, a cart button, a row of affiliate shop
 * buttons, a data sheet's cells with little prose (a stock quote), or a shop's data
 * table on an undated page make it commerce. A thread transcript is a thread however it is typed.
 */
export function notNewsKind(doc: Document, meta: PageMetadata, blocks: readonly Block[]): NotNewsKind | null {
  if (isThread(blocks)) return 'thread';
  if (meta.jsonLdTypes.some((t) => NEWS_TYPES.has(t))) return null;
  if (meta.declaredKind) return meta.declaredKind;
  if (isDataSheet(blocks)) return 'listing';
  if (hasCartControl(doc) || hasShopButtons(doc)) return 'product';
  if (!meta.dated && hasShopTable(doc)) return 'shop';
  return null;
}
