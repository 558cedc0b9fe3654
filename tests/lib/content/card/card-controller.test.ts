import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Analysis, Figure } from '../../../../core/types';
import { CardController } from '../../../../lib/content/card/card-controller';
import { CARD_ATTR, CardHost } from '../../../../lib/content/card/card-host';
import { collectMarks } from '../../../../lib/content/card/marks';
import { buildRanges } from '../../../../lib/content/highlights';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { pageTranslator } from '../../../../lib/shared/i18n/page';
import { analysisOf } from '../../../helpers/analysis';
import { withFakeRanges } from '../fake-range';

// The card's life on a page (linkedom): it adds one host node only while a card is open, and the page
// is exactly as it was once it closes for good. Its look, placement and text: tests/e2e/card.test.ts.

beforeAll(() => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const HTML = `<html lang="ja"><head><title>港の花火</title></head><body><article><h1>港の花火大会</h1>
  <p>主催者によると、花火大会には3万人が訪れた。打ち上げた花火は8000発だった。</p>
  <p>会場の周りでは、警備員400人が誘導にあたった。</p></article></body></html>`;

function page() {
  const doc = withFakeRanges(parseHTML(HTML).document as unknown as Document);
  const extracted = extractArticle(doc);
  const text = extracted.map.text;
  const figures = ['3万人', '8000発', '400人'].map((t) => {
    const start = text.indexOf(t);
    return {
      text: t,
      start,
      end: start + t.length,
      sentence: '',
      value: 1,
      min: null,
      max: null,
      unit: t.slice(-1),
      kind: 'count',
      approx: false,
      bound: null,
      source: null,
    } as unknown as Figure;
  });
  const analysis: Analysis = analysisOf({ title: '港の花火大会', figures, length: text.length });
  const marks = collectMarks(analysis, buildRanges(doc, extracted.map, analysis), ['figure']);
  return { doc, analysis, marks };
}

const hosts = (doc: Document) => doc.querySelectorAll(`[${CARD_ATTR}]`).length;

describe('CardController', () => {
  it('listens without touching the page, opens one host for a figure, and leaves the page as it was', () => {
    const { doc, analysis, marks } = page();
    const before = doc.documentElement.outerHTML;
    const c = new CardController(doc, () => ({ t: pageTranslator('en'), lang: 'en' }));
    c.attach(analysis, marks, null);
    expect(doc.documentElement.outerHTML).toBe(before);
    c.openFigure(1);
    expect(hosts(doc)).toBe(1);
    // The next figure reuses the host.
    c.openFigure(2);
    expect(hosts(doc)).toBe(1);
    c.detach();
    expect(hosts(doc)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('opens nothing for a figure that is not marked', () => {
    const { doc, analysis, marks } = page();
    const c = new CardController(doc, () => ({ t: pageTranslator('ja'), lang: 'ja' }));
    c.attach(analysis, marks, null);
    c.openFigure(7);
    expect(hosts(doc)).toBe(0);
    c.detach();
  });
});

describe('CardHost', () => {
  it('shows and hides the card in one host node, and destroy() takes the host away', () => {
    const { doc } = page();
    const before = doc.documentElement.outerHTML;
    const host = new CardHost(doc, 'Esc closes');
    const rect = { left: 10, top: 20, bottom: 40 } as DOMRect;
    host.show({ title: '3万人', value: '30,000 people', rows: [['Source', '主催者']] }, rect);
    expect(host.visible).toBe(true);
    expect(hosts(doc)).toBe(1);
    host.hide();
    expect(host.visible).toBe(false);
    expect(hosts(doc)).toBe(1);
    host.destroy();
    expect(host.visible).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
