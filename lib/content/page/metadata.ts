import { declaredAuthor } from './author';
import { itemTypes, type JsonLdNode, jsonLdNodes, typesOf } from './json-ld';
import { cleanName, namedThings } from './names';
import { outletName } from './outlet';
import { NEWS_TYPES, NOT_NEWS_TYPES, type NotNewsKind, PRICE_META } from './page-kinds-lexicon';
import { UPDATE_LABEL } from './prose-markers';
import { NOT_PERSON } from './writer-lexicon';

/** What a page says about itself in its <head>: the signals that it is an article, and when and by whom. */
export interface PageMetadata {
  title: string | null;
  published: string | null;
  /** The outlet (「朝日新聞デジタル」, 「AFPBB News」): a name, never an address. */
  byline: string | null;
  lang: string | null;
  ogType: string | null;
  /** The page's own address: og:url, else <link rel="canonical">, else the document URL. */
  url: string | null;
  /** @type values of its JSON-LD blocks (through @graph and nested nodes like mainEntity), and its microdata itemtypes. */
  jsonLdTypes: string[];
  /** What the page declares its main entity to be when that is no report: a Product (or a price), a Restaurant, a forum post. */
  declaredKind: NotNewsKind | null;
  /** True when <head> dates the article (article:published_time, JSON-LD datePublished), not just some <time> on the page. */
  dated: boolean;
  /** The section the page files itself under (article:section, JSON-LD articleSection): 「コラム」「経済」. */
  section: string | null;
  /** Names the page gives as its writers (JSON-LD authors and creators who are not organisations, meta author). */
  writers: string[];
  /**
   * The writer of a signed column, essay or opinion piece, who is the source of its figures; null for news
   * reports (their reporters are no source). From the declared writers here; extractArticle adds one from
   * the page's byline element.
   */
  author: string | null;
  /** JSON-LD articleBody, when the page ships one. */
  articleBody: string | null;
  /** The @type of the article's JSON-LD publisher (Organization, CollegeOrUniversity…). */
  publisherTypes: string[];
  /** Every title the page declares (og:title, JSON-LD headline, <title>), for finding the headline element. */
  titles: string[];
}

/** Article types: the news types and the two a template stamps on any post. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set(['Article', 'BlogPosting', ...NEWS_TYPES]);

/** True when JSON-LD declares an article type. */
export function hasArticleType(meta: PageMetadata): boolean {
  return meta.jsonLdTypes.some((t) => ARTICLE_TYPES.has(t));
}

/** True when og:type stamps the page "article" (in any case). */
export function ogArticle(meta: PageMetadata): boolean {
  return meta.ogType?.toLowerCase() === 'article';
}

/** True when JSON-LD types the page as a news report (NewsArticle…): news whatever else it carries. */
export function hasNewsType(meta: PageMetadata): boolean {
  return meta.jsonLdTypes.some((t) => NEWS_TYPES.has(t));
}

/** The page's <meta> values by property/name/itemprop, first one winning: one pass, not a query per name. */
type MetaTable = Map<string, string>;

function metaTable(doc: Document): MetaTable {
  const table: MetaTable = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    // Some pages write <meta name="og:type" value="article"> (Publickey, Impress): read both.
    const v = (el.getAttribute('content') ?? el.getAttribute('value'))?.trim();
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, v);
    }
  }
  return table;
}

function metaContent(table: MetaTable, names: readonly string[]): string | null {
  for (const n of names) {
    const v = table.get(n.toLowerCase());
    if (v) return v;
  }
  return null;
}

// A full date as pages write it: 2025-07-10, 2019/03/02, 2019.3.2, 2019年3月2日.
// Easy-Japanese pages space their words: 2024年 11月 25日.
// Not across lines or into the next number: 「2024年7月\n2024年6月」 is no 2024-07-20.
const FULL_DATE = String.raw`(\d{4})(?:[-/.]|年(?:\(..[元\d]{1,2}年\))?[ \u3000]?)(\d{1,2})(?:[-/.]|月[ \u3000]?)(\d{1,2})(?!\d)`;
const DATE = new RegExp(FULL_DATE);
// …with its hour: 2024/7/12 18:40, 2024年7月12日 18時40分, 2024.07.12 (金) 18:40 — a story's dateline.
const TIMED_DATE = new RegExp(`${FULL_DATE}日?\\s*(?:[(（][^)）]{1,3}[)）])?\\s*\\d{1,2}[:時]\\d{2}`);

