import { type Block, sentenceCount, textOf } from './blocks';
import { definesHeadline } from './encyclopedic';
import { hasArticleType, hasNewsType, type PageMetadata } from './metadata';
import { notNewsKind } from './not-news';
import { OPINION_SECTIONS } from './page-lexicon';
import { EDITORIAL_LABELS } from './prose-markers';
import type { ProseReading } from './prose-reading';
import { probablyReaderable } from './readability';
import { proseOf } from './root';

/** Why a page was judged not an article (or 'ok'). */
export type Verdict = 'ok' | 'not-article' | 'no-text';

/**
 * A page that declares itself an article needs complete prose, however short: this many characters in
 * this many sentences (a three-sentence brief, an easy-Japanese page of short sentences).
 */
const DECLARED_CHARS = 80;
const DECLARED_SENTENCES = 2;
/** A page declaring nothing needs more: this many characters and sentences, and more still or Readability's nod. */
const MIN_CHARS = 200;
const MIN_SENTENCES = 3;
const UNDECLARED_CHARS = 500;
/** With og:type declaring something else ("website"), a page must date itself or be long and readable. */
const DENIED_CHARS = 1000;
/** This many linked titles among the lines make the page a list of articles (a portal, search results). */
const LISTING_HEADINGS = 3;
/** A linked title is a line of link text this long at most, no sentence. */
const MAX_LINKED_TITLE = 80;

/** A line that is a title linking elsewhere: a heading all link, or a short line all link with no sentence. */
function isLinkedTitle(b: Block): boolean {
  if (!b.linked) return false;
  return b.kind === 'heading' || (b.kind === 'paragraph' && b.chars <= MAX_LINKED_TITLE && !sentenceCount(textOf(b)));
}

/**
 * True when the lines read as a list of other articles: several titles that are links, as headings or as
 * lines of their own (a search result's card: its linked title, its snippet, its date), and most of the
 * text under them (「<h3><a>桜並木、見頃は週末まで</a></h3><p>市内の…</p>」 again and again). An article
 * ending with a few related-article cards keeps most of its text outside them.
 */
