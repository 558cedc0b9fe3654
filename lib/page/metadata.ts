/** What a page says about itself in its <head>: the signals that it is an article, and when and by whom. */
export interface PageMetadata {
  title: string | null;
  published: string | null;
  byline: string | null;
  lang: string | null;
  ogType: string | null;
  /** The page's own address: og:url, else <link rel="canonical">, else the document URL. */
  url: string | null;
  /** @type values of its JSON-LD blocks (through @graph and nested nodes like mainEntity), and its microdata itemtypes. */
  jsonLdTypes: string[];
  /** JSON-LD articleBody, when the page ships one. */
  articleBody: string | null;
  /** Every title the page declares (og:title, JSON-LD headline, <title>), for finding the headline element. */
  titles: string[];
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
]);

/** True when JSON-LD declares an article type. */
export function hasArticleType(meta: PageMetadata): boolean {
  return meta.jsonLdTypes.some((t) => ARTICLE_TYPES.has(t));
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

/** "2025-07-10T09:00:00+09:00" → "2025-07-10"; 2019/03/02 and 2019年3月2日 too. Keeps the date as written (local time). */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = value.normalize('NFKC').match(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  if (!m) return null;
  const [, y, mo, d] = m;
  const iso = `${y}-${(mo as string).padStart(2, '0')}-${(d as string).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

interface JsonLdNode {
  '@type'?: unknown;
  '@graph'?: unknown;
  [key: string]: unknown;
}

/** JSON-LD nesting followed this deep (WebPage → mainEntity → NewsArticle needs 2). */
const MAX_DEPTH = 4;

function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth);
    else if (v && typeof v === 'object') {
      const node = v as JsonLdNode;
      if (node['@type'] !== undefined) out.push(node);
      // @graph lists, and nested nodes: {"@type":"WebPage","mainEntity":{"@type":"NewsArticle",…}}.
      for (const [k, x] of Object.entries(node)) if (k !== '@type' && x && typeof x === 'object') visit(x, depth + 1);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is its own business; the other signals still count.
    }
  }
  return out;
}

// "https://schema.org/NewsArticle", "schema:NewsArticle" → "NewsArticle".
const TYPE_PREFIX = /^.*[/:#]/;

function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(TYPE_PREFIX, ''));
}

/** Microdata types on the page: <div itemscope itemtype="https://schema.org/NewsArticle"> → NewsArticle. */
function itemTypes(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemtype]')).flatMap((el) =>
    (el.getAttribute('itemtype') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((x) => x.replace(TYPE_PREFIX, '')),
  );
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') {
    return (v as { name: string }).name.trim() || null;
  }
  return null;
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

/** Reads title, date, author and article signals from meta tags and JSON-LD. */
export function readMetadata(doc: Document): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const metas = metaTable(doc);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const h1 = doc.querySelector('h1')?.textContent?.trim() || null;
  const ogTitle = metaContent(metas, ['og:title']);
  const ldHeadline = typeof article?.headline === 'string' ? article.headline.trim() || null : null;
  const docTitle = doc.querySelector('title')?.textContent?.trim() || null;
  const title = ogTitle ?? ldHeadline ?? h1 ?? docTitle;
  const timeEl = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const published =
    toIsoDate(
      metaContent(metas, ['article:published_time', 'datePublished', 'pubdate', 'date', 'og:article:published_time']),
    ) ??
    toIsoDate(typeof article?.datePublished === 'string' ? article.datePublished : null) ??
    toIsoDate(timeEl);
  // The writer, else the outlet: a wire story on a portal still has a source (「AFPBB News」).
  const byline =
    nameOf(article?.author) ??
    metaContent(metas, ['author', 'article:author']) ??
    nameOf(article?.publisher) ??
    metaContent(metas, ['og:site_name']);
  return {
    title,
    published,
    byline,
    lang: declaredLang(doc, metas),
    ogType: metaContent(metas, ['og:type']),
    url:
      metaContent(metas, ['og:url']) ??
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null),
    jsonLdTypes: [...nodes.flatMap(typesOf), ...itemTypes(doc)],
    articleBody: typeof article?.articleBody === 'string' ? article.articleBody : null,
    titles: [ldHeadline, ogTitle, docTitle].filter((t): t is string => !!t),
  };
}
