import { type Block, sentenceCount, textOf } from './blocks';
import { breadcrumbItems } from './breadcrumb';
import { nonNewsCorner } from './corner';
import { editionName, sectionEdition } from './edition';
import { type EmbeddedPost, roundUpOfPosts } from './embedded-posts';
import { definesHeadline, referenceSections } from './encyclopedic';
import { foldedDense } from './fold';
import { isInterview } from './interview';
import { isDigest, isListing, isRoster } from './listing';
import { hasArticleType, hasNewsType, ogArticle, type PageMetadata } from './metadata';
import { notNewsKind } from './not-news';
import { listsCorrections, listsDatedEntries, listsItems, liveEntries } from './notice-entries';
import { siteNames } from './outlet';
import { EDITORIAL_LABELS, LEAD_DAY, PHOTO_DATELINE } from './prose-markers';
import type { ProseReading } from './prose-reading';
import { MEDIUM_NAME, PERSONAL_SITE } from './publisher-lexicon';
import { proseOf } from './root';
import { CORRECTED_REPORT, CORRECTION_HEADLINE } from './section-lexicon';
import { selfPublished } from './self-published';
import { isSponsored } from './sponsored';
import { OPINION_SECTIONS } from './writer-lexicon';

/** Why a page was judged not an article (or 'ok'). */
export type Verdict = 'ok' | 'not-article' | 'no-text';

/**
 * A page that declares itself an article needs complete prose, however short: this many characters in
 * this many sentences (a three-sentence brief, an easy-Japanese page of short sentences).
 */
const DECLARED_CHARS = 80;
const DECLARED_SENTENCES = 2;
/** Short sentences count too: an easy-Japanese page of four sentences like 「月曜日は　休みです。」. */
const SHORT_SENTENCES = 4;
const SHORT_CHARS = 60;
/**
 * A dated, declared page whose two sentences read as a news brief (told in the past, a day given, someone
 * reporting or an age) is complete at this length: 「1日午後5時半ごろ、…病院に運ばれた。警察によると、…という。」.
 */
const BRIEF_CHARS = 50;
/**
 * A page declaring nothing needs more: this many characters and sentences, and more still (a headline over a
 * dateline, a story's reading, the title over a timed dateline may stand for the rest).
 */
const MIN_CHARS = 200;
const MIN_SENTENCES = 3;
const UNDECLARED_CHARS = 500;
/** With og:type declaring something else ("website"), a page must date itself or be this long and dated nearby. */
const DENIED_CHARS = 1000;
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
  /** The social-media posts embedded in the article. */
  posts: readonly EmbeddedPost[];
}

/** This many dated lines make the page a list of entries (a diary's month, a day's stories), not one story. */
const DATED_ENTRIES = 3;

/** A column, essay or editorial names itself so by its headline or the line over it: 【コラム】, 論説, 社説. */
const OPINION_LABEL = new RegExp([...OPINION_SECTIONS, ...EDITORIAL_LABELS].join('|'), 'i');

/**
 * A page that declares no article (nothing, or og:type website as its template stamps every page) is a story
 * when it heads its prose with a headline over a dateline and the prose reads as news (reported, narrated, dated
 * or peopled), or, labelled a column, reads as no diary, procedure or definition: an old site's table layout
 * whose <title> is the site's name. The dateline may give the day and hour without the year (「09月05日 18時12分」)
 * or be any date the page prints by the headline (<time datetime> under an English <title>); three dated
 * entries make a list, not a story.
 */