function isListing(lines: readonly Block[]): boolean {
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

/** What the verdict looks at: the page, what it declares, the article lines found and its headline. */
export interface VerdictInput {
  doc: Document;
  meta: PageMetadata;
  root: Element;
  blocks: readonly Block[];
  /** Every line under the root, stamps and lines of link text too (the article's lines are taken from them). */
  lines: readonly Block[];
  /** True when a headline was found that matches a title the page declares. */
  titled: boolean;
  /** True when the page prints a full date by that headline (<span class="date">2025.07.02</span>). */
  datedByHeadline: boolean;
  /** True when the page has a publication date, or a full date is written near its headline. */
  datedNearby: boolean;
  /** True when a full date with its hour is written near the headline (a story's dateline: 2024/7/12 18:40). */
  timedNearby: boolean;
  /** The headline's words, declared or not (an old site's <font size="4"><b>見出し</b></font>); null for none. */
  headline: string | null;
  /** The first full date by the headline that is no update stamp (「2024年3月15日号」, not 「更新日：2024年4月1日」). */
  dateline: string | null;
  /** True when a day with its hour but no year stamps the text around the headline (「09月05日 18時12分」). */
  dayAndHour: boolean;
  /** True when a line by the headline is a schedule: a day with a span of hours (a programme's air time). */
  scheduled: boolean;
  /** How many lines of the root date an entry of their own (a diary's days, several stories on one page). */
  entries: number;
  /** The start of the text around the headline (where 「コラム「天竜川」　2024年6月20日」 labels a column). */
  heading: string;
  /** What the article's prose reads as (prose-reading.ts). */
  reading: ProseReading;
}

/** This many dated lines make the page a list of entries (a diary's month, a day's stories), not one story. */
const DATED_ENTRIES = 3;

/** A column, essay or editorial names itself so by its headline or the line over it: 【コラム】, 論説, 社説. */
const OPINION_LABEL = new RegExp([...OPINION_SECTIONS, ...EDITORIAL_LABELS].join('|'), 'i');

/**
 * A page that declares nothing is a story when it heads its prose with a headline over a dateline and the
 * prose reads as news (reported, narrated, dated or peopled), or, labelled a column, reads as no diary,
 * procedure or definition: an old site's table layout whose <title> is the site's name. The dateline may
 * give the day and hour without the year (「09月05日 18時12分」); three dated entries make a list, not a story.
 */
function readsAsDatedStory({ headline, dateline, dayAndHour, entries, heading, reading }: VerdictInput): boolean {
  if (!headline || !(dateline || dayAndHour) || entries >= DATED_ENTRIES) return false;
  return reading.kind === 'story' || (reading.kind === 'plain' && OPINION_LABEL.test(heading));
}

/** Sentences a page's prose has at least before its silence about news counts against it. */
const SILENT_SENTENCES = 3;

/**
 * Not news whatever it declares, short of an article type in JSON-LD, on a page with no dateline by its
 * headline: prose that tells the reader what to do (a city office's procedures, its FAQ) or defines a
 * headword (a dictionary entry), however its template dates it in <head> or stamps it 「更新日」; and, on a
 * page no date publishes (in <head>, by the headline, in its address) whose og:type says "article", prose
 * that bears no mark of news at all — nobody reports, no day and no age is given (a clinic's, a company's
 * or a sight's page a template stamps "article"), unless labelled a column. A page declaring no more than
 * an <article> element is not held to the last: nothing but its template vouches for the stamp.
 */
function undatedNonNews({ meta, dateline, dayAndHour, heading, reading }: VerdictInput): boolean {
  if (hasArticleType(meta) || dateline || dayAndHour) return false;
  if (reading.kind === 'procedure' || reading.kind === 'definition') return true;
  if (meta.published) return false;
  const stamped = meta.ogType?.toLowerCase() === 'article';
  const silent = reading.reporting === 0 && reading.newsTime === 0 && reading.ages === 0;
  return stamped && silent && reading.sentences >= SILENT_SENTENCES && !OPINION_LABEL.test(heading);
}

/**
 * An encyclopedia's entry, whatever article type its JSON-LD gives: a page not typed as news nor stamped
 * og:type article, with no dateline by its headline, whose prose opens by defining the headline
 * (「コミュニティバスとは、…の総称である。」).
 */
function encyclopediaEntry({ meta, blocks, headline, dateline, dayAndHour, timedNearby }: VerdictInput): boolean {
  if (meta.ogType?.toLowerCase() === 'article' || hasNewsType(meta)) return false;
  return !dateline && !dayAndHour && !timedNearby && definesHeadline(headline, blocks);
}

/**
 * Is the page an article Shutten should read? A declared article (og:type article, JSON-LD NewsArticle,
 * itemprop=articleBody, a lone <article>) with complete prose is one however short; a page declaring
 * nothing needs longer prose; a page declaring "website" must date itself under its headline or be long.
 * A page declaring nothing is also one when its prose reads as a dated story (readsAsDatedStory).
 * Lists of articles, product and shop pages, bulletin-board threads, encyclopedia entries and undated pages
 * whose prose instructs, defines or bears no mark of news are not, whatever they declare.
 */
export function articleVerdict(input: VerdictInput): Verdict {
  const { doc, meta, root, blocks, titled, datedByHeadline, datedNearby, timedNearby } = input;
  const prose = proseOf(blocks);
  const complete = prose.chars >= DECLARED_CHARS && prose.sentences >= DECLARED_SENTENCES;
  const long = prose.chars >= MIN_CHARS && prose.sentences >= MIN_SENTENCES;
  const ogType = meta.ogType?.toLowerCase();
  const typed = hasArticleType(meta) || ogType === 'article';
  const declared =
    typed ||
    root.closest('[itemprop="articleBody"]') !== null ||
    (root.closest('article') !== null && doc.querySelectorAll('article').length <= 3);
  // og:type "website" and nothing else says article: a front page, unless the page dates itself under a
  // headline it declares, or the prose is long and readable (some sites stamp "website" on every page).
  const denied = !!ogType && ogType !== 'article' && !hasArticleType(meta);
  // A page that dates itself, in <head> or under its headline, and heads its text with the title it
  // declares vouches for itself.
  const vouched = (meta.dated || datedByHeadline) && titled;
  // A page declaring nothing needs longer prose, unless it reads as a dated story: then a brief will do.
  const enough = denied
    ? vouched
      ? complete
      : long
    : declared
      ? complete
      : long || (complete && readsAsDatedStory(input));
  if (!enough) return 'no-text';
  const { lines, headline, reading } = input;
  const notNews = notNewsKind(doc, meta, blocks, lines, headline, reading);
  // A page headed by a schedule (a programme's air time, an event's hours) describes what is to come.
  const scheduled = input.scheduled && !hasNewsType(meta);
  if (
    isListing(blocks) ||
    isListing(lines) ||
    notNews ||
    scheduled ||
    undatedNonNews(input) ||
    encyclopediaEntry(input)
  ) {
    return 'not-article';
  }
  // Long and readable is not enough under a "website" stamp without a date (in <head>, near the headline,
  // in the address): a company's message to its shareholders reads like prose too, but no story goes undated.
  const ok = denied
    ? vouched || (prose.chars >= DENIED_CHARS && datedNearby && probablyReaderable(doc))
    : // A page declaring nothing is a story when it heads its prose with the title it declares and a
      // dateline with the hour under it (an old site's table layout), however short.
      declared ||
      prose.chars >= UNDECLARED_CHARS ||
      (titled && timedNearby) ||
      readsAsDatedStory(input) ||
      probablyReaderable(doc);
  return ok ? 'ok' : 'not-article';
}
