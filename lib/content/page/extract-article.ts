import type { SpeakerSpan } from '../../../core/types';
import { appealBoxes } from './appeal-box';
import { columnAuthor } from './author';
import { subtreeStatsSteps } from './block-stats';
import { type Block, type BlockKind, blocksUnderSteps, headedGridOf, sentenceCount, textOf, WORD } from './blocks';
import { isTrailToHeadline } from './breadcrumb';
import { datedEntries, hasDayAndHour, hasScheduleLine, isBylineStamp, isTimeStamp } from './dateline';
import { embeddedPosts, speakerSpans, withoutFurniture } from './embedded-posts';
import { undeclaredHeadline } from './emphasised-heading';
import { eventDateline } from './event-date';
import { articleLines } from './furniture-lines';
import { findHeadline, matchesTitle } from './headline';
import { isJapaneseText, languageSample } from './language';
import { belowHeadline, ledeSteps, trailingCaptionsSteps } from './lede';
import {
  datelineIsoDate,
  hasArticleType,
  ogArticle,
  type PageMetadata,
  readMetadata,
  timedIsoDate,
  toIsoDate,
  updateIsoDate,
} from './metadata';
import { hostOf, siteOfTitle } from './outlet';
import { withoutOutletLines } from './outlet-lines';
import { denseText, PageIndex, showsMoreThan } from './page-index';
import { readProse } from './prose-reading';
import { urlPublished, visiblePublished } from './published';
import { findArticleRoot, type RootOptions } from './root';
import { isRunningTime } from './running-time';
import { counterEdges, isSlideCounter } from './slide-counter';
import { HEAVY, runSteps, runStepsInTasks, type Steps, type TaskOptions } from './steps';
import { captionStory, feedEntries } from './story-runs';
import { storyTables } from './story-table';
import {
  shownText,
  shownTextUpTo,
  type TextMap,
  TextMapBuilder,
  textNodesUnder,
  textNodesUnderSteps,
} from './text-map';
import { articleVerdict } from './verdict';

/** One line of the analysed text and what it is; offsets into ExtractedArticle.map.text. */
export interface ArticleLine {
  kind: BlockKind;
  start: number;
  end: number;
}

/** A page as Shutten reads it: is it a Japanese article, and if so its text mapped to the page. */
export interface ExtractedArticle {
  /**
   * What the page declares; `title` is the headline as shown on the page when one was found, and
   * `published` falls back to the date printed by the headline, then to one in the page's address.
   */
  meta: PageMetadata;
  isJapanese: boolean;
  isArticle: boolean;
  /** The article text (headline first, one paragraph a line) and its map back to the page's text nodes. */
  map: TextMap;
  /** Each line of map.text with its kind (headline, heading, paragraph, caption). */
  lines: ArticleLine[];
  /** Embedded social-media posts whose author is named, and where their words lie in map.text. */
  speakers: SpeakerSpan[];
  /** The element the body was read from (null when the page is not Japanese or has no text). */
  articleRoot: Element | null;
  /** Why the page was judged not an article, for the popup and for debugging. */
  reason: 'ok' | 'not-japanese' | 'not-article' | 'no-text';
}

/** Options of extractArticle (all optional; the extension and the CLI pass none). */
export interface ExtractOptions extends RootOptions {
  /**
   * Called as soon as the page reads as Japanese and declares itself an article (og:type article,
   * a JSON-LD NewsArticle), before the (costlier) search for its text: the content script starts
   * the background's dictionary load there, so the two overlap. A portal or a page that declares
   * nothing is judged first, so the dictionary is never loaded for a page that is not read.
   */
  onDeclaredArticle?: () => void;
}

/** A paragraph that is all link text, this short and without a sentence end, is a pointer to another page. */
const MAX_LINK_LINE = 80;
/** How much of the text around the headline is searched for a written date. */
const DATE_SCAN = 2000;
/** How much of that text is searched for a label over the headline (「コラム「天竜川」　2024年6月20日」). */
const HEADING_SCAN = 100;
/** The first lines of the root looked at for a schedule under the headline (a programme's air time). */
const SCHEDULE_LINES = 6;
// Short bracketed labels a stamp line carries: 「[会員限定記事]」「【有料】」.
const STAMP_LABELS = /[[［【][^\]］】]{1,8}[\]］】]/g;
// The issue a weekly printed the story in: 「■この記事の掲載号　週刊房総新報　2024年11月8日号（第2718号）1面」.
const ISSUE_STAMP = /^[\s■□●◆▼【[]*(?:この記事の)?掲載(?:号|紙面|日)[\]】]?\s*[:：\s]/;

