import { type Block, sentenceCount, textOf } from './blocks';
import { breadcrumbItems } from './breadcrumb';
import { follows } from './dom-order';
import { folded, foldedDense } from './fold';
import { hasNewsType, type PageMetadata } from './metadata';
import { hostOf, siteNames, TITLE_SEPARATOR } from './outlet';
import { denseText } from './page-index';
import {
  AFFILIATE_LINK,
  CART_BUTTON_WORDS,
  CART_LINK_WORDS,
  type NotNewsKind,
  RECRUITING_FOLDERS,
  RECRUITING_SITE,
  SALES_CALL,
  SALES_CALL_OUTLET,
  SHOP_BUTTON_WORDS,
  SHOP_NAME,
} from './page-kinds-lexicon';
import { listsIngredients, listsOffers, sheetOf } from './particulars';
import { LEAD_DAY, NARRATED_END } from './prose-markers';
import type { ProseReading } from './prose-reading';
import { MEDIUM_NAME } from './publisher-lexicon';
import { proseOf } from './root';
import { isTranscript, isTurnTranscript } from './transcript';
import { filedUnder } from './url-path';

// A post's header on a bulletin board: 「1: 名無しさん 2025/06/01(日)12:03:41 ID:aB3xQ」. Seconds after a date
// with its weekday, or a poster ID, are how boards stamp posts; news datelines carry neither.
const POST_STAMP = /\d{4}\/\d{1,2}\/\d{1,2}\s*[(（][日月火水木金土][)）]\s*\d{1,2}:\d{2}:\d{2}/;
const POSTER_ID = /(?:^|[^A-Za-z])ID[:：]\s?[\w+/.]{4,}/;
// A board's numbered post under the anonymous name, unstamped as a round-up copies it: 「12: 名無しさん」
// 「3．以下、名無しにかわりましてお送りします」.
const ANONYMOUS_POST = /^\s*\d{1,4}\s*[:：.．]\s*\S{0,10}名無し/;
// A social-media post's header as a round-up copies it, no sentence: 「こはる @koharu_days」「北浜の住人（@kitahama_jyunin）
// · 3月1日」. An address's @ follows its name (info@kitahama.example); a photo's credit goes on (「（@sora_p提供）」).
const POST_HANDLE = /(?<![\w.+-])@\w{2,15}(?=$|[\s)）·・])/;
const MAX_HEADER = 120;
/** A thread: this many post headers, and this share of the lines. */
const THREAD_POSTS = 5;
const THREAD_SHARE = 0.2;

/** True when the lines are a thread's or a round-up's posts, each under its header (a まとめ blog, a board's own page). */
function isThread(blocks: readonly Block[]): boolean {
  let headers = 0;
  for (const b of blocks) {
    if (b.chars > MAX_HEADER) continue;
    const text = textOf(b);
    const header = POST_HANDLE.test(text) && !sentenceCount(text);
    if (POST_STAMP.test(text) || POSTER_ID.test(text) || ANONYMOUS_POST.test(text) || header) headers++;
  }
  return headers >= THREAD_POSTS && headers >= THREAD_SHARE * blocks.length;
}

/** Buttons, inputs and links are looked at up to this many each: the check must not scale with the page. */
const MAX_CONTROLS = 2000;

/** True when the page has a control that puts something in a cart or orders it (「カートに入れる」「購入する」). */
function hasCartControl(doc: Document): boolean {
  const says = (text: string | null, words: readonly string[]) => {
    const t = denseText((text ?? '').slice(0, 100));
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
 * True when links send the reader to shops `least` times over: worded as shop buttons anywhere on the page
 * (「Amazonで見る」「楽天市場で見る」「Yahoo!ショッピングで見る」), or in the article's text, links to a shop's item
 * or through an affiliate network, or a shop's bare name on a nofollow or sponsored link (a product card's
 * 「Amazon」「楽天市場」): an affiliate review, not a report.
 */
function hasShopButtons(doc: Document, root: Element, least: number): boolean {
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('a')).slice(0, MAX_CONTROLS)) {
    // Worded, not just rel="sponsored": a news page's sponsored recommendations are links to stories.
    const text = denseText((a.textContent ?? '').slice(0, 40));
    if (
      SHOP_BUTTON_WORDS.test(text) ||
      (root.contains(a) &&
        (AFFILIATE_LINK.test(a.getAttribute('href') ?? '') ||
          (SHOP_NAME.test(text) && /nofollow|sponsored/.test(a.getAttribute('rel') ?? ''))))
    )
      n++;
    if (n >= least) return true;
  }
  return false;
}

