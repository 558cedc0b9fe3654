import { Readability } from '@mozilla/readability';
import { paragraphsOf } from './paragraphs';

/** Removed from the clone before Readability runs (scripts, styles, navigation, sidebars, footers). */
export const PRUNED = 'script, style, noscript, template, iframe, svg, nav, aside, footer';

/**
 * Readability's options. Two only spare it work whose result is never read (the content script's build leaves
 * that work out: scripts/readability-unused.ts): `disableJSONLD`, as the clone has no script left (PRUNED) for
 * its JSON-LD reader to find (the page's own JSON-LD is read on the live page: json-ld.ts), and `keepClasses`,
 * as paragraphsOf reads tags and the hidden flags, never a class.
 */
export const READABILITY_OPTIONS = {
  serializer: (n: Node) => n,
  charThreshold: 100,
  disableJSONLD: true,
  keepClasses: true,
} as const;

/**
 * The paragraphs @mozilla/readability picks as the main text, run on a clone (it rewrites the
 * document it is given, and the live page must never change). Empty when it finds nothing or throws.
 * Called only on pages within its main-thread budget (lib/content/page/budget.ts).
 */
export function readabilityParagraphs(doc: Document): string[] {
  try {
    const clone = doc.cloneNode(true) as Document;
    // Furniture that never holds the article goes first: less for Readability to score on big pages.
    for (const el of Array.from(clone.querySelectorAll(PRUNED))) el.remove();
    const result = new Readability<Node>(clone, READABILITY_OPTIONS).parse();
    const content = result?.content as Element | undefined;
    return content ? paragraphsOf(content) : [];
  } catch {
    return [];
  }
}
