import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../cli/html';
import type { ExtractedArticle } from '../../lib/content/page/extract-article';
import { articlePage } from '../fixtures/perf/pages';

/**
 * Fuzzing the CLI's HTML path (linkedom + the extension's extraction): random markup and mutations
 * of real-looking pages never throw, and the text map stays exact: every segment lies inside the
 * extracted text and is a verbatim slice of its text node. Time-boxed: an interrupted run fails.
 */
const BOX = { interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true } as const;

const SAMPLE = readFileSync(join(import.meta.dirname, '../fixtures/sample-article.html'), 'utf8');
const GENERATED = articlePage(1200, 17);

const TEXT = fc.constantFrom(
  '政府によると、避難者は約3万人に達した。',
  '「被害は拡大している」と述べた。',
  '2025年9月3日',
  '&amp;&lt;&#x3042;&#12354;&bogus;',
  ' \n\t　',
  '😀𠮷',
  '<',
  '>',
  '"',
);
const TAG = fc.constantFrom(
  'p',
  'div',
  'article',
  'main',
  'section',
  'span',
  'b',
  'ruby',
  'rt',
  'h1',
  'h2',
  'li',
  'ul',
  'table',
  'td',
  'tr',
  'figure',
  'figcaption',
  'script',
  'style',
  'template',
  'textarea',
  'pre',
  'code',
  'svg',
  'iframe',
  'br',
  'nav',
  'aside',
  'footer',
  'time',
  'a',
);
const ATTR = fc.constantFrom(
  '',
  ' class="article-body"',
  ' hidden',
  ' aria-hidden="true"',
  ' contenteditable',
  ' lang="ja"',
  ' id="main"',
  ' style="display:none"',
  " data-x='\"'",
);
const PIECE = fc.oneof(
  TEXT,
  fc.tuple(TAG, ATTR).map(([t, a]) => `<${t}${a}>`),
  TAG.map((t) => `</${t}>`),
  fc.constantFrom(
    '<!-- c -->',
    '<!--',
    '<!DOCTYPE html>',
    '<meta property="og:type" content="article">',
    '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"本文は約5万人。"}</script>',
    '<title>見出し</title>',
    '<html lang="ja">',
    '<head>',
    '<body>',
  ),
  fc.string({ maxLength: 12 }),
);
const randomHtml = fc.array(PIECE, { maxLength: 80 }).map((p) => p.join(''));
/** Cut, duplicated and spliced versions of two whole pages. */
const mutatedHtml = fc
  .tuple(
    fc.constantFrom(SAMPLE, GENERATED),
    fc.array(
      fc.record({ at: fc.nat(4000), del: fc.nat(200), ins: fc.oneof(randomHtml, fc.string({ maxLength: 20 })) }),
      {
        maxLength: 5,
      },
    ),
  )
  .map(([base, edits]) =>
    edits.reduce(
      (t, e) => t.slice(0, Math.min(e.at, t.length)) + e.ins + t.slice(Math.min(e.at, t.length) + e.del),
      base,
    ),
  );

function checkMap(page: ExtractedArticle): void {
  const { text, segments } = page.map;
  let prevEnd = 0;
  for (const s of segments) {
    expect(s.textStart).toBeGreaterThanOrEqual(prevEnd);
    expect(s.length).toBeGreaterThan(0);
    expect(s.textStart + s.length).toBeLessThanOrEqual(text.length);
    expect(s.nodeStart + s.length).toBeLessThanOrEqual(s.node.data.length);
    expect(text.slice(s.textStart, s.textStart + s.length)).toBe(
      s.node.data.slice(s.nodeStart, s.nodeStart + s.length),
    );
    prevEnd = s.textStart + s.length;
  }
  for (const l of page.lines ?? []) expect(l.start >= 0 && l.start <= l.end && l.end <= text.length).toBe(true);
  expect(typeof page.isArticle).toBe('boolean');
}

describe('extractHtml under fuzzing', () => {
  it('random markup: no exception, the text map stays inside the text and verbatim', () => {
    fc.assert(
      fc.property(randomHtml, (html) => checkMap(extractHtml(html))),
      // Regressions found by this test: markup with no element at all once crashed linkedom's body getter.
      { numRuns: 800, examples: [[''], ['abc'], ['<!--'], ['<!x>'], ['   ']], ...BOX },
    );
  });

  it('mutated article pages: no exception, the text map stays inside the text and verbatim', () => {
    fc.assert(
      fc.property(mutatedHtml, (html) => checkMap(extractHtml(html))),
      { numRuns: 300, ...BOX },
    );
  });
});
