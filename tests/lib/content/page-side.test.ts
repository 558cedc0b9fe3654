import { describe, expect, it } from 'vitest';
import type { Analysis, Figure } from '../../../core/types';
import { FairQueue } from '../../../lib/background/fair-queue';
import { placeCard } from '../../../lib/content/card/card-host';
import { highlightName, markedSources } from '../../../lib/content/highlights';
import { sliceBounds } from '../../../lib/content/slices';

// The page-side modules' logic that needs no DOM; what they do on a real page is tested in Chromium.

describe('sliceBounds (long pages)', () => {
  it('cuts whole lines up to the slice size, and a long line after a 。, covering the text exactly', () => {
    const line = `${'あ'.repeat(30)}。\n`;
    const text = line.repeat(10);
    const bounds = sliceBounds(text, 100);
    expect(bounds[0]).toEqual([0, 96]);
    expect(bounds.every(([s, e]) => text.slice(s, e).endsWith('\n') || e === text.length)).toBe(true);
    expect(bounds.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
    const oneLine = `${'い'.repeat(60)}。${'う'.repeat(60)}。`;
    expect(sliceBounds(oneLine, 100)).toEqual([
      [0, 61],
      [61, 122],
    ]);
    // No line break and no 。: cut at the size.
    expect(sliceBounds('え'.repeat(250), 100)).toEqual([
      [0, 100],
      [100, 200],
      [200, 250],
    ]);
  });
});

describe('highlights', () => {
  it('names each layer per palette (the registry is shared with the page: every name starts shutten-)', () => {
    expect(highlightName('figure')).toBe('shutten-figure');
    expect(highlightName('person', 'contrast')).toBe('shutten-person-contrast');
  });

  it('marks each source span once, never the byline', () => {
    const fig = (source: Figure['source']): Figure =>
      ({ text: '3万人', start: 20, end: 23, sentence: '', source }) as unknown as Figure;
    const a = {
      figures: [
        fig({ name: '県', type: 'government', cue: 'によると', start: 0, end: 1 }),
        fig({ name: '県', type: 'government', cue: 'によると', start: 0, end: 1 }),
        fig({ name: 'みなと新報', type: 'byline', cue: null }),
        fig({ name: '市', type: 'government', cue: 'と発表した', start: 30, end: 31 }),
      ],
    } as unknown as Analysis;
    expect(markedSources(a)).toEqual([
      { start: 0, end: 1, figure: 0 },
      { start: 30, end: 31, figure: 3 },
    ]);
  });
});

describe('placeCard', () => {
  const size = { width: 200, height: 100 };
  const viewport = { width: 800, height: 600 };
  it('goes below the mark, above it when there is no room, and stays inside the viewport', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, size, viewport)).toEqual({ left: 100, top: 126 });
    expect(placeCard({ left: 100, top: 550, bottom: 570 }, size, viewport)).toEqual({ left: 100, top: 444 });
    expect(placeCard({ left: 750, top: 100, bottom: 120 }, size, viewport)).toEqual({ left: 596, top: 126 });
    expect(placeCard({ left: -50, top: 40, bottom: 60 }, { width: 200, height: 560 }, viewport)).toEqual({
      left: 4,
      top: 4,
    });
  });
});

describe('FairQueue', () => {
  it('serves keys in turn, oldest first within a key, and pushes out a key’s oldest beyond its limit', () => {
    const q = new FairQueue<string>(2);
    expect(q.push('a', 'a1')).toBeUndefined();
    q.push('a', 'a2');
    expect(q.push('a', 'a3')).toBe('a1');
    q.push('b', 'b1');
    q.push('c', 'c1');
    expect(q.size).toBe(4);
    const order: string[] = [];
    for (let j = q.shift(); j; j = q.shift()) order.push(j);
    expect(order).toEqual(['a2', 'b1', 'c1', 'a3']);
    expect(q.size).toBe(0);
  });
});