// A price standing on a line of its own, no sentence: 「418,000円 → 376,200円（税込）」「月々15,600円～（24回）」, or a
// deal's discount (「50%OFF」「10％OFF 化粧品が対象」, NFKC-folded).
const PRICE_LINE = /^[^。]{0,30}\d[円%]/;
/** Calls to take up the offer a page that sells makes, at least. */
const SALES_CALLS = 2;
/** More prices on lines of their own than this make a fee table. */
const FEE_TABLE = 2;

/**
 * True when the page sells what it shows (a course's sales page, a coupon site's page of a chain's deals): a
 * line of the article is a price or a discount of its own, and two controls or links call the reader to book,
 * apply, buy or take a coupon. A story about a tour or a course
 * gives its price in a sentence (「受講料は37万6200円。」) and quotes someone (notNewsKind asks that of the
 * prose); the outlet's own call to subscribe sells no offer.
 */
function sellsOffer(doc: Document, blocks: readonly Block[], reporting: number): boolean {
  // A fee table (three prices on lines of their own: 「月謝 32,780円」「入塾金：22,000円」…) sells beyond a
  // testimonial or a sentence read as reporting (「理解度を確認しながら」).
  if (blocks.filter((b) => PRICE_LINE.test(foldedDense(textOf(b)))).length <= (reporting && FEE_TABLE)) return false;
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('a, button, input')).slice(0, MAX_CONTROLS)) {
    const label = denseText((el.textContent || el.getAttribute('value') || '').slice(0, 40));
    // 「Amazonで購入する」: a shop's button sends the reader to a shop, as a gadget story's do; no offer of the page's.
    if (
      SALES_CALL.test(label) &&
      !SALES_CALL_OUTLET.test(label) &&
      !SHOP_BUTTON_WORDS.test(label) &&
      ++n >= SALES_CALLS
    )
      return true;
  }
  return false;
}

// A control for the reader's own particulars: her mail address, a password, her phone, the dates she books.
const READER_FIELD = '[type=email],[type=password],[type=tel],[type=date]';

/**
 * True when the page is built round a form for the reader to fill in — a newsletter's or a service's sign-up, a
 * booking: a field for her address, password, phone or dates stands in the article before most of its prose
 * (「メールアドレス」 and 「無料で登録する」 under 「毎朝6時、ニュースがメールで届く。」). A report's newsletter box
 * follows its story.
 */
function leadsWithForm(root: Element, blocks: readonly Block[]): boolean {
  const field = root.querySelector(READER_FIELD);
  const after = blocks.filter((b) => field && follows(field, b.nodes[0] as Node));
  return proseOf(after).sentences * 2 > proseOf(blocks).sentences;
}

// 「8,412円」「+137 +1.66%」「34.8倍」「2025.03」: a data cell, a number with at most a unit or sign beside it.
const DATA_CELL = /^[\s\u3000]*[+\-−±▲▼△]?[\d,.．，]+[\s\u3000]*(?:[+\-−]?[\d,.]+)?[%％]?[\s\u3000]*(?:[^\s\d]{0,3})$/;
/** A data sheet: this many data cells at least, this many per sentence of prose, and prose this short. */
const DATA_CELLS = 20;
const CELLS_PER_SENTENCE = 5;
const DATA_SHEET_SENTENCES = 6;

/** A table cell of the page's data: short, with a figure in it (「31℃ [+2]」「12-18 50%」「30/24」). */
const TABLE_DATA = /\d/;
const MAX_TABLE_DATUM = 24;

/** Cells of the page's tables, anywhere, that hold data: a forecast's tables may lie outside the article's root. */
function pageDataCells(doc: Document): number {
  let n = 0;
  for (const td of Array.from(doc.querySelectorAll('td')).slice(0, MAX_CONTROLS)) {
    const text = (td.textContent ?? '').trim();
    if (text.length <= MAX_TABLE_DATUM && TABLE_DATA.test(text)) n++;
  }
  return n;
}

/**
 * True when the page is figures in cells with a caption's worth of prose: a stock quote (始値 8,300 高値
 * 8,448 …), a results table, a weather forecast whose tables lie beside the forecaster's few sentences. A
 * report with a table tells more than a few sentences around it (a match report's score box: 19 cells
 * for 11 sentences).
 */
function isDataSheet(doc: Document, blocks: readonly Block[]): boolean {
  let cells = 0;
  let sentences = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = textOf(b);
    const n = sentenceCount(text);
    sentences += n;
    if (!n && DATA_CELL.test(text.normalize('NFKC'))) cells++;
  }
  if (sentences > DATA_SHEET_SENTENCES) return false;
  const most = Math.max(cells, pageDataCells(doc));
  return most >= DATA_CELLS && most >= CELLS_PER_SENTENCE * sentences;
}

