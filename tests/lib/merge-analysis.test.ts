import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/types';
import { analyseIncrementally } from '../../lib/incremental-analysis';
import { appendAnalysis } from '../../lib/merge-analysis';

const base: Analysis = {
  title: 't',
  published: null,
  byline: null,
  isJapanese: true,
  isArticle: true,
  figures: [],
  dates: [],
  entities: [{ text: '田中', start: 0, end: 2, type: 'person', id: 0 }],
  length: 10,
};

describe('appendAnalysis (incremental analysis of text added at the end)', () => {
  it('moves every offset of the addition, and its entity ids past the base’s', () => {
    const added: Analysis = {
      ...base,
      figures: [
        {
          text: '5人',
          start: 3,
          end: 5,
          sentence: '県によると5人',
          sentenceStart: 1,
          value: 5,
          min: null,
          max: null,
          unit: '人',
          kind: 'count',
          approx: false,
          bound: null,
          source: { name: '県', type: 'government', cue: 'によると', start: 1, end: 2 },
        },
      ],
      dates: [{ text: '5日', start: 0, end: 2, value: '2025-07-05' }],
      entities: [{ text: '田中', start: 6, end: 8, type: 'person', id: 0 }],
      length: 8,
    };
    const m = appendAnalysis(base, added, 10);
    expect(m.figures[0]).toMatchObject({ start: 13, end: 15, sentenceStart: 11, source: { start: 11, end: 12 } });
    expect(m.dates[0]).toMatchObject({ start: 10, end: 12 });
    expect(m.entities.map((e) => [e.start, e.id])).toEqual([
      [0, 0],
      [16, 1],
    ]);
    expect(m.length).toBe(18);
  });
});

describe('analyseIncrementally', () => {
  const empty = (length: number): Analysis => ({ ...base, entities: [], length });
  it('sends nothing for unchanged text, only the addition for growth, the whole text otherwise', async () => {
    const sent: string[] = [];
    let full = 0;
    const send = async (text: string) => {
      sent.push(text);
      return { ok: true as const, value: empty(text.length) };
    };
    const prev = { text: '一段落目。', analysis: empty(5) };
    await analyseIncrementally(prev, '一段落目。', {}, send, () => full++);
    expect(sent).toEqual([]);
    const grown = await analyseIncrementally(prev, '一段落目。\n二段落目。', {}, send, () => full++);
    expect(sent).toEqual(['\n二段落目。']);
    expect(grown.ok && grown.value.length).toBe(11);
    await analyseIncrementally(prev, '別の記事。', {}, send, () => full++);
    expect(sent.at(-1)).toBe('別の記事。');
    expect(full).toBe(1);
  });
  it('passes a failure through', async () => {
    const r = await analyseIncrementally(
      null,
      'x',
      {},
      async () => ({ ok: false, error: 'gone' }),
      () => {},
    );
    expect(r).toEqual({ ok: false, error: 'gone' });
  });
});
