import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { textNodesUnder } from '../../../../lib/content/page/text-map';

/**
 * A large news page: `size` body paragraphs and 40×`size` ranking/list items (about 370 text nodes
 * and 1,600 characters per unit of size), so size 270 is ~100,000 text nodes and ~430,000 characters.
 */
function bigPage(size: number): Document {
  const paras: string[] = [];
  for (let i = 0; i < size; i++) {
    paras.push(
      `<p>市の調べでは、参加者は<b>${i}</b>人増えて<a href="/n/${i}">約${i + 3}万人</a>になった。担当者は「<span>引き続き</span>支援したい」と話した。</p>`,
    );
  }
  const items: string[] = [];
  for (let i = 0; i < 40 * size; i++)
    items.push(`<li><a href="/r/${i}"><span>${i}位</span> 記事${i}</a><span>${i}</span></li>`);
  const html = `<html lang="ja"><head><meta property="og:type" content="article"></head><body><main><article><h1>市の催し、参加者が増加</h1>${paras.join('\n')}</article><aside><ol>${items.join('')}</ol></aside><div class="pickup"><ul>${items.join('')}</ul></div><div><ul>${items.join('')}</ul></div></main></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

// Readability is replaced (test seam) by a stub: its cost is its own and paid once; what is timed here
// is Shutten's part, which must stay linear in the page size.
const noReadability = () => [];

function timeExtraction(doc: Document): number {
  const t0 = performance.now();
  const page = extractArticle(doc, { readability: noReadability });
  const ms = performance.now() - t0;
  expect(page.isArticle).toBe(true);
  expect(page.map.text).not.toContain('位');
  return ms;
}

describe('extraction cost', () => {
  it('grows linearly with the page (no per-paragraph rescans)', () => {
    const small = bigPage(15);
    const large = bigPage(60);
    timeExtraction(bigPage(5)); // warm-up
    const a = Math.min(timeExtraction(small), timeExtraction(small));
    const b = Math.min(timeExtraction(large), timeExtraction(large));
    // 4× the page: linear work takes about 4× as long, quadratic work 16×.
    expect(b / a).toBeLessThan(8);
  });

  it('handles a 100,000-text-node page', () => {
    const doc = bigPage(270);
    expect(textNodesUnder(doc.body).length).toBeGreaterThan(95_000);
    // Generous: linkedom's DOM is far slower than a browser's.
    expect(timeExtraction(doc)).toBeLessThan(15_000);
  });
});
