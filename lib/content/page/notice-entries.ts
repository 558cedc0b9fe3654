import { type Block, sentenceCount, textOf } from './blocks';
import { folded } from './fold';

/**
 * Pages of notices rather than a report, told by their shape: entry after entry under a heading that dates
 * it (a town's broadcasts by day, a police list of incidents by day and hour), or lines of items set apart by
 * ▽ or ◇ (a paper's personnel changes, a list of winners), or items each correcting a report of their own (a
 * paper's list of corrections). The verdict rejects them (verdict.ts).
 */

// A heading that dates its entry: the day, maybe its weekday, hour and place, and nothing that tells
// (「6月12日（木曜日）午後4時30分ごろ　川越市」「2025年6月13日（金）」「6/5 午前6時30分」). A subhead that
// tells news after a date (「12日、知事が表明」) is no entry's date.
const DATED_HEADING =
  /^(?:(?:令和|平成)?\d{1,4}[年./-]\s*)?\d{1,2}(?:月\s*\d{1,2}日|\/\d{1,2})\s*(?:[(（][^)）]{1,4}[)）])?[^がをにはへも、,。！？]{0,24}$/;
/** This many dated headings make the page a list of entries: a story has its dateline, not a date per section. */
const DATED_HEADINGS = 3;

// A line that is an entry of its day: the day, maybe its weekday, then a space and what it holds — a diary of
// engagements (「4月6日（月）　午前、庁議。」), a this-day page (「1869年　大陸横断鉄道が完成した。」). A story's
// line dates its news with a comma or a particle (「12日、知事が…」「1995年に…」).
const DATED_LINE = /^(?:\d{1,4}年(?:\d{1,2}月\d{1,2}日)?|\d{1,2}月\d{1,2}日)(?:\([^)]{1,4}\))?\s/;

/**
 * True when three headings or more date an entry each (DATED_HEADING): notices by day, not one story's subheads;
 * or when three lines of prose open with their day (DATED_LINE), half the prose's characters: a diary, a this-day
 * page. A story's chronology box (「1923年　北山―中沢間が開業」) and an obituary's career list (「1937年　北山市生まれ」)
 * are fragments, no sentences, however short the story over them.
 */
export function listsDatedEntries(blocks: readonly Block[]): boolean {
  let n = 0;
  let lines = 0;
  let dated = 0;
  let chars = 0;
  for (const b of blocks) {
    const t = folded(textOf(b));
    if (b.kind === 'heading' && DATED_HEADING.test(t)) n++;
    if (b.kind !== 'paragraph' || !sentenceCount(t)) continue;
    chars += b.chars;
    if (!DATED_LINE.test(t)) continue;
    lines++;
    dated += b.chars;
  }
  return n >= DATED_HEADINGS || (lines >= DATED_HEADINGS && dated >= LIST_SHARE * chars);
}

// A live page's entry: an event clock's stamp, then what happened told as past (「【後半16分】湘南が同点に追いついた。」
// 「前半8分　三上が右から切り込んだ。」「21:05　北山1区で堀田氏が当選を確実にした。」). A programme's, a timetable's or a
// schedule's times head what is to come (「19:00　ニュース　全国のニュースをお伝えします。」) or no sentence at all.
const LIVE_ENTRY = /^(?:【[^】]{1,12}】|[前後]半\d|\d+:\d\d)[\s\S]*た。/;

/**
 * True when five paragraphs or more are live entries (LIVE_ENTRY): a match's or an election night's running
 * report, one story told entry by entry, as a page typed LiveBlogPosting is.
 */
export const liveEntries = (blocks: readonly Block[]): boolean =>
  blocks.filter((b) => b.kind === 'paragraph' && LIVE_ENTRY.test(folded(textOf(b)))).length > 4;

// The marks that set the items of a list line apart: 「社長　桑原俊介（常務）▽相談役　桑原辰夫（社長）」.
const ITEM_MARKS = /[▽◇▼◆]/g;
/** A list line sets two items apart at least: one mark between them. */
const LINE_MARKS = 1;
/** A list page: this many list lines, holding this share of the prose's characters. */
const LIST_LINES = 3;
const LIST_SHARE = 0.5;

/** True for a line of items set apart by ▽ or ◇ with no sentence in it (a post and its holder, a prize and its winner). */
function isItemLine(text: string): boolean {
  const t = folded(text);
  return (
    (t.match(ITEM_MARKS)?.length ?? 0) >= LINE_MARKS && !sentenceCount(t.replace(ITEM_MARKS, '').replace(/。$/, ''))
  );
}

/** True when this many paragraphs are lines of a list (`isLine`), and hold this share of the paragraphs' characters. */
function listedLines(blocks: readonly Block[], isLine: (text: string) => boolean): boolean {
  let lines = 0;
  let listChars = 0;
  let allChars = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    allChars += b.chars;
    if (!isLine(textOf(b))) continue;
    lines++;
    listChars += b.chars;
  }
  return lines >= LIST_LINES && listChars >= LIST_SHARE * allChars;
}

/**
 * True when most of the prose is lines of ▽- or ◇-separated items: a paper's personnel changes by company, a
 * list of appointments or winners. A report may end with one such line (its results), its bulk told in sentences.
 */
export function listsItems(blocks: readonly Block[]): boolean {
  return listedLines(blocks, isItemLine);
}

// A correction's item names the report it sets right in its first clause, quoted titles aside (「13日付経済面
// 「…」の記事で、」「10日放送の「…」で、」「4日付の受章者一覧で、」), and says what was wrong.
const CORRECTED_ITEM =
  /^[^、。]{0,50}(?:記事|刊|面|欄|紙|版|放送|番組|配信|一覧|表)[^、。]{0,4}(?:で|中|に|について)、/;
const WRONG = /誤|訂正|脱落|わび|詫び|正しくは/;

/** True for an item correcting a report: 「13日付経済面「…」の記事で、…としたのは…の誤りでした。」. */
function isCorrectionItem(text: string): boolean {
  const t = folded(text).replace(/「[^」]*」/g, '「」');
  return CORRECTED_ITEM.test(t) && WRONG.test(t);
}

/**
 * True when three paragraphs or more each correct a report of their own, half the prose at least: a paper's
 * list of corrections, item after item, each naming the day's report it sets right — not one correction, nor
 * a story under a 【訂正】 line.
 */
export function listsCorrections(blocks: readonly Block[]): boolean {
  return listedLines(blocks, isCorrectionItem);
}
