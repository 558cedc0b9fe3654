import { type Block, textOf } from './blocks';
import { foldedDense } from './fold';
import type { PageMetadata } from './metadata';
import { TITLE_SEPARATOR } from './outlet';
import { plainLine } from './prose-reading';
import { MEDIUM_NAME, SELF_REFERENCES } from './publisher-lexicon';

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
 * A page its publisher puts out in its own voice, or a platform's user: no medium reporting on others. The
 * site (og:site_name, the last part of <title>) is no news medium, and either its prose speaks as the
 * institution the site's name says it is (当社 on 「株式会社なごみ食品」, 本校 on 「…中学校」, 「市では、」 on
 * 「三ツ沢市」), or the <title> or the address names the page's writer (「見出し｜ゆずき｜ことのは」). A release
 * told as a report (「ミナト工業は…発売する。同社は…」), a wire service's releases and a paper's story about
 * a company, a school or a city are left to the other rules.
 */
export function selfPublished(doc: Document, meta: PageMetadata, blocks: readonly Block[]): boolean {
  const parts = doc.title.split(TITLE_SEPARATOR).map((p) => p.trim());
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  const names = [site, parts.length > 1 && parts.at(-1)].map((n) => foldedDense(n || ''));
  const { byline, jsonLdTypes } = meta;
  if ([...names, byline ?? ''].some((n) => MEDIUM_NAME.test(n)) || jsonLdTypes.includes('NewsMediaOrganization'))
    return false;
  // <meta name="author" content="GIGAZINE"> on GIGAZINE, 「Forbes JAPAN」 on 「Forbes JAPAN 公式サイト」: the site
  // (og:site_name; a <title> may end in a user's name) named as the writer is the publisher, no user
  const own = names[0] as string;
  const writers = meta.writers.filter(
    (w) => own !== foldedDense(w) && !(handle(w).length > 2 && handle(own) === handle(w)),
  );
  if (parts.slice(1).some((p) => writers.includes(p)) || writersAddress(meta.url, writers)) return true;
  const selves = SELF_REFERENCES.filter(([name]) => names.some((n) => name.test(n)));
  return blocks.some(
    (b) =>
      b.kind === 'paragraph' &&
      plainLine(textOf(b))
        .split('。')
        .some((s) => selves.some(([, self]) => self.test(s))),
  );
}
