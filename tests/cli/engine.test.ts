import { describe, expect, it } from 'vitest';
import { analyzeLong, CONTEXT_CHARS, looksJapanese, SLICE_CHARS, SLICE_FROM, sliceBounds } from '../../cli/engine';
import { loadNodeTokenizer } from '../../cli/tokenizer';
import { analyze } from '../../core/analyze';
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

  it('give the same analysis as the whole text, never analysing more than a slice and its context at once', async () => {
    const tokenizer = await loadNodeTokenizer();
    const calls: number[] = [];
    const watched: typeof analyze = (text, tok, options) => {
      calls.push(text.length);
      return analyze(text, tok, options);
    };
    // Sources carried over paragraphs (「同社によると」 then figures in later sentences) meet the cuts.
    const text = `地域経済の動き\n${paragraphs(SLICE_FROM + 20_000, 11).join('\n')}\n(c)みなと新報\n`;
    const sliced = analyzeLong(text, tokenizer, { published: '2025-07-10' }, watched);
    const whole = analyze(text, tokenizer, { published: '2025-07-10' });
    expect(calls.length).toBe(sliceBounds(text).length);
    expect(calls.length).toBeGreaterThan(5);
    expect(Math.max(...calls)).toBeLessThanOrEqual(SLICE_CHARS + CONTEXT_CHARS + 1000);
    expect(sliced.figures).toEqual(whole.figures);
    expect(sliced.dates).toEqual(whole.dates);
    const span = (e: { start: number; end: number; type: string }) => `${e.start}:${e.end}:${e.type}`;
    expect(sliced.entities.map(span)).toEqual(whole.entities.map(span));
    expect(sliced.title).toBe('地域経済の動き');
    // The byline at the end of the text is found although the first slice does not reach it.
    expect(whole.byline).not.toBeNull();
    expect(sliced.byline).toBe(whole.byline);
    expect(sliced.length).toBe(text.length);
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
