import { type Block, sentenceCount, textOf } from './blocks';
import { folded } from './fold';
import { denseText } from './page-index';

/**
 * Pages that list rather than tell: a portal's or a search's linked titles over their teasers, a digest's
 * sections each closed by the same 「続きを読む」 link, a roster of people one a line. The verdict rejects them
 * (verdict.ts).
 */

/** A tool's link (「拡大する」「続きを読む」「記事の続きを読む」) is this short at most. */
const MAX_TOOL_LINK = 8;

/** This many linked titles among the lines make the page a list of articles (a portal, search results). */
const LISTING_HEADINGS = 3;
/**
 * A linked title is a line of link text this long at most, no sentence, and longer than a tool's link: a
 * photo's 「拡大する」 or a 「続きを読む」 names no story.
 */
const MAX_LINKED_TITLE = 80;
const MIN_LINKED_TITLE = MAX_TOOL_LINK + 1;

/** A line that is a title linking elsewhere: a heading all link, or a short line all link with no sentence. */
function isLinkedTitle(b: Block): boolean {
  if (!b.linked) return false;
  if (b.kind === 'heading') return true;
  return (
    b.kind === 'paragraph' && b.chars >= MIN_LINKED_TITLE && b.chars <= MAX_LINKED_TITLE && !sentenceCount(textOf(b))
  );
}

/**
 * True when the lines read as a list of other articles: several titles that are links, as headings or as
 * lines of their own (a search result's card: its linked title, its snippet, its date), and most of the
 * text under them (「<h3><a>桜並木、見頃は週末まで</a></h3><p>市内の…</p>」 again and again). An article
 * ending with a few related-article cards keeps most of its text outside them.
 */
export function isListing(lines: readonly Block[]): boolean {
  let linkedTitles = 0;
  let underLinked = false;
  let teaserChars = 0;
  let allChars = 0;
  for (const b of lines) {
    if (isLinkedTitle(b)) {
      underLinked = true;
      linkedTitles++;
    } else if (b.kind === 'heading') underLinked = false;
    else if (b.kind === 'paragraph') {
      allChars += b.chars;
      if (underLinked) teaserChars += b.chars;
    }
  }
  return linkedTitles >= LISTING_HEADINGS && teaserChars >= 0.5 * allChars;
}

/** A "read more" link closes this many sections with the same words at least. */
const MORE_LINKS = 3;

/**
 * True when the lines are sections each closed by the same short link (「続きを読む」 five times, under a
 * heading and a two-sentence summary each): a digest of stories told elsewhere, and most of its text is in
 * those sections. A story's photos may each carry a link (「拡大する」), but no section ends on it.
 */
export function isDigest(lines: readonly Block[]): boolean {
  const closing = new Map<string, number>();
  let sectionChars = 0;
  let closedChars = 0;
  let allChars = 0;
  lines.forEach((b, i) => {
    if (b.kind === 'heading') sectionChars = 0;
    else if (b.kind === 'paragraph' && !b.linked) {
      sectionChars += b.chars;
      allChars += b.chars;
    }
    const next = lines[i + 1];
    if (!b.linked || b.kind !== 'paragraph' || b.chars > MAX_TOOL_LINK || (next && next.kind !== 'heading')) return;
    const words = denseText(textOf(b));
    closing.set(words, (closing.get(words) ?? 0) + 1);
    closedChars += sectionChars;
    sectionChars = 0;
  });
  return Math.max(0, ...closing.values()) >= MORE_LINKS && closedChars >= 0.5 * allChars;
}

// A line that opens with a person and their age: 「山田ハナさん（94）＝本町。」「田中一郎氏(67)　…」, or with the
// name's reading between them (「阿部　トミ子（あべ・とみこ）94歳　22日死去。」).
const PERSON_FIRST = /^[^。、「」]{1,15}[(（]\d{1,3}[)）]/;
const READ_NAME_FIRST = /^[^。、「」()（）]{1,12}[(（][\p{sc=Hiragana}\p{sc=Katakana}・ー\s]{2,20}[)）]\s*\d{1,3}歳/u;
// A line that opens with a child's day of birth: 「3月3日生まれ。父・健一さん…」「高橋結衣ちゃん　3月3日生まれ」.
const BORN_FIRST = /^[^。「」]{0,24}\d{1,2}月\d{1,2}日生まれ/;
/** A roster: this many lines open with a person and age, and this share of the prose's lines. */
const ROSTER_LINES = 4;
const ROSTER_SHARE = 0.5;

/**
 * True when most of the prose's lines each open with a person and their age: a paper's death notices, a list
 * of award winners or candidates, one a line; or with a child's day of birth: a paper's baby announcements.
 * A story names a person with their age once in a while, in its sentences, not at the head of line after line.
 */
export function isRoster(blocks: readonly Block[]): boolean {
  let people = 0;
  let lines = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = folded(textOf(b));
    // Prose lines only: a roster's area names between its notices (「福島市」「伊達市」) are no lines of prose.
    if (!sentenceCount(text)) continue;
    lines++;
    if (PERSON_FIRST.test(text) || READ_NAME_FIRST.test(text) || BORN_FIRST.test(text)) people++;
  }
  return people >= ROSTER_LINES && people >= ROSTER_SHARE * lines;
}
