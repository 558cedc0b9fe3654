import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../../core/types';
import { describeMark } from '../../../../lib/content/card/describe';
import type { Mark } from '../../../../lib/content/card/marks';
import { translator } from '../../../../lib/shared/i18n';
import { analysisOf, figure } from '../../../helpers/analysis';

const range = {} as Range;
const a: Analysis = analysisOf({
  published: '2025-07-10',
  figures: [
    figure({
      text: '最大3万人',
      start: 8,
      end: 13,
      sentence: '県警によると最大3万人が集まった。',
      bound: 'max',
      source: { name: '県警', type: 'government', cue: 'によると', start: 0, end: 2, via: 'NHK' },
    }),
  ],
  dates: [{ text: '昨年11月', start: 20, end: 25, value: '2024-11' }],
  entities: [
    { text: '県警', start: 0, end: 2, type: 'organization', reading: 'ケンケイ', id: 0 },
    { text: '県警', start: 30, end: 32, type: 'organization', id: 0 },
  ],
});
const card = (m: Omit<Mark, 'range'>, lang: 'en' | 'ja' = 'en') =>
  describeMark({ ...m, range } as Mark, a, translator(lang), lang);

describe('the card’s content', () => {
  it('describes a figure: value, kind, qualifier, source with its relay, and cue', () => {
    expect(card({ kind: 'figure', index: 0 })).toEqual({
      title: '最大3万人',
      value: 'up to 30,000 人',
      rows: [
        ['Kind', 'count'],
        ['Qualifier', 'at most'],
        ['Source', '県警 (government) via NHK'],
        ['Cue', 'によると'],
      ],
    });
    const ja = card({ kind: 'figure', index: 0 }, 'ja');
    expect(ja?.value).toBe('最大3万人');
    // 「NHK経由」, not 「(経由 NHK)」.
    expect(ja?.rows).toContainEqual(['出典', '県警（政府機関） NHK経由']);
  });
  it('describes a source (with the reading of the name it also is), a name and a date', () => {
    expect(card({ kind: 'source', index: 0 })?.rows).toEqual([
      ['Reading', 'ケンケイ'],
      ['Cue', 'によると'],
      ['via', 'NHK'],
      ['Figures from it', '1'],
    ]);
    expect(card({ kind: 'entity', index: 1 })).toEqual({
      title: '県警',
      value: 'organisation',
      // The reading comes from another mention of the same entity.
      rows: [
        ['Reading', 'ケンケイ'],
        ['Mentions', '2'],
      ],
    });
    expect(card({ kind: 'date', index: 0 }, 'ja')).toEqual({
      title: '昨年11月',
      value: '2024年11月',
      rows: [['種類', '日付']],
    });
  });
  it('returns null for an index the analysis does not have', () => {
    expect(card({ kind: 'figure', index: 5 })).toBeNull();
  });
});