/** "2025-07-10T09:00:00+09:00" → "2025-07-10"; 2019/03/02 and 2019年3月2日 too. Keeps the date as written (local time). */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return isoOf(value.normalize('NFKC').match(DATE));
}

/** The first full date written with its hour (a dateline: 2024/7/12 18:40) → "2024-07-12", else null. */
export function timedIsoDate(value: string): string | null {
  return isoOf(value.normalize('NFKC').match(TIMED_DATE));
}

const DATES = new RegExp(FULL_DATE, 'g');
/** How far before a date its label is looked for: 「更新日：」. */
const LABEL_SPAN = 8;
// 「令和7年4月1日から…が始まります」「2025年3月31日まで」: a date that opens or closes a span, said in a sentence
// about what is to come (a notice's start date, a deadline), dates no story.
const SPAN_END = /^日?\s*(?:[(（][^)）]{1,3}[)）])?\s*(?:から|より|まで|以降|以後)/;

/**
 * The first full date that dates a story, not a page's upkeep: 「2024年3月15日号」 → "2024-03-15",
 * 「令和6年11月8日」 → "2024-11-08", while 「更新日：2024年4月1日」 (an office page's stamp) and a span's start
 * or end (「令和7年4月1日から」, a notice's date of what is to come) are passed over. Null when there is none.
 */
export function datelineIsoDate(value: string): string | null {
  return labelledIsoDate(value, false);
}

/** The first full date labelled as the page's upkeep: 「ページ番号1004　更新日　2019年6月3日」 → "2019-06-03". */
export function updateIsoDate(value: string): string | null {
  return labelledIsoDate(value, true);
}

function labelledIsoDate(value: string, update: boolean): string | null {
  const text = value.normalize('NFKC').replace(ERA_DATES, westernDate);
  for (const m of text.matchAll(DATES)) {
    if (UPDATE_LABEL.test(text.slice(Math.max(0, (m.index ?? 0) - LABEL_SPAN), m.index)) !== update) continue;
    if (!update && SPAN_END.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const iso = isoOf(m);
    if (iso) return iso;
  }
  return null;
}

// Offices and older sites date by era: 令和6年11月8日, 平成元年4月1日 (the year before the era's first).
const ERA_DATES = /(令和|平成)(元|\d{1,2})年\s?(\d{1,2})月/g;
const ERA_BASE: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };

function westernDate(_: string, era: string, year: string, month: string): string {
  return `${(ERA_BASE[era] ?? 0) + (year === '元' ? 1 : Number(year))}年${month}月`;
}

