import { type Block, sentenceCount, textOf } from './blocks';
import { breadcrumbItems } from './breadcrumb';
import { folded } from './fold';
import type { PageMetadata } from './metadata';
import {
  AD_DIVISION_CREDIT,
  SPONSOR_NOTE,
  SPONSORED_HEADLINE_LABEL,
  SPONSORED_LABEL_LINE,
  SPONSORED_PATHS,
  SPONSORED_SECTIONS,
} from './section-lexicon';
import { filedUnder } from './url-path';

/** A label line is this short at most: 「広告企画　提供：いずも木の家工房」, not a sentence of a story. */
const MAX_LABEL_LINE = 60;

/** True when a section's name (article:section, a breadcrumb's item) is one of paid content: 「広告企画」. */
function sponsoredSection(name: string | null | undefined): boolean {
  return !!name && SPONSORED_SECTIONS.has(folded(name).toLowerCase());
}

/** True when the page's address files it under paid content (「/tieup/2025/…」). */
const sponsoredPath = (url: string | null) => filedUnder(url, SPONSORED_PATHS);

/** True when a line labels the piece as paid for (「広告企画 提供：…」). */
function labelLine(text: string): boolean {
  const t = folded(text);
  return t.length <= MAX_LABEL_LINE && SPONSORED_LABEL_LINE.test(t);
}

/** Elements looked at for the credit, at most: the check must not scale with the page. */
const MAX_ELEMENTS = 500;

/**
 * True when the ad division's credit stands in the article's container, the text or just past it
 * (<div class="credit">企画・制作　…ビジネス局</div> after the body's <div>), not in a link to another piece.
 */
function adDivisionCredit(root: Element): boolean {
  return Array.from((root.parentElement ?? root).querySelectorAll('p, div, span, small'))
    .slice(0, MAX_ELEMENTS)
    .some((el) => {
      const text = el.textContent ?? '';
      return text.length <= MAX_LABEL_LINE && !el.closest('a') && AD_DIVISION_CREDIT.test(folded(text));
    });
}

/**
 * True when the page is a sponsor's piece the outlet runs for pay (広告企画, 【PR】, タイアップ): news-like prose
 * with quotes and a dated headline, typed NewsArticle as the site's template types every page, but no report.
 * The page says so where a reader looks for it: its section (article:section, articleSection, breadcrumb) or
 * address (/tieup/),
 * a bracketed label at an end of its headline or declared title (「【PR】県産スギで建てる家」), a label line
 * by the headline (`around`: the text there, line by line; or a line before the article's first sentence) or the
 * sponsor's note or the ad division's credit among its lines (「この記事は、…の提供でお届けしています。」
 * 「企画・制作　…ビジネス局」).
 */
export function isSponsored(
  doc: Document,
  root: Element,
  meta: PageMetadata,
  headline: string | null,
  around: string,
  lines: readonly Block[],
): boolean {
  if ([meta.section, ...breadcrumbItems(doc)].some(sponsoredSection) || sponsoredPath(meta.url)) return true;
  const titles = headline ? [headline, ...meta.titles] : meta.titles;
  if (titles.some((t) => SPONSORED_HEADLINE_LABEL.test(folded(t)))) return true;
  if (around.split('\n').some(labelLine)) return true;
  // Link text is another page's: a box of 「広告特集」 links under a report labels those pages, not this one.
  const own = lines.filter((b) => !b.linked);
  // A label stands by the headline, before the text begins, not in a box further down.
  for (const b of own) {
    const text = textOf(b);
    if (labelLine(text)) return true;
    if (sentenceCount(text)) break;
  }
  return own.some((b) => SPONSOR_NOTE.test(folded(textOf(b)))) || adDivisionCredit(root);
}
