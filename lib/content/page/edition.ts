import { folded } from './fold';
import { NOTICE_SECTION_NAMES, type NoticeKind } from './section-lexicon';

/**
 * A section's edition: a page whose headline is the name of a section of notices, with the day or month
 * it prints (「人事（6月12日付）」「おくやみ（10月24日掲載分）」「読者の声（6月14日）　バス減便… ほか」
 * 「防災行政無線の放送内容（令和7年6月）」), or the name alone (「国語の解答と講評」 under an exam's label).
 * The verdict rejects it (verdict.ts): the page lists notices, letters or answers, and tells no story.
 */

// A label bracketed before the headline's words: 「【2025年度 県立高校入試】」「［人事］」.
const LEADING_LABEL = /^(?:[【［[〔][^】］\]〕]{1,24}[】］\]〕]\s*)+/;
// The day or month an edition prints, bracketed or closed by 付/掲載分: 「（6月12日付）」「（令和7年6月）」
// 「（10月24日掲載分）」「2025年4月1日付」.
const EDITION_DATE =
  /[(（【［[]\s*(?:(?:令和|平成)?\d{1,4}年度?\s*)?\d{1,2}(?:月(?:\d{1,2}日)?|\/\d{1,2})\s*(?:付|掲載分?|分|号)?\s*(?:[(（][^)）]{1,3}[)）])?\s*[)）】］\]]|(?:(?:令和|平成)?\d{1,4}年\s*)?\d{1,2}月\d{1,2}日(?:付|掲載分?)/;
/** A section's name is this short at most. */
const MAX_NAME = 20;
// Words that tell rather than name: a particle of a clause, a comma, a sentence's end (「新社長に佐藤氏」
// 「人事、知事が刷新」). の, と and ・ join the nouns of a name (「国語の解答と講評」「訂正・おわび」).
export const TELLING = /[がをにでへはも、，,。！？!?「」]/;

// A headline that only dates the edition (「6月14日付」「2025年6月14日」), and one that gathers several pieces
// (「バス減便、通院の足どうする／孫に感謝 ほか」).
const DATE_ONLY = /^(?:(?:令和|平成)?\d{1,4}年度?)?\d{1,2}月(?:\d{1,2}日)?(?:付|掲載分?|分|号)?(?:\([^)]{1,3}\))?$/;
const GATHERED = /(?:ほか|他)(?:\d+(?:件|本|編))?$/;

/**
 * True when the page's section (article:section, articleSection, a breadcrumb's item) is one of notices and
 * its headline names no story of its own: only the edition's day, or a gathering of pieces (「… ほか」). A
 * story filed under 人事 or おくやみ tells in its headline (「新頭取に小川氏」).
 */
export function sectionEdition(headline: string | null, sections: readonly string[]): boolean {
  if (!headline) return false;
  const text = folded(headline).replace(LEADING_LABEL, '').replace(/\s+/g, '');
  if (!DATE_ONLY.test(text) && !GATHERED.test(text)) return false;
  return sections.some((s) => kindOfName(folded(s)) !== null);
}

/** What the headline names, and whether it names the edition's day: null when it tells a story. */
export interface EditionName {
  kind: NoticeKind;
  /** True when the headline gives the day or month the section prints (「（6月12日付）」). */
  dated: boolean;
}

/** The kind of notices the name ends with: 「防災行政無線の放送内容」 → broadcasts, 「国語の解答と講評」 → answers. */
function kindOfName(name: string): NoticeKind | null {
  if (!name || name.length > MAX_NAME || TELLING.test(name)) return null;
  for (const [word, kind] of NOTICE_SECTION_NAMES) if (name.endsWith(word)) return kind;
  return null;
}

/**
 * The section of notices the headline names, or null: its words before an edition's date, past any
 * bracketed label, end with a section's name (NOTICE_SECTION_NAMES) and tell nothing. Titles of the pieces
 * may follow the date (「読者の声（6月14日）　バス減便、通院の足どうする ほか」).
 */
export function editionName(headline: string | null): EditionName | null {
  if (!headline) return null;
  const text = folded(headline).replace(LEADING_LABEL, '');
  const date = EDITION_DATE.exec(text);
  if (date) {
    const kind = kindOfName(text.slice(0, date.index).trim());
    if (kind) return { kind, dated: true };
  }
  const kind = kindOfName(text.trim());
  return kind ? { kind, dated: false } : null;
}