/** Lines worth analysing: some letter or digit (not a lone 「/」), and no carousel counter, bare time stamp or issue stamp. */
function isContentLine(b: Block): boolean {
  const text = textOf(b);
  // A carousel's counter under its photos, in a line or a caption of its own: 「2 / 2」「写真6/8」; a video's running
  // time on its thumbnail (「1:32」).
  if (!WORD.test(text) || isSlideCounter(text) || isRunningTime(text)) return false;
  if (b.kind !== 'paragraph') return true;
  // A lone link line in the body points elsewhere: 「【写真】式典の様子はこちら」「3位 株価、続落」.
  const linkLine = b.linked && b.chars <= MAX_LINK_LINE && !sentenceCount(text);
  // A stamp with a label beside it is a stamp: 「2025年3月12日 17:30 （19:02更新） [会員限定記事]」.
  if (linkLine || (ISSUE_STAMP.test(text) && !sentenceCount(text))) return false;
  return !isTimeStamp(text.trim().replace(STAMP_LABELS, ''));
}

/**
 * Finds the article on a page and maps its text to the page's live text nodes, a step at a time (see
 * extractArticle and extractArticleInTasks). Candidate roots come from Readability (run on a clone; the
 * page is never touched), a JSON-LD articleBody, <article>, itemprop=articleBody and <main>; the one with
 * the most prose and least furniture is read line by line, headline first.
 */
