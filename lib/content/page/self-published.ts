import { breadcrumbItems } from './breadcrumb';
import { foldedDense } from './fold';
import type { PageMetadata } from './metadata';
import { hostOf, siteNames, TITLE_SEPARATOR } from './outlet';
import {
  INSTITUTION_HOST,
  INSTITUTION_NAME,
  INSTITUTION_TYPE,
  MEDIUM_NAME,
  OFFICIAL_NAME,
  PERSONAL_SITE,
  RELEASE_SECTION,
  SUPPORT_FOLDERS,
} from './publisher-lexicon';
import { filedUnder } from './url-path';

/** A writer's handle as addresses write it: 「yurutabi_note」 and 「yurutabi-note」 are one. */
const handle = (s = '') => s.toLowerCase().replace(/[^a-z\d]/g, '');

/**
 * True when the page's address is its writer's own: their handle names the host (yurutabi-note.blog.example)
 * or its first folder (/@yurutabi_note/…): a user's post on a platform. A paper's address names no writer.
 */
function writersAddress(url: string | null, writers: readonly string[]): boolean {
  try {
    const { hostname, pathname } = new URL(url ?? '');
    // kitahama.example is the site's own name: only a label before a domain (kai.blog.example) is a user's
    const labels = hostname.split('.');
    const own = [labels.length > 2 ? labels[0] : '', pathname.split('/')[1]].map(handle);
    return writers.some((w) => handle(w).length > 2 && own.includes(handle(w)));
  } catch {
    return false;
  }
}

/**
 * A page its publisher puts out about itself, or a platform's user's: no medium reporting on others. The
 * site (og:site_name, the last part of <title>, the outlet named) is no news medium, and its name, its
 * JSON-LD publisher's type or its host says it is an institution (「株式会社なごみ食品」「北山県警察」「環境資源省」,
 * a GovernmentOrganization, a city's ….lg.jp: a release, a force's 防犯ニュース, a party's news), or the
 * <title> or the address names the page's writer (「見出し｜ゆずき｜ことのは」), or the site or the address is a
 * company's support site's (「…ヘルプセンター」, help.….example, /hc/, /support/: its how-to pages). A release is
 * one wherever it is hosted: the <title> files it so (「…｜プレスリリース｜PRステーション」). A site named as a blog
 * is an institution's when it calls itself official or its publisher is one (「セイキュー公式ブログ」, 「Kaede Tech
 * Blog」 by 「株式会社かえでシステムズ」): a company's post on its own product, signed by its staff or not. A paper's
 * story about a company, a school or a city is on a medium's site, and so is a signed column titled with its writer.
 */
export function selfPublished(doc: Document, meta: PageMetadata): boolean {
  const parts = doc.title.split(TITLE_SEPARATOR).map((p) => p.trim());
  // Filed as a release by the <title> between headline and site, or by the breadcrumb (「トップ > 報道発表」).
  if ([...parts.slice(1, -1), ...breadcrumbItems(doc)].some((p) => RELEASE_SECTION.test(p))) return true;
  const { byline, jsonLdTypes, url } = meta;
  const names = siteNames(doc, meta.titles);
  // The outlet named may be a medium's; it is no institution's by name: with no og:site_name it can be a
  // headline closing with one (「北浜日報｜物価高対策を発表、未来生活党」).
  if ([...names, byline ?? ''].some((n) => MEDIUM_NAME.test(n)) || jsonLdTypes.includes('NewsMediaOrganization'))
    return false;
  // <meta name="author" content="GIGAZINE"> on GIGAZINE, 「Forbes JAPAN」 on 「Forbes JAPAN 公式サイト」: the site
  // (og:site_name; a <title> may end in a user's name) named as the writer is the publisher, no user
  const own = names[0] as string;
  const writers = meta.writers.filter(
    (w) => own !== foldedDense(w) && !(handle(w).length > 2 && handle(own) === handle(w)),
  );
  const site = [...names, byline ?? ''];
  return (
    parts.slice(1).some((p) => writers.includes(p)) ||
    writersAddress(url, writers) ||
    names.some((n) => INSTITUTION_NAME.test(n) || (!meta.writers.length && OFFICIAL_NAME.test(n))) ||
    (site.some((n) => PERSONAL_SITE.test(n)) && site.some((n) => INSTITUTION_NAME.test(n) || OFFICIAL_NAME.test(n))) ||
    meta.publisherTypes.some((t) => INSTITUTION_TYPE.test(t)) ||
    INSTITUTION_HOST.test(hostOf(url) ?? '') ||
    filedUnder(url, SUPPORT_FOLDERS)
  );
}
