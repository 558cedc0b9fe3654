import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { analyze } from '../../../core/analyze';
import type { Tokenizer } from '../../../core/types';
import { boundAnalysis } from '../../../lib/background/analysis-bounds';
import { AnalysisHost, IDLE_RELEASE_MS, KEEP_ALIVE_MS, textHash } from '../../../lib/background/tokenizer-host';

let real: Tokenizer;
beforeAll(async () => {
  real = await loadNodeTokenizer();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A host over the real tokenizer that counts dictionary loads and tokenize calls. */
function host(options: { cacheBytes?: number; keepAlive?: () => unknown; perTabWaiting?: number } = {}) {
  const counts = { builds: 0, tokenized: 0 };
  const counting: Tokenizer = {
    tokenize: (t) => {
      counts.tokenized++;
      return real.tokenize(t);
    },
  };
  const h = new AnalysisHost(() => 'unused', {
    build: async () => {
      counts.builds++;
      return counting;
    },
    ...options,
  });
  return { h, counts };
}

const A = '県によると、避難者は約3万人に達した。';
const B = '市の発表では、来場者は12万人を超えた。';

describe('AnalysisHost', () => {
  it('loads the dictionary once and answers a repeated text from its cache', async () => {
    const { h, counts } = host();
    const first = await h.analyze(A, { published: '2025-07-10' });
    const tokenizedOnce = counts.tokenized;
    expect(await h.analyze(A, { published: '2025-07-10' })).toBe(first);
    expect(counts.tokenized).toBe(tokenizedOnce);
    // Other options are another analysis (relative dates resolve against `published`).
    expect(await h.analyze(A, { published: '2024-01-01' })).not.toBe(first);
    expect(await h.analyze(A, { published: '2025-07-10', author: '村井 千尋' })).not.toBe(first);
    expect(counts.builds).toBe(1);
  });

  it('finds the figures first; the analysis that follows finishes that draft into the one-step result', async () => {
    const { h, counts } = host();
    const text = `${A}${B}`;
    const options = { published: '2025-07-10' };
    const spans = await h.figuresFirst(text, options, 'tab');
    const tokenized = counts.tokenized;
    const full = await h.analyze(text, options, 'tab');
    // The second half goes on from the first half's words: nothing is tokenised again.
    expect(counts.tokenized).toBe(tokenized);
    expect(spans?.map((s) => text.slice(s.start, s.end))).toEqual(['約3万人', '12万人を超えた']);
    expect(spans).toEqual(full.figures.map(({ start, end }) => ({ start, end })));
    expect(full).toEqual(boundAnalysis(analyze(text, real, options)));
    // Once the analysis is cached there is nothing to find first: the page asks for the analysis.
    expect(await h.figuresFirst(text, options, 'tab')).toBeNull();
    // A draft serves only the text and options it was made for.
    await h.figuresFirst(A, options, 'tab');
    const other = counts.tokenized;
    await h.analyze(A, { published: '2024-01-01' }, 'tab');
    expect(counts.tokenized).toBeGreaterThan(other);
  });

  it('prepare loads the dictionary once, ahead of the first analysis, and tokenises nothing', async () => {
    const { h, counts } = host();
    h.prepare();
    h.prepare();
    expect(h.loaded).toBe(true);
    await new Promise((r) => setTimeout(r, 10)); // the engine's warm-up runs meanwhile
    expect(counts.tokenized).toBe(0);
    await h.analyze(A, {});
    expect(counts.builds).toBe(1);
    expect(counts.tokenized).toBeGreaterThan(0);
  });

  it('warms the engine up in idle moments after the first analysis, once per dictionary load', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { h, counts } = host();
    await h.analyze(A, {});
    const first = counts.tokenized;
    await vi.advanceTimersByTimeAsync(5_000);
    const warmed = counts.tokenized;
    expect(warmed).toBeGreaterThan(first);
    // The cache is not filled with the warm-up, and a second analysis does not warm up again.
    expect(h.cached).toBe(1);
    await h.analyze(B, {});
    const second = counts.tokenized;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(counts.tokenized).toBe(second);
  });

  it('keeps at most its byte budget of analyses, dropping the least recently used', async () => {
    const sizes = host();
    await sizes.h.analyze(A, {});
    const aBytes = sizes.h.cacheSize;
    await sizes.h.analyze(B, {});
    const abBytes = sizes.h.cacheSize;
    expect(aBytes).toBeGreaterThan(0);
    // Room for A and B (and a little more), not for a third analysis.
    const { h } = host({ cacheBytes: abBytes + 100 });
    const a = await h.analyze(A, {});
    await h.analyze(B, {});
    expect(h.cached).toBe(2);
    expect(await h.analyze(A, {})).toBe(a); // A is now the most recent
    await h.analyze(`${B}。`, {});
    expect(h.cached).toBe(2); // B, the least recently used, made room
    expect(await h.analyze(A, {})).toBe(a);
  });

  it('keeps the worker alive while the dictionary is held, then releases it after the idle time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const keepAlive = vi.fn();
    const { h, counts } = host({ keepAlive });
    await h.analyze(A, {});
    expect(h.loaded).toBe(true);
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 3);
    expect(keepAlive).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(IDLE_RELEASE_MS);
    expect(h.loaded).toBe(false);
    expect(h.cached).toBe(0);
    const calls = keepAlive.mock.calls.length;
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 10);
    expect(keepAlive).toHaveBeenCalledTimes(calls);
    // The next page loads it again.
    await h.analyze(B, {});
    expect(counts.builds).toBe(2);
  });

  it('bounds its cache by bytes, not characters: a page whose analysis is big for its text costs its size', async () => {
    // Every figure carries its sentence: one long sentence of many figures is big for its length.
    const dense = '県によると避難者は約3万人、'.repeat(60);
    const { h } = host({ cacheBytes: 100_000 });
    for (let i = 0; i < 8; i++) await h.analyze(`${i}${dense}`, {});
    expect(h.cacheSize).toBeLessThanOrEqual(100_000);
    expect(h.cached).toBeLessThan(8);
  });

  it('serves tabs in turn: a tab that floods the queue does not hold another tab’s article back', async () => {
    const order: string[] = [];
    const h = new AnalysisHost(() => 'unused', {
      build: async () => ({
        tokenize: (t: string) => {
          order.push(t);
          return real.tokenize(t);
        },
      }),
    });
    const flood = Array.from({ length: 4 }, (_, i) => h.analyze(`洪水${i}。人口は${i}万人。`, {}, 'tab-1'));
    const other = h.analyze('別の記事。来場者は12万人。', {}, 'tab-2');
    await Promise.all([...flood, other]);
    const firsts = order.map((t) => t.slice(0, 2));
    // The other tab's article is the second served, not the fifth.
    expect(firsts.indexOf('別の')).toBe(1);
  });

  it('answers a tab’s oldest waiting request as superseded when it has too many', async () => {
    const { h } = host({ perTabWaiting: 2 });
    const replies = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => h.analyze(`記事${i}。人口は${i}万人。`, {}, 'tab-1')),
    );
    const states = replies.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as Error).message));
    // All five arrived before the first was served: only the two newest are analysed.
    expect(states).toEqual(['superseded', 'superseded', 'superseded', 'ok', 'ok']);
  });

  it('keeps a reply under the message limit: a page of one 42,000-character sentence', async () => {
    const { h } = host();
    const a = await h.analyze('県によると避難者は約3万人、'.repeat(3000), {});
    expect(a.figures.length).toBeGreaterThan(2000);
    // Unbounded, every figure carried the whole text: 127 MB of JSON.
    expect(JSON.stringify(a).length).toBeLessThan(32 * 2 ** 20);
    for (const f of a.figures.slice(0, 50)) {
      expect(f.sentence.length).toBeLessThanOrEqual(1000);
      expect(f.sentence).toContain(f.text);
    }
  }, 120_000);

  it('hashes texts so that near-identical ones differ', () => {
    expect(textHash(A)).toBe(textHash(`${A}`));
    expect(textHash(A)).not.toBe(textHash(A.replace('3', '4')));
    expect(textHash('')).not.toBe(textHash(' '));
  });
});