function* extractSteps(doc: Document, opts: ExtractOptions): Steps<ExtractedArticle> {
  const meta = readMetadata(doc);
  yield;
  const body = doc.body ?? doc.querySelector('body');
  const nodes = body ? yield* textNodesUnderSteps(body) : [];
  const empty = { map: { text: '', segments: [] }, lines: [], speakers: [], articleRoot: null };
  if (!body || !isJapaneseText(languageSample(nodes), meta.lang)) {
    return { meta, isJapanese: false, isArticle: false, ...empty, reason: 'not-japanese' };
  }
  const declared = hasArticleType(meta) || ogArticle(meta);
  if (declared) opts.onDeclaredArticle?.();
  yield;
  const index = new PageIndex(nodes);
  // Counted once: every candidate root, the lede's scope and the chosen root read their lines with these.
  const bodyStats = yield* subtreeStatsSteps(body);
  const root = yield* findArticleRoot(doc, body, index, meta, opts, bodyStats);
  yield;
  // A page declaring no article (its <title> the site's name, og:type website on every page) may still head its
  // prose with an emphasised line.
  const found = findHeadline(doc, meta.titles, root);
  const headline = declared ? found : undeclaredHeadline(found, root);
  const lede = yield* ledeSteps(headline, root, bodyStats);
  const own = yield* blocksUnderSteps(root, headline, bodyStats);
  // Embedded posts keep their words and lose their frame (「— 東和食品 (@towa_foods) July 4, 2025」).
  const posts = embeddedPosts(root);
  const trailing = yield* trailingCaptionsSteps(root, bodyStats);
  // The rules below read every line of the story in one go: a task of their own.
  yield HEAVY;
  const lined = withoutFurniture([...lede, ...belowHeadline(own, headline, root), ...trailing], posts);
  // The writer's name over the story with its stamp (「山中智子2025年3月10日 7時00分」) is a byline.
  const content = lined.filter((b) => isContentLine(b) && !isBylineStamp(textOf(b), meta.writers));
  // The outlet's or writer's name alone (「共同通信」), and the profile box it heads under the story, are no story.
  const outlets = [meta.byline, ...meta.writers].filter((n): n is string => !!n);
  const blocks = withoutOutletLines(articleLines(content, root), root, outlets);
  yield;

  // No date in <head>: the one printed by the headline (「<h1>…</h1><span class="day">2018年6月18日</span>」).
  const dateScope = headline ? dateScopeOf(headline) : root.parentElement;
  const printed = dateScope ? visiblePublished(dateScope) : null;
  meta.published ??= printed ?? urlPublished(meta.url);

  const headlineText = denseText(headline ? shownText(headline) : '');
  const titled = !!headline && matchesTitle(headlineText, meta.titles.map(denseText));
  // 「<h1>高円寺の古本市…</h1><span class="date">2025.07.02</span>」: a story dated under its headline. A front
  // page's heading is the site's own name, with today's date beside it: that dates no story.
  const siteName = denseText(meta.byline ?? '');
  const datedByHeadline = !!headline && !!printed && !(siteName && headlineText.includes(siteName));
  // Any full date by the headline, in whatever element (「2025年7月8日 10時30分」 in a plain <p>).
  const nearby = dateScope ? shownTextUpTo(dateScope, DATE_SCAN) : '';
  const datedNearby = !!meta.published || !!toIsoDate(nearby);
  // 「2024/7/12 18:40」 by the headline: a story's dateline carries the hour; an office page's 更新日 does not.
  const timed = timedIsoDate(nearby);
  const timedNearby = timed !== null;
  meta.published ??= timed;
  // An office's news item stamped only 更新日 dates its event in its first words, the stamp a day or so later.
  const sentences = blocks.filter((b) => b.kind === 'paragraph').map(textOf);
  const firstParagraph = sentences.find((t) => sentenceCount(t) > 0) ?? '';
  const dateline = datelineIsoDate(nearby) ?? eventDateline(firstParagraph, updateIsoDate(nearby));
  const reason = articleVerdict({
    doc,
    meta,
    root,
    blocks,
    lines: own,
    titled,
    datedByHeadline,
    datedNearby,
    timedNearby,
    headline: headline ? headlineText : null,
    dateline,
    dayAndHour: hasDayAndHour(nearby.slice(0, DATE_SCAN)),
    scheduled: hasScheduleLine([...nearby.split('\n'), ...own.slice(0, SCHEDULE_LINES).map(textOf)]),
    entries: datedEntries(own.map(textOf)),
    heading: `${headlineText} ${nearby.slice(0, HEADING_SCAN)}`,
    reading: readProse(blocks),
    posts,
  });
  // A story taken on its dateline is dated by it. An outlet that is the host or the headline is a makeshift:
  // with the headline known, <title> tells the site's name from it.
  if (reason === 'ok') meta.published ??= dateline;
  const makeshift = !meta.byline || meta.byline === hostOf(meta.url) || denseText(meta.byline) === headlineText;
  if (reason === 'ok' && makeshift && headline) {
    meta.byline = siteOfTitle(doc.querySelector('title')?.textContent ?? null, headlineText) ?? meta.byline;
  }
  const isArticle = reason === 'ok';
  // A long story's verdict and its lines' map are two tasks: the page's frames go on between them.
  yield;
  const builder = new TextMapBuilder();
  const lines: ArticleLine[] = [];
  const addLine = (kind: BlockKind, textNodes: readonly Text[]) => {
    const start = builder.size;
    // A caption's slide counter is left out, its words kept: 「1/5朝霧が立ちこめる湖畔」 → 「朝霧が立ちこめる湖畔」.
    const text = textNodes.map((t) => t.data).join('');
    const [head, tail] = kind === 'caption' ? counterEdges(text) : [0, 0];
    let at = 0;
    for (const t of textNodes) {
      const n = t.data.length;
      const [from, to] = [Math.max(0, head - at), Math.min(n, text.length - tail - at)];
      if (to > from) builder.append(t, from, to);
      at += n;
    }
    if (builder.size > start) lines.push({ kind, start, end: builder.size });
    builder.endLine();
  };
  if (headline) addLine('headline', textNodesUnder(headline));
  // A grid under header cells is an article's table beside its story (the verdict reads it: a course's fee table
  // sells); on a page read though no article (a catch report's table, a shop's sheet) it is what the reader came for.
  // A box asking the reader for something and a trail ending at the headline go the same way: no reader takes them
  // for the story, and the verdict has read them (a page passed its length with a reader's present in it).
  // A grid the story's paragraphs report on row by row is its own figure, kept (story-table.ts).
  const appeals = appealBoxes(blocks);
  const figures = storyTables(blocks);
  const beside = (grid: Element | null) => !!grid && !figures.has(grid);
  const left = (b: Block) =>
    beside(headedGridOf(b)) ||
    appeals.some((box) => box.contains(b.nodes[0] ?? null)) ||
    isTrailToHeadline(denseText(textOf(b)), headlineText);
  // A photo story's text by each photo is its body; a live feed's stamped entries under the story are not.
  const told = captionStory(blocks);
  const live = feedEntries(blocks);
  for (const b of blocks) if (!isArticle || !(left(b) || live.has(b))) addLine(told(b) ? 'paragraph' : b.kind, b.nodes);
  const map = builder.finish();
  if (headline) meta.title = map.text.slice(0, lines[0]?.end ?? 0) || meta.title;
  // Only an article read as one has an author: a thread's blogger, forced through, is no columnist.
  meta.author = isArticle ? (meta.author ?? columnAuthor(doc, meta, root)) : null;
  const speakers = speakerSpans(map, posts);
  return { meta, isJapanese: true, isArticle, map, lines, speakers, articleRoot: root, reason };
}

/** Finds and maps the article in one go (the CLI, the evaluation, tests). */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle {
  return runSteps(extractSteps(doc, opts));
}

/**
 * The same, giving the page its main thread back between steps whenever a stretch of work has taken a few
 * milliseconds (the content script): Readability on a clone, each candidate root and the reading of the
 * lines are separate tasks, so no task of ours runs long on the reader's page.
 */
export function extractArticleInTasks(
  doc: Document,
  opts: ExtractOptions = {},
  tasks: TaskOptions = {},
): Promise<ExtractedArticle> {
  return runStepsInTasks(extractSteps(doc, opts), tasks);
}

/**
 * Where the date printed by a headline is looked for: its grandparent (<div><h1>…</h1><span class="day">…),
 * or, in a table layout where the headline fills its cells (<tr><td><b>見出し</b></td></tr><tr><td>日付</td>),
 * the first ancestor holding more than the headline's words.
 */
function dateScopeOf(headline: Element): Element | null {
  const words = denseText(shownText(headline)).length;
  let scope = headline.parentElement?.parentElement ?? null;
  for (let i = 0; scope && i < 4 && !showsMoreThan(scope, words); i++) scope = scope.parentElement;
  return scope;
}
