import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../core/types';
import {
  formatDateValue,
  formatFigureValue,
  formatNumber,
  qualifierText,
  summaryText,
} from '../../../lib/shared/format';
import { formatMyriad } from '../../../lib/shared/format-number';
import { translator } from '../../../lib/shared/i18n';
import { figure } from '../../helpers/analysis';

describe('numbers for Japanese readers', () => {
  it('groups by 万, 億, 兆 as the press does, thousands grouped inside a group', () => {
    expect(formatMyriad(950_000)).toBe('95万');
    expect(formatMyriad(120_000_000_000)).toBe('1,200億');
    expect(formatMyriad(123_456_789)).toBe('1億2,345万6,789');
    expect(formatMyriad(15_000)).toBe('1万5,000');
    expect(formatMyriad(1_200_000_000_000)).toBe('1兆2,000億');
    expect(formatMyriad(9_999)).toBe('9,999');
    expect(formatMyriad(1.5)).toBe('1.5');
    expect(formatMyriad(-30_000)).toBe('-3万');
    expect(formatNumber(950_000, 'en')).toBe('950,000');
  });
});

describe('figure values follow the UI language', () => {
  const en = translator('en');
  const ja = translator('ja');
  it('writes values the Japanese way in Japanese: 1,200億円, 95万人超, 3割 = 30%', () => {
    expect(formatFigureValue(figure({ value: 120_000_000_000, unit: '円', kind: 'money' }), 'ja', ja)).toBe(
      '1,200億円',
    );
    expect(formatFigureValue(figure({ value: 950_000, bound: 'over' }), 'ja', ja)).toBe('95万人超');
    expect(formatFigureValue(figure({ value: 120_000, approx: true }), 'ja', ja)).toBe('約12万人');
    // 割 is tenths: never 「0.3割」.
    expect(formatFigureValue(figure({ value: 0.3, unit: '割', kind: 'ratio' }), 'ja', ja)).toBe('3割（30%）');
    expect(formatFigureValue(figure({ value: 0.2, unit: '割', kind: 'ratio', bound: 'max' }), 'ja', ja)).toBe(
      '最大2割（20%）',
    );
    expect(formatFigureValue(figure({ value: 1.5, unit: '倍', kind: 'ratio' }), 'ja', ja)).toBe('1.5倍');
  });
  it('keeps western grouping in English', () => {
    expect(formatFigureValue(figure({ value: 120_000_000_000, unit: '円', kind: 'money' }), 'en', en)).toBe(
      '¥120,000,000,000',
    );
    expect(formatFigureValue(figure({ value: 950_000, bound: 'over' }), 'en', en)).toBe('over 950,000 人');
    expect(formatFigureValue(figure({ value: 0.3, unit: '割', kind: 'ratio' }), 'en', en)).toBe('30%');
    expect(formatFigureValue(figure({ value: 4.5, unit: '%', kind: 'percent' }), 'en', en)).toBe('4.5%');
    expect(formatFigureValue(figure({ value: 1.5, unit: '倍', kind: 'ratio' }), 'en', en)).toBe('1.5×');
    expect(formatFigureValue(figure({ value: 300, unit: 'km', kind: 'measure' }), 'en', en)).toBe('300 km');
  });
  it('writes ranges, vague amounts and missing values without breaking', () => {
    // 3〜4万人: 万 applies to both ends → 30,000–40,000
    expect(formatFigureValue(figure({ value: null, min: 30000, max: 40000 }), 'en', en)).toBe('30,000–40,000 人');
    expect(formatFigureValue(figure({ value: null, min: 30000, max: 40000 }), 'ja', ja)).toBe('3万〜4万人');
    // 数千人: a vague amount is the range it stands for, written as a reader says it (not 9,999).
    expect(formatFigureValue(figure({ value: null, min: 2000, max: 9999, vague: true, approx: true }), 'ja', ja)).toBe(
      '2,000〜9,000人台',
    );
    // 数百万発, 数十億円, 数十: the uncertain digit's place, never a string of 9s.
    const vague = (min: number, max: number, unit: string) => figure({ value: null, min, max, unit, vague: true });
    expect(formatFigureValue(vague(2_000_000, 9_999_999, '発'), 'ja', ja)).toBe('200万〜900万発台');
    expect(formatFigureValue(vague(2_000_000, 9_999_999, '発'), 'en', en)).toBe('2,000,000–10,000,000 発');
    expect(formatFigureValue(vague(2_000_000_000, 9_999_999_999, '円'), 'en', en)).toBe(
      '¥2,000,000,000–10,000,000,000',
    );
    expect(formatFigureValue(vague(20, 99, ''), 'ja', ja)).toBe('20〜90台');
    // 十数人 and a written range keep their ends as they are.
    expect(formatFigureValue(vague(11, 19, '人'), 'ja', ja)).toBe('11〜19人');
    expect(formatFigureValue(figure({ value: null, min: 20, max: 99 }), 'ja', ja)).toBe('20〜99人');
    // 数割: tenths at both ends.
    expect(formatFigureValue(figure({ value: null, min: 0.2, max: 0.9, unit: '割' }), 'ja', ja)).toBe(
      '2〜9割（20〜90%）',
    );
    expect(formatFigureValue(figure({ value: null, min: 5, max: null, bound: 'min' }), 'en', en)).toBe('at least 5 人');
    expect(formatFigureValue(figure({ value: null }), 'en', en)).toBe('—');
    expect(formatFigureValue(figure({ value: Number.NaN }), 'ja', ja)).toBe('—');
    expect(formatFigureValue(figure({ approx: true, bound: 'over' }), 'en', en)).toBe('over about 30,000 人');
    expect(qualifierText(figure({ approx: true, change: 'increase' }), en)).toBe('approximate, an increase');
    expect(qualifierText(figure({}), en)).toBe('');
  });
  it('writes the shapes beyond one number: scores, fractions, dimensions, ranges with an excluded end', () => {
    // Fields the engine may add (optional on Figure): formatting reads them when present.
    const shaped = (over: Record<string, unknown>) => figure(over as Partial<Figure>);
    expect(
      formatFigureValue(shaped({ value: null, min: 1, max: 3, unit: '', kind: 'score', score: [3, 1] }), 'ja', ja),
    ).toBe('3対1');
    expect(
      formatFigureValue(shaped({ value: null, min: 1, max: 3, unit: '', kind: 'score', score: [3, 1] }), 'en', en),
    ).toBe('3–1');
    // 男女比は3対7: a ratio keeps its sides as a score does, and reads 3:7 in English.
    const ratio = shaped({ value: null, min: 3, max: 7, unit: '', kind: 'ratio', score: [3, 7] });
    expect([formatFigureValue(ratio, 'ja', ja), formatFigureValue(ratio, 'en', en)]).toEqual(['3対7', '3:7']);
    expect(formatFigureValue(shaped({ value: 2 / 3, unit: '分の', kind: 'ratio', fraction: [2, 3] }), 'ja', ja)).toBe(
      '3分の2（66.67%）',
    );
    expect(formatFigureValue(shaped({ value: 2 / 3, unit: '分の', kind: 'ratio', fraction: [2, 3] }), 'en', en)).toBe(
      '2/3 (66.67%)',
    );
    // exact shares are rounded for the eye only: 1/3 → 33.33%, one in a million keeps its digits
    expect(formatFigureValue(shaped({ value: 1 / 3, unit: '分の', kind: 'ratio', fraction: [1, 3] }), 'en', en)).toBe(
      '1/3 (33.33%)',
    );
    expect(
      formatFigureValue(shaped({ value: 1 / 1e6, unit: '分の', kind: 'ratio', fraction: [1, 1e6] }), 'en', en),
    ).toBe('1/1,000,000 (0.0001%)');
    expect(
      formatFigureValue(shaped({ value: 2778, unit: 'ドット', kind: 'measure', dimensions: [2778, 1284] }), 'ja', ja),
    ).toBe('2,778×1,284ドット');
    expect(
      formatFigureValue(shaped({ value: 2778, unit: 'ドット', kind: 'measure', dimensions: [2778, 1284] }), 'en', en),
    ).toBe('2,778 × 1,284 ドット');
    const band = { value: null, min: 10, max: 20, unit: '%', kind: 'percent', maxExclusive: true };
    expect(formatFigureValue(shaped(band), 'ja', ja)).toBe('10%以上20%未満');
    expect(formatFigureValue(shaped(band), 'en', en)).toBe('10% to under 20%');
    const yen = { value: null, min: 10000, max: 30000, unit: '円', kind: 'money', minExclusive: true };
    expect(formatFigureValue(shaped(yen), 'ja', ja)).toBe('1万円超3万円以下');
    expect(formatFigureValue(shaped(yen), 'en', en)).toBe('over ¥10,000 to ¥30,000');
    // Broken shapes fall back to the plain value.
    expect(formatFigureValue(shaped({ value: 5, score: [1], dimensions: ['x'] }), 'en', en)).toBe('5 人');
  });
  it('writes the summary line with plural forms in both languages', () => {
    expect(summaryText(14, 8, 'en', en)).toBe('14 figures from 8 sources');
    expect(summaryText(1, 1, 'en', en)).toBe('1 figure from 1 source');
    expect(summaryText(1200, 0, 'en', en)).toBe('1,200 figures, none attributed to a named source');
    expect(summaryText(14, 8, 'ja', ja)).toBe('数字14件（出典8件）');
    expect(summaryText(40_000, 8, 'ja', ja)).toBe('数字4万件（出典8件）');
  });
  it('formats dates', () => {
    expect(formatDateValue('2024-11', 'ja')).toBe('2024年11月');
    expect(formatDateValue('2024-11', 'en')).toBe('Nov 2024');
    expect(formatDateValue(['2025-07-01', '2025-07-15'], 'en')).toBe('1 Jul 2025 – 15 Jul 2025');
  });
});
