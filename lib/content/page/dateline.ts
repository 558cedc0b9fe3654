import { folded, foldedDense } from './fold';

/**
 * Time stamps a page prints above or below the article: 「10/12(火) 19:00配信」,
 * 「2021年10月13日 11:23 (2021年10月13日 12:07更新)」. They are page furniture, and their numbers are
 * not figures of the news, so such a line is left out of the analysed text.
 */

/** The pieces a time-stamp line is made of (matched after NFKC folding, so ２０２１ is 2021). */
const STAMP_PARTS: readonly RegExp[] = [
  // An English-styled site's stamp over a Japanese story, its month in letters: 「Oct. 8, 2024 19:20 JST」.
  /[a-z]{3,9}\.?\s?\d{1,2},\s?\d{4}|\bJST\b/gi,
  /\d{2,4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?/g, // 2021年10月13日, 2021/10/13
  /\d{1,2}[月/]\d{1,2}日?/g, // 10月13日, 10/12
  /[(（][月火水木金土日](?:曜日?)?[)）]/g, // (火), （水曜）
  /[月火水木金土日]曜日?/g, // a broadcaster's weekday without brackets: 「2025年6月18日 水曜 午前11:48」
  /(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分)?)/g, // 19:00, 11時00分, 午後4時
  /(?:最終)?(?:配信|更新|公開|掲載|投稿|発行)(?:開始)?(?:日時?)?/g, // 更新日時, a live page's 配信開始
  /(?<![A-Za-z])NEW(?![A-Za-z])/gi, // a live entry's badge: 「18:05 NEW」
  /ページ(?:番号|ID)[:：]?\s*\d+/gi, // an office CMS's 「ページ番号1004187　更新日　2019年6月3日」
  /[\s()（）[\]【】|｜/・:：,、.。-]+/g,
];

/** Lines longer than this are never a bare time stamp. */
const MAX_STAMP = 60;

/** True when `text` is nothing but a date/time stamp: 「10/13(水) 7:00配信」 → true, 「AFP通信 | 7月10日」 → false. */
export function isTimeStamp(text: string): boolean {
  if (text.length > MAX_STAMP) return false;
  let rest = text.normalize('NFKC');
  if (!/\d/.test(rest)) return false;
  for (const re of STAMP_PARTS) rest = rest.replace(re, '');
  return rest.length === 0;
}

/** A writer's title (「東都大学教授」「経済部」) is this short at most. */
const MAX_TITLE = 12;
const STAMP_START = /\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}/;
const BY_NAME = /^By\s+[^\sA-Za-z\d]+(?:\s[^\sA-Za-z\d]+)?\s/;
// An outlet's or a desk's name at either end of a stamp line: 「北浜通信」「みなと新聞」「北山テレビ」「検証班」「経済部」.
const OUTLET_CREDIT =
  /^[^\d()。、]{1,10}(?:通信|新聞|新報|日報|放送|テレビ|TV|班|部)|[^\d()。、]{1,10}(?:通信|新聞|新報|日報|放送|テレビ|TV|班|部)$/;
/** A writer's byline with the story's stamp is this short at most. */
const MAX_BYLINE_STAMP = 60;

/**
 * True when `text` is a writer's name and the story's time stamp beside it, or the name alone:
 * 「山中智子2025年3月10日 7時00分」 for the writer 山中智子 (named in <head> or JSON-LD). A line of the story
 * that names its writer says more.
 */