function readsAsDatedStory(input: VerdictInput): boolean {
  const { blocks, headline, dateline, dayAndHour, datedByHeadline, entries, heading, reading } = input;
  if (!headline || entries >= DATED_ENTRIES) return false;
  // Printing no date, a brief dates itself in its lead, whatever its og:type: 「11日午前2時50分ごろ、…倉庫から火が
  // 出た。…長浜署によると、…という。」 under 「<font size="4"><b>倉庫全焼、けが人なし</b></font>」. One brief: each
  // line but a caption is prose (a second headline, 「朝市、来月から毎週日曜に」, makes a page of briefs).
  if (!(dateline || dayAndHour || datedByHeadline)) {
    const lead = blocks.find((b) => b.kind === 'paragraph');
    const lines = blocks.every((b) => b.kind === 'caption' || /[。！？]/.test(textOf(b)));
    return reading.kind === 'story' && lines && !!lead && LEAD_DAY.test(foldedDense(textOf(lead)));
  }
  // An interview's answers speak in the present (「売り場の半分は喫茶です。」), so its prose reads plain: laid out as
  // questions and answers under a lead that reports its speaker (「…」と話す。), it is a story too. A FAQ reports
  // no one.
  const interview = reading.reporting > 0 && isInterview(blocks);
  return reading.kind === 'story' || (reading.kind === 'plain' && (interview || OPINION_LABEL.test(heading)));
}

/**
 * Two sentences that read as a news brief: told in the past, a day given, and someone reporting, a person's
 * age (「…病院に運ばれた。警察によると、2人とも命に別条はないという。」) or a news photo's caption dating its
 * shot (a photo story: 「一面に咲いたひまわりの中を歩く家族連れ＝27日、北山市西原」 over two sentences).
 */
function readsAsBrief(r: ProseReading): boolean {
  return r.narrated >= 1 && r.newsTime >= 1 && (r.reporting >= 1 || r.ages >= 1 || r.photoDatelines >= 1);
}

/** A photo story typed as news dates this many of its photos' captions at least (「…山車＝3日午後、北山市本町」). */
const PHOTO_STORY_CAPTIONS = 2;

/**
 * A page typed as a news report (NewsArticle…) is complete, dated under the title it declares, with a flash's
 * two sentences told in the past on a given day (「3日午後3時15分ごろ、…震度5弱の揺れを観測しました。
 * この地震による津波の心配はありません。」), or with one such sentence over news photos whose captions date them.
 */
function readsAsNewsFlash({ meta, reading: r }: VerdictInput, sentences: number, chars: number): boolean {
  if (!hasNewsType(meta) || r.narrated < 1 || r.newsTime < 1) return false;
  return (sentences >= DECLARED_SENTENCES && chars >= BRIEF_CHARS) || r.photoDatelines >= PHOTO_STORY_CAPTIONS;
}

/** Sentences a page's prose has at least before a silence about anyone but its writer counts against it. */
const UNPEOPLED_SENTENCES = 5;

/**
 * Not news, however declared and dated, but typed news or labelled a column: prose in which nobody reports and
 * no age is given, and that tells nothing — no sentence told in the past, no day of news (a photo story told
 * in its caption has no such prose to judge): a TV evening's
 * listings (「7時からはニュースをお届けします。」), a missing page's apology (「お探しのページは見つかりませんでした。」),
 * a shop's notice of its holiday hours (「…させていただきます。」「…お問い合わせください。」). Not stamped an article,
 * its days are no news when the prose speaks to the reader (「1月1日から3日までは休業させていただきます。…お早めに
 * お申し込みください。」); a paper's preview names its day to tell what a body will do (「図書館は7月1日から、…延ばす。」).
 * On a page its template stamps an article (og:type article, JSON-LD Article or BlogPosting), prose of five
 * sentences or more in which no body or named person acts either — a writer's own post (「去年の春、会社を辞めて
 * 北山町に引っ越しました。…」), a fortune page (「思い切った行動が吉。…大切にしましょう。」).
 */
function unpeopledProse({ meta, heading, reading: r }: VerdictInput): boolean {
  if (hasNewsType(meta) || OPINION_LABEL.test(heading) || r.reporting || r.ages) return false;
  const stamped = ogArticle(meta) || hasArticleType(meta);
  return (
    !(r.narrated || (r.newsTime && (stamped || !r.instructions)) || !r.sentences) ||
    (stamped && r.sentences >= UNPEOPLED_SENTENCES && !r.thirdParty)
  );
}

