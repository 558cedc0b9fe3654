import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Analysis, Figure } from '../../../core/types';
import {
  addHighlights,
  buildRanges,
  clearHighlights,
  flash,
  highlightName,
  showHighlights,
} from '../../../lib/content/highlights';
import { extractArticle } from '../../../lib/content/page/extract-article';
import { analyzeInSlices, largePageStatus, type SliceProgress } from '../../../lib/content/slices';
import { appendAnalysis } from '../../../lib/shared/merge-analysis';
import type { EngineOptions } from '../../../lib/shared/page-facts';
import { analysisOf } from '../../helpers/analysis';
import { withFakeRanges } from './fake-range';

// highlights.ts and slices.ts on linkedom documents, with a fake highlight registry (linkedom has no
// CSS.highlights) and a fake engine that marks every 「N人」: which Ranges are registered under which
// names, and how a long page's slices come together. What Chromium paints: tests/e2e/.

class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
/** Slices joined as the background would link them (here, in place). */
const append = async (base: Analysis, added: Analysis, shift: number) => appendAnalysis(base, added, shift);
beforeAll(() => {
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const doc = (html: string) => withFakeRanges(parseHTML(html).document as unknown as Document);
const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString());

/** A fake engine: every 「N人」 is a figure, attributed to 「市」 when the text has 市によると before it. */
function fakeAnalysis(text: string): Analysis {
  const figures = [...text.matchAll(/\d+人/g)].map((m) => {
    const src = text.lastIndexOf('市によると', m.index);
    return {
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      source: src >= 0 ? { name: '市', type: 'government', cue: 'によると', start: src, end: src + 1 } : null,
    } as unknown as Figure;
  });
  const entities = [...text.matchAll(/田中/g)].map((m) => ({
    text: '田中',
    start: m.index,
    end: m.index + 2,
    type: 'person' as const,
  }));
  return analysisOf({ title: text.split('\n', 1)[0] ?? null, figures, entities, length: text.length });
}

const ARTICLE = `<html lang="ja"><head><title>市の人口</title><meta property="og:type" content="article"></head><body><article>
  <h1>市の人口、初めて減少</h1>
  <p>市によると、人口は<b>8万4000</b>人で、前年より<span>1200人</span>少なかった。</p>
  <p>田中市長は、転出した300人の多くが20代だったと述べた。市は来年度、若者向けの住宅支援を始める。</p>
  <p>市内の小学校では、新入生が去年より40人少ない900人になった。学校の統合も検討されている。</p>
</article></body></html>`;

describe('highlights', () => {
  it('maps each figure, source and name to a Range over its own characters, across inline elements', () => {
    const d = doc(ARTICLE);
    const page = extractArticle(d);
    const a = fakeAnalysis(page.map.text);
    const ranges = buildRanges(d, page.map, a);
    expect(ranges.figure.map(String)).toEqual(a.figures.map((f) => f.text));
    expect(ranges.figure.map(String)).toContain('4000人');
    // One source span, marked once however many figures it stands behind.
    expect(ranges.source.map(String)).toEqual(['市']);
    expect(ranges.person.map(String)).toEqual(['田中']);
  });

  it('registers the chosen layers under the palette’s names, and only those', () => {
    const d = doc(ARTICLE);
    const page = extractArticle(d);
    const ranges = buildRanges(d, page.map, fakeAnalysis(page.map.text));
    registry.clear();
    showHighlights(ranges, ['figure', 'source']);
    expect(registry.get('shutten-figure')?.size).toBe(ranges.figure.length);
    expect(registry.get('shutten-source')?.size).toBe(1);
    expect([...registry.keys()].sort()).toEqual(['shutten-figure', 'shutten-source']);
    expect(registry.get('shutten-figure')?.priority).toBeGreaterThan(registry.get('shutten-source')?.priority ?? 9);
    // Another palette replaces the first one's names; a layer turned off leaves.
    showHighlights(ranges, ['figure', 'person'], 'contrast');
    expect([...registry.keys()].sort()).toEqual([highlightName('figure', 'contrast'), 'shutten-person-contrast']);
    clearHighlights();
    expect(registry.size).toBe(0);
  });

  it('adds a slice’s marks to those shown, creating a layer that had none', () => {
    const d = doc(ARTICLE);
    const page = extractArticle(d);
    const all = buildRanges(d, page.map, fakeAnalysis(page.map.text));
    registry.clear();
    const first = { figure: all.figure.slice(0, 2) };
    showHighlights(first, ['figure', 'person']);
    addHighlights({ figure: all.figure.slice(2), person: all.person }, ['figure', 'person']);
    expect(texts('shutten-figure')).toEqual(all.figure.map(String));
    expect(texts('shutten-person')).toEqual(['田中']);
    clearHighlights();
  });

  it('flashes a range briefly, then takes the emphasis away', async () => {
    const d = doc(ARTICLE);
    const page = extractArticle(d);
    const [range] = buildRanges(d, page.map, fakeAnalysis(page.map.text)).figure;
    flash(range as Range, 20);
    expect(texts('shutten-focus')).toEqual([String(range)]);
    await vi.waitFor(() => expect(registry.has('shutten-focus')).toBe(false));
  });
});

/** A long page of our own sentences: `n` paragraphs, each with a figure. */
function longPage(n: number, lang = 'ja'): string {
  const p = (i: number) =>
    lang === 'ja'
      ? `<p>第${i}地区では、市によると、祭りの来場者が${100 + i}人だった。会場の周りでは交通規制が敷かれ、臨時のバスが増便された。</p>`
      : `<p>District ${i} counted ${100 + i} visitors at the festival, and extra buses ran all evening around the venue.</p>`;
  return `<html lang="${lang}"><head><title>祭りの記録</title></head><body><article><h1>祭りの記録</h1>${Array.from(
    { length: n },
    (_, i) => p(i),
  ).join('')}</article></body></html>`;
}

describe('slices (long pages)', () => {
  it('asks before reading a page over the size limit, and says when a big page is not Japanese', () => {
    expect(largePageStatus(doc(longPage(20)))).toBe(null);
    expect(largePageStatus(doc(longPage(2500)))).toBe('too-large');
    expect(largePageStatus(doc(longPage(1500, 'en')))).toBe('not-japanese');
  });

  it('sends the page slice by slice and hands back one analysis with offsets into the whole text', async () => {
    const d = doc(longPage(400));
    const sent: { text: string; options: EngineOptions }[] = [];
    const progress: SliceProgress[] = [];
    const r = await analyzeInSlices(
      d,
      async (text, options) => {
        sent.push({ text, options });
        return { ok: true, value: fakeAnalysis(text) };
      },
      append,
      (p) => progress.push(p),
      () => true,
    );
    expect(r).toEqual({ ok: true, value: null });
    expect(sent.length).toBeGreaterThan(3);
    // Only the engine's options travel; the page's title is the analysis's, set on the page side.
    expect(Object.keys(sent[0]?.options ?? {}).sort()).toEqual(['author', 'byline', 'published']);
    const last = progress.at(-1) as SliceProgress;
    expect(last.done).toBe(true);
    expect(last.analysis.title).toBe('祭りの記録');
    expect(last.analysis.figures).toHaveLength(400);
    for (const f of last.analysis.figures) expect(last.map.text.slice(f.start, f.end)).toBe(f.text);
    expect(last.ranges.figure.map(String)).toEqual(last.analysis.figures.map((f) => f.text));
    // The marks of each step are added once: together they are all the marks, in order.
    const added = progress.flatMap((p) => p.added.figure.map(String));
    expect(added).toEqual(last.analysis.figures.map((f) => f.text));
    // The slices are the text, cut at line ends.
    expect(sent.map((s) => s.text).join('')).toBe(last.map.text);
  });

  it('stops quietly when the reader navigates away meanwhile', async () => {
    const d = doc(longPage(400));
    let calls = 0;
    const progress: SliceProgress[] = [];
    const r = await analyzeInSlices(
      d,
      async (text) => {
        calls++;
        return { ok: true, value: fakeAnalysis(text) };
      },
      append,
      (p) => progress.push(p),
      () => calls < 2,
    );
    expect(r.ok).toBe(true);
    // The first slice was shown; the reply that came after the page went away was dropped.
    expect(calls).toBe(2);
    expect(progress.map((p) => [p.done, p.analysis.figures.length])).toEqual([
      [false, progress[0]?.added.figure.length],
    ]);
  });

  it('passes a failed slice’s error on', async () => {
    const r = await analyzeInSlices(
      doc(longPage(400)),
      async () => ({ ok: false, error: 'boom' }),
      append,
      vi.fn(),
      () => true,
    );
    expect(r).toEqual({ ok: false, error: 'boom' });
  });
});