export type { NotNewsKind };

// A post's stamp on its own line: 「2025/11/20 21:14」「2025年11月20日 21時14分」 (a question's, an answer's).
const POST_TIME =
  /^[^。！？]{0,24}\d{4}[/年.-]\d{1,2}[/月.-]\d{1,2}日?\s*(?:[(（][^)）]{1,3}[)）])?\s*\d{1,2}[:：時]\d{2}分?[^。！？]{0,24}$/;
/** A question's page: its headline asks, and this many posts are stamped (the question's and two answers'). */
const ANSWER_STAMPS = 3;
const QUESTION = /(?:[?？]|か。?)$/;

/**
 * True when the page is a question and its answers (a Q&A site): the headline asks (「…でしょうか？」) and the
 * lines hold three post stamps. A live blog stamps its entries too, but its headline tells; a news Q&A
 * explainer asks in its headline, but its answers are no stamped posts.
 */
function isQuestionAndAnswers(headline: string | null, lines: readonly Block[]): boolean {
  if (!headline || !QUESTION.test(headline.normalize('NFKC'))) return false;
  let stamps = 0;
  for (const b of lines) if (POST_TIME.test(folded(textOf(b))) && ++stamps >= ANSWER_STAMPS) return true;
  return false;
}

// A label over a reader's letter and one over the answer to it, a word or a name beside it (「【相談】」
// 「回答　作家・森下千景」): an advice column. 「相談件数が急増」 is a story's subhead.
const LETTER_LABEL = /^[【[■]?(?:ご?相談|お?悩み)者?[】\]]?(?:\s|[:：]|$)/;
const ANSWER_LABEL = /^[【[■]?(?:回答|答え|アドバイス)者?[】\]]?(?:\s|[:：]|$)/;
/** A label line is this short at most. */
const MAX_LABEL = 30;

/** True when a label heads a reader's letter and a later one the answer (人生相談, however it is typed). */
function isLetterAndAnswer(blocks: readonly Block[]): boolean {
  let letter = false;
  for (const b of blocks) {
    const t = folded(textOf(b));
    if (b.chars > MAX_LABEL || sentenceCount(t)) continue;
    if (LETTER_LABEL.test(t)) letter = true;
    else if (letter && ANSWER_LABEL.test(t)) return true;
  }
  return false;
}

/**
 * What the page is if not news, or null. `blocks`: the article's lines; `lines`: every line under its root
 * (stamps and link lines too). A reader's letter and its answer under their labels (an advice column), or a
 * data sheet whose prose reports nothing (a catch table), is no news however typed. Otherwise a page typed as
 * a news report (NewsArticle…) is news whatever shop box it carries; otherwise a Product, Review or shop type
 * for its main entity, a cart button, a row of shop buttons or affiliate links on a site named as no medium
 * (three, or two under a post written as I: a comparison blog's product cards), a data sheet's cells with little prose
 * (a stock quote), a recipe's ingredients, or a sheet of particulars (a shop's hours, an event's price, a
 * job's pay) make it no news — on a dated page when its prose tells nothing (no day, nobody reporting,
 * nothing narrated: a sight described), else as its kind says (SheetLabels.dated: a story may end with a
 * shop's or an event's box; `reading`, what its prose reads as). A thread transcript is a thread however it
 * is typed; a question with its stamped answers is a Q&A page, a meeting's minutes a transcript and a page of
 * a company's careers site a job's, unless typed as news (a live blog may ask in its headline).
 */