// A pictograph or a kaomoji's face in the prose (😭🎉📚, (*´ω｀*), (ﾟ∀ﾟ)): a blogger's voice; a report writes none
// outside the posts it embeds.
const PICTOGRAPH = /\p{Extended_Pictographic}|[´｀ωﾟ∀]/u;
const PICTOGRAPH_LINES = 3;

/**
 * A blogger's post, however dated and declared: not typed news, its prose written as I (prose-reading.ts),
 * and the page typed a blog post (JSON-LD BlogPosting) or its lines strewn with pictographs (「ドラマ初主演！！
 * 本人も…書いてて泣いた😭」): a fan's report of a concert, not a report — unless labelled a column. A
 * BlogPosting a news outlet publishes (its publisher a NewsMediaOrganization) is its writer's column
 * (「日曜の朝、私は久しぶりに港の朝市を歩いた。」 signed 「文・川島裕子」); a blog host is an Organization. A blog
 * typed NewsArticle is told by its comment form on a site named as no medium.
 */
function bloggedAsI({ doc, meta, blocks, heading, reading }: VerdictInput): boolean {
  if (OPINION_LABEL.test(heading)) return false;
  const types = meta.jsonLdTypes;
  const outlet = types.includes('NewsMediaOrganization');
  // A site named as a person's, no medium's (「城山でのんびり暮らす日記」「みどりのブログ」), posts its writer's
  // words: a post not typed news in which the writer speaks as I at all is theirs, a story or not. A paper's
  // 「北浜新聞 記者ブログ」 is a medium's.
  const own = siteNames(doc).some((n) => PERSONAL_SITE.test(n) && !MEDIUM_NAME.test(n));
  if (own && reading.personal && !outlet && !hasNewsType(meta)) return true;
  if (reading.kind !== 'personal') return false;
  // Typed news, a post written as I is a blogger's when readers write back under it (a comment form) or its
  // lines are strewn with pictographs, on a site named as no medium: 「…デマンド交通って実際どうなの？」 on
  // 「いなか暮らし、ときどき家計簿」, a singer's members-only diary to her fans (「ツアーの準備、順調です🎤」
  // 「また明日ね〜(*´ω｀*)」). A paper's columnist writes as I on 「北浜新聞」, or under a NewsMediaOrganization.
  const strewn = blocks.filter((b) => PICTOGRAPH.test(textOf(b))).length >= PICTOGRAPH_LINES;
  if (hasNewsType(meta))
    return !outlet && !MEDIUM_NAME.test(meta.byline ?? '') && (strewn || !!doc.querySelector('textarea'));
  return strewn || (types.includes('BlogPosting') && !outlet);
}

/** A headline this short, with no figure and no particle or comma, names a page rather than tells a story. */
const NAMING_HEADLINE = 6;
const TELLING = /[\d、,がをにでへとは]/;
// A name's reading after it, bracketed or in two parts: 「真壁 早苗（まかべさなえ）」「浅野美帆あさの・みほ」. In
// hiragana: a story's headline may close in katakana (「北米・アジア」).
const NAME_READING = /[(（][ぁ-ゖ・]+[)）]$|[ぁ-ゖ]+・[ぁ-ゖ]+$/;

/**
 * A page headed by a name, not a story: 「運行情報」「利用規約」「沿革」「整形外科」 (a service's status, its terms,
 * a firm's history, a clinic's department), or a person's name with its reading (a reporter's page: her bio over
 * her stories). A story's headline says what happened (「衆院解散、総選挙へ」 「大谷50号」), and prose that reads as
 * a story, or a type of news, keeps a terse one.
 */