export function isBylineStamp(text: string, writers: readonly string[]): boolean {
  // An English-styled byline, a name in Japanese script then the stamp: 「By 中西由美子　Oct. 8, 2024 19:20 JST」, its
  // white space one space however the page indents its parts (<span>By 名前</span>\n   <time>…</time>).
  const line = folded(text).replace(/\s+/g, ' ');
  const by = BY_NAME.exec(line);
  if (by && isTimeStamp(line.slice(by[0].length))) return true;
  const dense = foldedDense(text);
  if (dense.length > MAX_BYLINE_STAMP) return false;
  // The outlet's credit beside the stamp: 「2025年10月21日 16時47分（最終更新 10月21日 17時10分） 北浜通信」.
  const uncredited = dense.replace(OUTLET_CREDIT, '');
  if (uncredited !== dense && isTimeStamp(uncredited)) return true;
  for (const w of writers) {
    const name = foldedDense(w);
    if (name.length < 2 || !dense.includes(name)) continue;
    const rest = dense.replace(name, '').replace(/^記者|^撮影/, '');
    if (!rest || isTimeStamp(rest)) return true;
    // The writer's title between name and stamp: 「早瀬直樹 東都大学教授 2025年7月15日 6:00」.
    const stamp = STAMP_START.exec(rest);
    if (stamp && stamp.index <= MAX_TITLE && !/[。!?]/.test(rest) && isTimeStamp(rest.slice(stamp.index))) return true;
  }
  return false;
}

// 「09月05日 18時12分」「9/5 18:12」: a day with its hour, as broadcasters' older pages stamp a story, no year given.
const DAY_AND_HOUR =
  /(?:^|[^\d/])\d{1,2}(?:月|\/)\d{1,2}日?\s*(?:[(（][月火水木金土日][)）])?\s*\d{1,2}(?:時\d{1,2}分|:\d{2})/;

/** True when `text` stamps a story with its day and hour but no year (「09月05日 18時12分」). */
export function hasDayAndHour(text: string): boolean {
  return DAY_AND_HOUR.test(text.normalize('NFKC'));
}

/**
 * A line that dates an entry: a full date with at most a weekday and a word or two beside it
 * (「2025年9月28日（日）　雨」), not a sidebar's dated headline (「2024/08/21 出雲市で熱中症搬送相次ぐ」).
 */
const MAX_BESIDE_DATE = 6;
const DATE_IN_LINE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/;
const WEEKDAY_OR_SPACE = /[(（][月火水木金土日](?:曜日?)?[)）]|\s+/g;

/**
 * How many of these lines date an entry of their own: 「2024年9月5日」 over each of three stories on one page,
 * or each day of a diary's month. A story has one (its dateline), perhaps a second at its foot.
 */
export function datedEntries(lines: readonly string[]): number {
  let n = 0;
  for (const raw of lines) {
    const text = raw.normalize('NFKC');
    if (!DATE_IN_LINE.test(text) || /[。！？]/.test(text)) continue;
    if (text.replace(DATE_IN_LINE, '').replace(WEEKDAY_OR_SPACE, '').length <= MAX_BESIDE_DATE) n++;
  }
  return n;
}

// 「2025年10月12日（日）午前10時30分～11時25分」「10/12 10:30-11:25」: a day with a span of hours.
const SCHEDULE_DAY = /\d{1,2}(?:月\d{1,2}日|\/\d{1,2})/;
const HOURS_SPAN =
  /(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?)\s*[～〜~\-－―]\s*(?:翌?(?:午前|午後))?\d{1,2}(?::\d{2}|時)/;
/** A schedule's line is short and no sentence. */
const MAX_SCHEDULE = 60;

/**
 * True when the lines by the headline are headed by a schedule rather than a dateline: a day with a span of
 * hours on a line of its own (「2025年10月12日（日）午前10時30分～11時25分」), as a programme's or an event's
 * page heads itself, and no stamp of a moment beside it. A story's dateline is a moment (「2025年06月12日
 * 18時05分」); a broadcaster's story may add the slot it aired in (「18:15～18:55で放送」), under its dateline.
 */
export function hasScheduleLine(lines: readonly string[]): boolean {
  let schedule = false;
  for (const l of lines) {
    const line = folded(l);
    if (line.length > MAX_SCHEDULE || /[。！？]/.test(line)) continue;
    const span = HOURS_SPAN.test(line);
    if (!span && isTimeStamp(line)) return false;
    if (span && SCHEDULE_DAY.test(line)) schedule = true;
  }
  return schedule;
}
