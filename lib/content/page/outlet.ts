import { foldedDense } from './fold';
import { cleanName } from './names';
import { denseText as dense } from './page-index';

/** What a page says about who published it, strongest first. */
export interface OutletSignals {
  /** JSON-LD article authors typed as organisations (the wire or paper that wrote a portal's story: 「MBSニュース」). */
  authorOrganizations: readonly string[];
  /** JSON-LD publisher name. */
  publisher: string | null;
  /** og:site_name, application-name. */
  siteNames: readonly string[];
  /** JSON-LD WebSite name. */
  websiteName: string | null;
  /** <title>, and the titles the headline is known by (to tell the site's part of <title> from the headline). */
  docTitle: string | null;
  headlines: readonly string[];
  /** The page's address (og:url, canonical, document URL). */
  url: string | null;
}

/** What parts a <title>: 「見出し | 北浜タイムズ」「見出し - 産経ニュース」「見出し：朝日新聞デジタル」「見出し － Publickey」. */
export const TITLE_SEPARATOR = /\s[-|｜–—―－:：/／]\s|[|｜]|：|\s:\s/;
const MAX_SITE = 40;

/**
 * The site's own names, folded dense: og:site_name and the <title>'s last part, unless that reads as a headline
 * (「北山新聞 - 台風で浸水、北山市」 puts the site first): 「城山でのんびり暮らす日記」「海陽ロジ 採用サイト」.
 */
export function siteNames(doc: Document, headlines: readonly string[] = []): string[] {
  const parts = doc.title.split(TITLE_SEPARATOR);
  const last = (parts.length > 1 && parts.at(-1)?.trim()) || '';
  // 「くらしとお金｜新NISAのよくある質問」 puts the site first: a last part the page declares its headline is no site.
  const title = !/[、\s]/.test(last) && !headlines.includes(last) && last;
  return [doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), title].map((n) =>
    foldedDense(n || ''),
  );
}

/** The site's part of a <title>: what follows its last separator, unless the headline says it. */
function titleSite(title: string | null, headlines: readonly string[]): string | null {
  if (!title) return null;
  const parts = title.slice(0, 1000).split(TITLE_SEPARATOR);
  if (parts.length < 2) return null;
  const last = cleanName(parts.at(-1), MAX_SITE);
  if (!last || last.length < 2 || headlines.some((h) => h.includes(last))) return null;
  return last;
}

/** The host without "www.": the site itself, when the page names its outlet nowhere (never the whole address). */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The outlet a byline names: the organisation that wrote the story, else the publisher, og:site_name, the
 * JSON-LD WebSite, the site's part of <title>, and last the host. A name, never an address: an article:author
 * of 「https://www.facebook.com/…」 is passed over.
 */
export function outletName(s: OutletSignals): string | null {
  for (const raw of [...s.authorOrganizations, s.publisher, ...s.siteNames, s.websiteName]) {
    const name = cleanName(raw);
    if (name) return name;
  }
  return titleSite(s.docTitle, s.headlines) ?? hostOf(s.url);
}

// 「多摩ウイークリー　ニュース」: an old site titles every page with its name, a wide space, the section.
const WIDE_SPACE = /\u3000|\s{2,}/;

/**
 * The outlet by a page's <title>, once its headline is known: the part of the title that is not the
 * headline, from the end away from it (「神戸新聞NEXT｜但馬｜見出し」 → 神戸新聞NEXT, 「見出し | 北浜タイムズ」 →
 * 北浜タイムズ); a title that is the site's alone gives the words before a wide space (「南信日日新聞　コラム」
 * → 南信日日新聞), or all of it. Null when nothing but the headline is left.
 */
export function siteOfTitle(title: string | null, headline: string): string | null {
  if (!title || !headline) return null;
  const h = dense(headline);
  const parts = title.slice(0, 1000).split(TITLE_SEPARATOR);
  const rest = parts.filter((p) => {
    const d = dense(p);
    return d && !h.includes(d) && !d.includes(h);
  });
  if (rest.length === parts.length) return cleanName(title.trim().split(WIDE_SPACE)[0], MAX_SITE);
  const headlineFirst = !rest.includes(parts[0] as string);
  return cleanName(headlineFirst ? rest.at(-1) : rest[0], MAX_SITE);
}