function namesAPage({ meta, headline, reading }: VerdictInput): boolean {
  if (!headline || hasNewsType(meta) || reading.kind === 'story') return false;
  const name = headline.replace(NAME_READING, '');
  return name.length <= NAMING_HEADLINE && !TELLING.test(name);
}

/**
 * A section's edition of notices, whatever it declares: the headline names the section, with the day it
 * prints (「人事（6月12日付）」「読者の声（6月14日）　… ほか」「防災行政無線の放送内容（令和7年6月）」), or
 * names it alone over prose that is no story (「国語の解答と講評」: an exam's answers and a tutor's review).
 * Or the page is filed under such a section and its headline gives only the day or gathers several pieces.
 * A column's name with its day (「春秋（6月12日）」) names no section of notices, and a headline labelled a
 * column or editorial (「【コラム】読者の声に思う」) is read as one.
 */
function editionOfNotices({ doc, meta, headline, reading }: VerdictInput): boolean {
  if (OPINION_LABEL.test(headline ?? '')) return false;
  const name = editionName(headline);
  if (name) return name.dated || reading.kind !== 'story';
  // Filed under a section of notices (its declared one, or a breadcrumb's item), headed by the day alone or by
  // several pieces' titles (「… ほか」).
  return sectionEdition(headline, [meta.section ?? '', ...breadcrumbItems(doc)]);
}

/**
 * A correction of the outlet's own report, headed so and naming the report in its first sentence (「お詫びと
 * 訂正」 over 「2月6日付朝刊の…の記事で、事業費に誤りがありました。」): part of the news record, however short and
 * whatever section of notices files it (社告・お知らせ). A day's edition of corrections stays an edition.
 */
function correctsReport({ meta, headline, blocks }: VerdictInput): boolean {
  // The title when no headline is found: an old site's <b>訂正とおわび</b> is too short to match 「… - 北陸しんぶん」.
  const heads = [headline ?? '', ...meta.titles];
  if (!heads.some((t) => CORRECTION_HEADLINE.test(foldedDense(t))) || editionName(headline)?.dated) return false;
  const lead = blocks.find((b) => b.kind === 'paragraph' && sentenceCount(textOf(b)) > 0);
  return !!lead && CORRECTED_REPORT.test(textOf(lead));
}

/** Dialogue paragraphs that, with nobody reporting, make the prose a work of fiction. */
const FICTION_DIALOGUES = 2;

/**
 * A story in the other sense: a novel's chapter, narrated in the past with lines of dialogue on their own
 * (「「遅いぞ、リナ」」), in which nobody reports, no day is given and nobody's age is told. A report quotes its
 * speakers and says who they are (「…」と話した).
 */
function readsAsFiction({ meta, reading: r }: VerdictInput): boolean {
  if (hasNewsType(meta)) return false;
  return r.dialogues >= FICTION_DIALOGUES && r.reporting === 0 && r.newsTime === 0 && r.ages === 0;
}

/** Sentences a page's prose has at least before its silence about news counts against it. */
const SILENT_SENTENCES = 3;

/**
 * Not news whatever it declares, short of an article type in JSON-LD: on a page with no dateline by its
 * headline, prose that tells the reader what to do (a city office's procedures, its FAQ) or defines a
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
  const stamped = ogArticle(meta);
  const silent = reading.reporting === 0 && reading.newsTime === 0 && reading.ages === 0;
  return stamped && silent && reading.sentences >= SILENT_SENTENCES && !OPINION_LABEL.test(heading);
}

/**
 * An encyclopedia's entry, whatever article type its JSON-LD or og:type gives, so long as it is not typed news:
 * laid out in a reference entry's sections with its notes (概要, 沿革, 脚注, [1]) — its sources' dates are no
 * dateline —, or, not stamped og:type article and with no dateline by its headline, opening its prose by
 * defining the headline (「コミュニティバスとは、…の総称である。」).
 */
