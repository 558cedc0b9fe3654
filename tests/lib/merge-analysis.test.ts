import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/types';
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
