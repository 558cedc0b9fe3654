import { describe, expect, it } from 'vitest';
import { analyzeLong, looksJapanese, SLICE_CHARS, SLICE_FROM, sliceBounds } from '../../cli/engine';
import { loadNodeTokenizer } from '../../cli/tokenizer';
import { analyze } from '../../core/analyze';
import type { Tokenizer } from '../../core/types';
import { paragraphs } from '../fixtures/perf/pages';

describe('slices of a long text', () => {
  it('cover the text exactly, end at a line end (or 。) and stay within the size', () => {
    const text = `見出し\n${paragraphs(30_000, 3).join('\n')}\n${'長い一文。'.repeat(3000)}${'あ'.repeat(12_000)}😀😀`;
    const bounds = sliceBounds(text, 5000);
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(text.length);
    for (const [i, [start, end]] of bounds.entries()) {
      expect(end - start).toBeLessThanOrEqual(5000);
      if (i > 0) expect(start).toBe(bounds[i - 1]?.[1]);
      if (end < text.length) expect(text[end - 1]).toMatch(/[\n。あ]/);
    }
    // A cut with no line end or 。 in reach never splits a surrogate pair.
    const emoji = '😀'.repeat(10);
    expect(sliceBounds(emoji, 5).map(([s, e]) => emoji.slice(s, e))).toEqual(['😀😀', '😀😀', '😀😀', '😀😀', '😀😀']);
  });

  it('give the same figures, at the same offsets, as the whole text, and never hold more than a slice', async () => {
    const real = await loadNodeTokenizer();
    let longest = 0;
    // Test seam: a tokenizer that remembers the longest text it was given.
    const watched: Tokenizer = {
      tokenize: (s: string) => {
        longest = Math.max(longest, s.length);
        return real.tokenize(s);
      },
    };
    const text = `地域経済の動き\n${paragraphs(SLICE_FROM + 20_000, 11).join('\n')}\n(c)みなと新報\n`;
    const sliced = analyzeLong(text, watched, { published: '2025-07-10' });
    const whole = analyze(text, real, { published: '2025-07-10' });
    const key = (f: { start: number; end: number; text: string; value: number | null }) =>
      `${f.start}:${f.end}:${f.text}:${f.value}`;
    expect(sliced.figures.map(key)).toEqual(whole.figures.map(key));
    const dateKey = (d: { start: number; end: number; value: unknown }) =>
      `${d.start}:${d.end}:${JSON.stringify(d.value)}`;
    expect(sliced.dates.map(dateKey)).toEqual(whole.dates.map(dateKey));
    for (const f of sliced.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const e of sliced.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(sliced.title).toBe('地域経済の動き');
    // The byline at the end of the text is found although the first slice does not reach it.
    expect(whole.byline).not.toBeNull();
    expect(sliced.byline).toBe(whole.byline);
    expect(sliced.length).toBe(text.length);
    expect(longest).toBeLessThanOrEqual(SLICE_CHARS);
  }, 120_000);
});

describe('whether article text is Japanese', () => {
  it.each([
    ['an English report', 'Population falls\nThe city said its population fell by 1,200 to 84,000 last year.', false],
    ['Chinese (kanji, no kana)', '人口首次减少\n市政府表示，人口比前一年减少1200人，为8.4万人。', false],
    ['a Japanese article', '市の人口、初めて減少\n市によると、人口は前年より1,200人少ない8万4000人だった。', true],
    ['a short Japanese line', '3万人が参加した。', true],
    ['English quoting one Japanese word', 'The word "ありがとう" means thank you in Japanese.', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(looksJapanese(text)).toBe(expected);
  });
});