function encyclopediaEntry({ meta, blocks, headline, dateline, dayAndHour, timedNearby }: VerdictInput): boolean {
  if (hasNewsType(meta)) return false;
  if (referenceSections(blocks)) return true;
  return !(ogArticle(meta) || dateline || dayAndHour || timedNearby) && definesHeadline(headline, blocks);
}

// A news photo's caption closes with the place it was taken, or the day: 「…眺めていた。＝北山市本町」.
const CAPTION_PLACE = /[。.][=＝][^=＝。、]{2,20}$/;

/**
 * The prose of the article's paragraphs; or, with none, of its captions that close as a news photo's do
 * (「＝北山市本町」「＝9日、北山市」): a photo story whose whole text is the caption under its one photo.
 */
function captionedProse(blocks: readonly Block[]): { chars: number; sentences: number } {
  const prose = proseOf(blocks);
  if (prose.sentences) return prose;
  const captions = blocks.filter((b) => {
    if (b.kind !== 'caption') return false;
    const text = textOf(b).trim();
    return CAPTION_PLACE.test(text) || PHOTO_DATELINE.test(text.normalize('NFKC'));
  });
  return proseOf(captions.map((b) => ({ ...b, kind: 'paragraph' as const })));
}

/**
 * Is the page an article Shutten should read? A declared article (og:type article, JSON-LD NewsArticle,
 * itemprop=articleBody, a lone <article>) with complete prose is one however short; a page declaring
 * nothing needs longer prose; a page declaring "website" must date itself under its headline or be long.
 * A page declaring nothing is also one when its prose reads as a dated story (readsAsDatedStory).
 * Lists of articles, product and shop pages, bulletin-board threads, encyclopedia entries, a sponsor's paid
 * piece and undated pages whose prose instructs, defines or bears no mark of news are not, whatever they declare.
 */
