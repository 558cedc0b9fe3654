/** A JSON-LD node: an object with an @type (schema.org vocabulary). */
export interface JsonLdNode {
  '@type'?: unknown;
  '@graph'?: unknown;
  [key: string]: unknown;
}

/** One node and whether it is one of the page's own subjects (top level, in @graph, or a WebPage's mainEntity). */
export interface FoundNode {
  node: JsonLdNode;
  main: boolean;
}

/** JSON-LD nesting followed this deep (WebPage → mainEntity → NewsArticle needs 2). */
const MAX_DEPTH = 4;
/** A page may ship any number of nodes: at most this many are read. */
const MAX_NODES = 200;

/**
 * Every typed node of the page's JSON-LD blocks, in order. `main` marks what the page is about: a node at
 * the top, in an @graph list or a mainEntity; a Product under a NewsArticle's itemReviewed is not.
 */
export function jsonLdNodes(doc: Document): FoundNode[] {
  const out: FoundNode[] = [];
  const visit = (v: unknown, depth: number, main: boolean) => {
    if (depth > MAX_DEPTH || out.length >= MAX_NODES) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth, main);
    else if (v && typeof v === 'object') {
      const node = v as JsonLdNode;
      if (node['@type'] !== undefined) out.push({ node, main });
      // @graph lists, and nested nodes: {"@type":"WebPage","mainEntity":{"@type":"NewsArticle",…}}.
      for (const [k, x] of Object.entries(node)) {
        if (k === '@type' || !x || typeof x !== 'object') continue;
        visit(x, depth + 1, main && (k === '@graph' || k === 'mainEntity'));
      }
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0, true);
    } catch {
      // A page's broken JSON-LD is its own business; the other signals still count.
    }
  }
  return out;
}

// "https://schema.org/NewsArticle", "schema:NewsArticle" → "NewsArticle".
const TYPE_PREFIX = /^.*[/:#]/;

/** The @type values of a node, prefixes removed. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(TYPE_PREFIX, ''));
}

/** At most this many microdata scopes are read. */
const MAX_SCOPES = 200;

/**
 * Microdata types on the page: <div itemscope itemtype="https://schema.org/NewsArticle"> → NewsArticle.
 * `main` for scopes inside no other scope (an Offer inside a Product, or an Organization inside an
 * Article, is not what the page is).
 */
export function itemTypes(doc: Document): { type: string; main: boolean }[] {
  return Array.from(doc.querySelectorAll('[itemtype]'))
    .slice(0, MAX_SCOPES)
    .flatMap((el) => {
      const main = !el.parentElement?.closest('[itemscope]');
      return (el.getAttribute('itemtype') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((x) => ({ type: x.replace(TYPE_PREFIX, ''), main }));
    });
}