export function notNewsKind(
  doc: Document,
  root: Element,
  meta: PageMetadata,
  blocks: readonly Block[],
  lines: readonly Block[],
  headline: string | null,
  reading: ProseReading,
): NotNewsKind | null {
  if (isThread(blocks)) return 'thread';
  if (isLetterAndAnswer(blocks)) return 'questions';
  // Figures in cells with a caption's worth of prose, no story: a stock quote, a forecast's tables. Typed news,
  // the prose must report nothing and mostly tell no past: a catch table (「この1週間の釣果です。」), not an
  // election's result (「…22人が当選した。」 over its votes). A story with a table (a match report's line score)
  // is a report.
  const untold = !reading.reporting && reading.narrated * 2 < reading.sentences;
  if (reading.kind !== 'story' && (untold || !hasNewsType(meta)) && isDataSheet(doc, blocks)) return 'listing';
  // However typed, prose that reports nothing and tells no story over a price and calls to take it up sells
  // (a course's sales page typed NewsArticle; over a fee table, whatever one sentence reports), and over several
  // events' sheets lists them.
  if (reading.kind !== 'story') {
    if (sellsOffer(doc, blocks, reading.reporting) || leadsWithForm(root, blocks)) return 'product';
    if (!reading.reporting && listsOffers(lines)) return 'listing';
  }
  // A person's page lists her stories, typed news as they may be (hasPart NewsArticle): none is the page.
  if (meta.declaredKind === 'profile') return 'profile';
  if (hasNewsType(meta)) return null;
  // A staff interview on a company's careers site (「…｜社員インタビュー｜ミナト工業 新卒採用サイト」, filed under
  // 「ホーム > 採用情報 > 社員インタビュー」 or /recruit/) recruits. Prose that reads as a story is a paper's report
  // filed so (「北浜工業、新卒採用3割増」 under /economy/saiyo/ or 「企業の採用情報」; a draft story under /sports/recruit/),
  // unless the site itself is named a careers site (og:site_name 「海陽ロジ 採用サイト」) or hosted as one
  // (recruit.minato-kasei.example): a paper is named and hosted otherwise.
  const sites = [meta.byline ?? '', ...doc.title.split(TITLE_SEPARATOR).slice(1), ...breadcrumbItems(doc)];
  const careers = (s: string) => !/[、,]/.test(s) && RECRUITING_SITE.test(s.trim());
  const recruiting = filedUnder(meta.url, RECRUITING_FOLDERS) || sites.some(careers);
  const host = hostOf(meta.url)?.split('.')[0] ?? '';
  if ((recruiting && reading.kind !== 'story') || siteNames(doc).some(careers) || RECRUITING_FOLDERS.has(host))
    return 'job';
  if (isQuestionAndAnswers(headline, lines)) return 'questions';
  // A council's minutes, speech under speaker's label, or an office's press-conference record, turns opened
  // by the speaker's role (【記者】/【知事】); a paper's full text of a press conference is typed news.
  if (isTranscript(blocks) || isTurnTranscript(blocks)) return 'transcript';
  // A game's page (a SportsEvent its main entity) becomes the game's report once its prose reads as a story
  // (「北山が延長11回にサヨナラ勝ちし、…」 under the line score); a preview (「先発は小野の予定だ。」) or a
  // concert's page (MusicEvent) lists what is to come.
  const played = reading.kind === 'story' && meta.jsonLdTypes.includes('SportsEvent');
  if (meta.declaredKind && !played) return meta.declaredKind;
  // A blogger's own verdict (written as I) over two shops' links is a buyer's guide too; a medium's review
  // column links its shops as a service (「家電ジャーナル」, a NewsMediaOrganization).
  const medium = meta.jsonLdTypes.includes('NewsMediaOrganization') || siteNames(doc).some((n) => MEDIUM_NAME.test(n));
  if (hasCartControl(doc) || (!medium && hasShopButtons(doc, root, SHOP_BUTTONS - +(reading.kind === 'personal'))))
    return 'product';
  if (listsIngredients(lines)) return 'recipe';
  const sheet = sheetOf(doc);
  if (!sheet) return null;
  // A place described with nothing told of it (no day, nobody reporting, nothing narrated): a sight's page.
  if (!meta.dated || sheet.dated === 'always' || !(reading.narrated || reading.newsTime || reading.reporting))
    return sheet.kind;
  // A sight told by its legend and seasons, nobody reporting and nobody's age given: its guide page. A lead
  // opening on its day and telling what happened is news of the sight (「雲龍寺は1日、…拝観を再開した。」 over its
  // 拝観料 and 駐車場); a guide's 「岩屋は4月29日、祭りでにぎわいます。」 tells what recurs.
  if (sheet.dated === 'over-unreported-prose') {
    const first = blocks.find((b) => b.kind === 'paragraph');
    const lead = first ? (foldedDense(textOf(first)).split('。')[0] ?? '') : '';
    const dayLead = LEAD_DAY.test(lead) && NARRATED_END.test(lead);
    return reading.reporting || reading.ages || reading.kind === 'story' || dayLead ? null : sheet.kind;
  }
  // Plain prose: no story, and nobody reports in it (a paper's preview of a concert quotes its players).
  const plain = sheet.dated === 'over-plain-prose' && reading.kind !== 'story' && reading.reporting === 0;
  return plain && sheet.labels >= proseOf(blocks).sentences ? sheet.kind : null;
}