export function articleVerdict(input: VerdictInput): Verdict {
  const { doc, meta, root, blocks, titled, datedByHeadline, datedNearby, timedNearby, reading } = input;
  const prose = captionedProse(blocks);
  const complete =
    (prose.chars >= DECLARED_CHARS && prose.sentences >= DECLARED_SENTENCES) ||
    (prose.chars >= SHORT_CHARS && prose.sentences >= SHORT_SENTENCES);
  const long = prose.chars >= MIN_CHARS && prose.sentences >= MIN_SENTENCES;
  const ogType = meta.ogType?.toLowerCase();
  const typed = hasArticleType(meta) || ogArticle(meta);
  const declared =
    typed ||
    root.closest('[itemprop="articleBody"]') !== null ||
    (root.closest('article') !== null && doc.querySelectorAll('article').length <= 3);
  // og:type "website" and nothing else says article: a front page, unless the page dates itself under a
  // headline it declares, or the prose is long (some sites stamp "website" on every page).
  const denied = !!ogType && ogType !== 'article' && !hasArticleType(meta);
  // A page that dates itself, in <head> or under its headline, and heads its text with the title it
  // declares vouches for itself.
  // So does a broadcaster's item stamped with its day and hour, no year, over prose told as news, most of it
  // narrated (「10月27日 11時48分」 over 「27日午前6時半ごろ、…通報がありました。…決めました。」); a station's notice
  // so stamped tells the reader what is to come (「…のメンテナンスを行います。」).
  const vouched =
    (meta.dated || datedByHeadline || (input.dayAndHour && reading.narrated > reading.sentences / 2)) && titled;
  // A brief that heads itself with the title it declares and dates itself there is complete at its length,
  // declared or not: 「<title>市役所で報知器誤作動 | 北山日報</title>」 over <h1> and a dated line, two sentences.
  // A correction of a report is complete at a brief's length: 「…の記事で、総額を「8億4千万円」としたのは「4億8千万円」
  // の誤りでした。記事は訂正済みです。」
  const correction = correctsReport(input);
  const brief =
    (correction && prose.chars >= BRIEF_CHARS && prose.sentences >= DECLARED_SENTENCES) ||
    (vouched &&
      (((typed || !declared) && prose.chars >= BRIEF_CHARS && readsAsBrief(input.reading)) ||
        readsAsNewsFlash(input, prose.sentences, prose.chars)));
  // A page declaring nothing needs longer prose, unless it reads as a dated story or heads it with the title
  // it declares over a dateline with the hour (an old site's obituary of four sentences): then a brief will do.
  // A live page, typed so or entry by entry (liveEntries), is one story, whatever the template stamps.
  const live = meta.jsonLdTypes.includes('LiveBlogPosting') || liveEntries(blocks);
  // So is one that heads its prose with the title it declares over a dateline with the hour, whatever its stamp,
  // unless its writer speaks as I outside quotes (「私はこの町に来てよかったと思っています。」: a post, no report).
  const timedTitle = titled && timedNearby && !reading.personal;
  const enough = denied
    ? vouched || live || timedTitle
      ? complete
      : long || (complete && readsAsDatedStory(input))
    : declared
      ? complete || brief
      : long || brief || (complete && (timedTitle || readsAsDatedStory(input)));
  if (!enough) return 'no-text';
  const { lines, headline } = input;
  const notNews = notNewsKind(doc, root, meta, blocks, lines, headline, reading);
  // A page headed by a schedule (a programme's air time, an event's hours) describes what is to come.
  const scheduled = input.scheduled && !hasNewsType(meta);
  // The text by the headline after the headline's own words: a label line over it (「広告企画　提供：…」).
  const around = input.heading.slice(headline?.length ?? 0);
  if (
    isSponsored(doc, root, meta, headline, around, lines) ||
    // A corner of no news, however typed (serial fiction, fortunes, a glossary, a quiz, the paper's notices),
    // or a page named, not told, unless it corrects a report.
    (!correction &&
      (nonNewsCorner([headline, doc.title, meta.section, ...breadcrumbItems(doc)]) ||
        editionOfNotices(input) ||
        namesAPage(input))) ||
    // Entries each under a heading dating it (a live blog, typed so, is one story's entries), or lines of
    // ▽-separated items, or corrections of several reports: notices, not a report.
    (listsDatedEntries(blocks) && !live) ||
    listsItems(blocks) ||
    listsCorrections(blocks) ||
    isListing(blocks) ||
    isListing(lines) ||
    isDigest(lines) ||
    isRoster(blocks) ||
    notNews ||
    // A curator's round-up of posts, however typed but as a live blog (a station's page of the day's official
    // posts): the posts are the page, not a story's quotes.
    (reading.kind !== 'story' && !live && roundUpOfPosts(blocks, input.posts)) ||
    // A page its publisher puts out about itself (a company's release, a school's news) or a user's post.
    selfPublished(doc, meta) ||
    scheduled ||
    undatedNonNews(input) ||
    unpeopledProse(input) ||
    bloggedAsI(input) ||
    encyclopediaEntry(input) ||
    readsAsFiction(input)
  ) {
    return 'not-article';
  }
  // Long is not enough under a "website" stamp without a date (in <head>, near the headline,
  // in the address): a company's message to its shareholders reads like prose too, but no story goes undated.
  // Prose that reads as a story under its headline, stamped with a day and hour (a TV station's
  // 「12月3日(水) 18:15配信」 after the body), is one whatever the template stamps.
  if (correction) return 'ok';
  // A page declaring no article is a story when it heads its prose with the title it declares and a dateline with
  // the hour under it (an old site's table layout; a wire's 「2024年09月12日 15時31分」 under a "website" stamp),
  // however short, or dates it under that title, unless its prose is a diary's (written as I).
  const ok =
    timedTitle ||
    readsAsDatedStory(input) ||
    (vouched && reading.kind !== 'personal') ||
    (denied ? live || (prose.chars >= DENIED_CHARS && datedNearby) : declared || prose.chars >= UNDECLARED_CHARS);
  return ok ? 'ok' : 'not-article';
}