function isoOf(m: RegExpMatchArray | null): string | null {
  if (!m) return null;
  const [, y, mo, d] = m;
  const iso = `${y}-${(mo as string).padStart(2, '0')}-${(d as string).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The page's declared language: <html lang> (or xml:lang), else Content-Language, else og:locale. */
function declaredLang(doc: Document, metas: MetaTable): string | null {
  const html = doc.documentElement?.tagName.toUpperCase() === 'HTML' ? doc.documentElement : doc.querySelector('html');
  return (
    html?.getAttribute('lang')?.trim() ||
    html?.getAttribute('xml:lang')?.trim() ||
    metaContent(metas, ['content-language', 'og:locale'])
  );
}

const isOrganization = (types: readonly string[]) =>
  types.some((t) => t.endsWith('Organization') || t === 'Corporation');

/** What the page's main entities or og:type declare it to be when that is no report (null for none). */
function declaredKind(main: readonly string[], ogType: string | null, metas: MetaTable): NotNewsKind | null {
  const kindOf = (t: string) => NOT_NEWS_TYPES.find(([type]) => type.test(t))?.[1];
  const og = kindOf(ogType?.toLowerCase() ?? '');
  if (og) return og;
  if (metaContent(metas, PRICE_META)) return 'product';
  // A person as the page's subject, no article beside her: a writer's page (JSON-LD Person over her bio).
  if (main.includes('Person') && !main.some((t) => ARTICLE_TYPES.has(t))) return 'profile';
  for (const t of main) {
    const kind = kindOf(t);
    if (kind) return kind;
  }
  return null;
}

/** The article's writers who are persons: JSON-LD author and creator entries, then <meta name="author">. */
function writersOf(article: JsonLdNode | undefined, metas: MetaTable): string[] {
  const out: string[] = [];
  for (const w of [...namedThings(article?.author), ...namedThings(article?.creator)]) {
    const name = cleanName(w.name);
    if (name && !isOrganization(w.types) && !NOT_PERSON.test(name) && !out.includes(name)) out.push(name);
  }
  for (const key of ['author', 'article:author']) {
    const name = cleanName(metaContent(metas, [key]));
    if (name && !NOT_PERSON.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

const stringOf = (v: unknown): string | null =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;

/** Reads title, date, outlet, writers and article signals from meta tags and JSON-LD. */
export function readMetadata(doc: Document): PageMetadata {
  const found = jsonLdNodes(doc);
  const nodes = found.map((f) => f.node);
  const items = itemTypes(doc);
  const metas = metaTable(doc);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  // Who signs and publishes the page: the article's, or a page typed no article its author and publisher
  // (a platform's essay as WebPage by a Person, a club's match report as WebPage published by its SportsTeam).
  const signed = article ?? nodes.find((n) => typesOf(n).includes('WebPage'));
  const h1 = doc.querySelector('h1')?.textContent?.trim() || null;
  const ogTitle = metaContent(metas, ['og:title']);
  const ldHeadline = typeof article?.headline === 'string' ? article.headline.trim() || null : null;
  const docTitle = doc.querySelector('title')?.textContent?.trim() || null;
  const title = ogTitle ?? ldHeadline ?? h1 ?? docTitle;
  const timeEl = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const declared =
    toIsoDate(
      metaContent(metas, ['article:published_time', 'datePublished', 'pubdate', 'date', 'og:article:published_time']),
    ) ?? toIsoDate(typeof article?.datePublished === 'string' ? article.datePublished : null);
  const ogType = metaContent(metas, ['og:type']);
  const url =
    metaContent(metas, ['og:url']) ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  // A Review an organisation publishes is an outlet's signed review, a critic's piece like ReviewNewsArticle;
  // a blogger's Review beside their BlogPosting names no such publisher.
  const outletReview = (n: JsonLdNode) =>
    typesOf(n).includes('Review') && namedThings(n.publisher).some((p) => isOrganization(p.types));
  const mainTypes = [
    ...found.filter((f) => f.main && !outletReview(f.node)).flatMap((f) => typesOf(f.node)),
    ...items.filter((i) => i.main).map((i) => i.type),
  ];
  const website = nodes.find((n) => typesOf(n).includes('WebSite'));
  // The outlet: a wire story on a portal still has a source (「AFPBB News」), and a page naming no outlet
  // gets its site's name, never the address some pages put in article:author.
  const byline = outletName({
    authorOrganizations: namedThings(article?.author)
      .filter((a) => isOrganization(a.types))
      .map((a) => a.name),
    publisher: namedThings(article?.publisher)[0]?.name ?? null,
    siteNames: [metaContent(metas, ['og:site_name']), metaContent(metas, ['application-name'])].filter(
      (x): x is string => !!x,
    ),
    websiteName: namedThings(website)[0]?.name ?? null,
    docTitle,
    headlines: [ogTitle, ldHeadline].filter((t): t is string => !!t),
    url,
  });
  const meta: PageMetadata = {
    title,
    published: declared ?? toIsoDate(timeEl),
    byline,
    lang: declaredLang(doc, metas),
    ogType,
    url,
    jsonLdTypes: [...nodes.flatMap(typesOf), ...items.map((i) => i.type)],
    // Whatever its type, a main entity with offers is for sale (a tour, a course, a ticket: TouristTrip with an AggregateOffer).
    declaredKind:
      declaredKind(mainTypes, ogType, metas) ?? (found.some((f) => f.main && f.node.offers) ? 'product' : null),
    dated: declared !== null,
    section: cleanName(metaContent(metas, ['article:section']) ?? stringOf(article?.articleSection)),
    writers: writersOf(signed, metas),
    author: null,
    articleBody: typeof article?.articleBody === 'string' ? article.articleBody : null,
    titles: [ldHeadline, ogTitle, docTitle].filter((t): t is string => !!t),
    publisherTypes: namedThings(signed?.publisher)[0]?.types ?? [],
  };
  meta.author = declaredAuthor(doc, meta);
  return meta;
}
