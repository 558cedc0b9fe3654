import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../cli/tokenizer';
import { analyze } from '../../core/analyze';
import type { Analysis, Tokenizer } from '../../core/types';
import { paragraphs } from '../fixtures/perf/pages';

/**
 * Fuzzing the whole engine with the real kuromoji: random Japanese-like text and mutations of our
 * own generated articles never throw, and every offset the Analysis reports lies inside the input
 * and points at the text it claims. Time-boxed: an interrupted run fails.
 */
const BOX = { interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true } as const;

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const PIECES = [
  ...'0123456789０１２３４５６７８９,，.．%％〜～-－・',
  ...'〇一二三四五六七八九十百千万億兆数約超',
  ...'。、「」（）\n 　',
  '人',
  '円',
  '年',
  '月',
  '日',
  '前年比',
  'によると',
  '政府は',
  '最大',
  '以上',
  '令和',
  '😀',
  'ＣＮＮ',
  'Tokyo',
];
const random = fc.array(fc.constantFrom(...PIECES), { maxLength: 150 }).map((p) => p.join(''));
const BASE = paragraphs(400, 3).join('\n');
/** An edit of the base article: insert, delete or replace a run at some position. */
const mutated = fc
  .array(fc.record({ at: fc.nat(BASE.length), del: fc.nat(20), ins: fc.oneof(random, fc.string({ maxLength: 8 })) }), {
    maxLength: 6,
  })
  .map((edits) =>
    edits.reduce(
      (t, e) => t.slice(0, Math.min(e.at, t.length)) + e.ins + t.slice(Math.min(e.at, t.length) + e.del),
      BASE,
    ),
  );

function checkOffsets(text: string, a: Analysis): void {
  const inside = (s: number, e: number) => {
    expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
    expect(s >= 0 && s <= e && e <= text.length).toBe(true);
  };
  for (const f of a.figures) {
    inside(f.start, f.end);
    expect(f.text).toBe(text.slice(f.start, f.end));
    if (f.sentenceStart !== undefined && f.sentence) {
      expect(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(f.sentence);
    }
    if (f.source?.start !== undefined && f.source.end !== undefined) inside(f.source.start, f.source.end);
    for (const v of [f.value, f.min, f.max]) expect(v === null || Number.isFinite(v)).toBe(true);
  }
  for (const d of a.dates) {
    inside(d.start, d.end);
    expect(d.text).toBe(text.slice(d.start, d.end));
  }
  for (const e of a.entities) {
    inside(e.start, e.end);
    expect(e.text).toBe(text.slice(e.start, e.end));
  }
}

describe('analyze() under fuzzing, with the real tokenizer', () => {
  it('random Japanese-like text: no exception, every offset inside the input', () => {
    fc.assert(
      fc.property(random, (text) => checkOffsets(text, analyze(text, tokenizer, { published: '2025-07-10' }))),
      { numRuns: 400, ...BOX },
    );
  });

  it('a headline of emoji and a figure (once threw in the headline-echo rule: its tokens stopped at the emoji)', () => {
    for (const text of [
      '😀😀0％',
      '😀😀0％\n本文で😀😀0％と発表した。',
      '🚨🚨速報 死者3人\n県によると😀😀死者は3人。',
    ]) {
      const a = analyze(text, tokenizer, { published: '2025-07-10' });
      checkOffsets(text, a);
      expect(a.figures.length).toBeGreaterThan(0);
    }
  });

  it('mutated articles: no exception, every offset inside the input', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom(null, '2024-02-29'), (text, published) =>
        checkOffsets(text, analyze(text, tokenizer, { published })),
      ),
      { numRuns: 150, ...BOX },
    );
  });
});
