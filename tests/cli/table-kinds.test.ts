import { describe, expect, it } from 'vitest';
import { renderTable } from '../../cli/table';
import type { Figure } from '../../core/types';
import { formatFigureValue } from '../../lib/shared/format-value';
import { pageTranslator } from '../../lib/shared/i18n/page';
import { figure as aFigure, analysisOf } from '../helpers/analysis';

// Each case names the fields it is about; the rest are a plain count with no value of its own.
const figure = (over: Partial<Figure>): Figure => aFigure({ text: 'x', value: null, unit: '', ...over });

const table = (figures: Figure[], lang: 'ja' | 'en' = 'en'): string =>
  renderTable(analysisOf({ figures }), 'test', lang);

describe('the CLI table shows the new kinds of figure', () => {
  it('a score as written, not as a sorted range', () => {
    expect(table([figure({ text: '0対2', kind: 'score', min: 0, max: 2, score: [0, 2] })])).toContain('0–2');
    expect(table([figure({ text: '3対1', kind: 'score', min: 1, max: 3, score: [3, 1] })])).toContain('3–1');
  });

  it('a fraction with its value, and the sides of dimensions', () => {
    const fraction = figure({ text: '2/3', value: 2 / 3, unit: '分の', fraction: [2, 3], kind: 'ratio' });
    expect(table([fraction])).toContain('2/3 (66.67%)');
    expect(table([fraction], 'ja')).toContain('3分の2（66.67%）');
    const side = figure({ text: '1284ドット', value: 1284, unit: 'ドット', dimensions: [2778, 1284] });
    expect(table([side])).toContain('2,778 × 1,284 ドット');
    expect(table([side], 'ja')).toContain('2,778×1,284ドット');
  });

  it('which end of a range its bounds exclude', () => {
    expect(table([figure({ min: 10, max: 20, unit: '%', maxExclusive: true })])).toContain('10% to under 20%');
    expect(table([figure({ min: 1, max: 3, unit: '%', minExclusive: true })], 'ja')).toContain('1%超3%以下');
  });

  it('a share in 割 as a percentage, never "0.3 割"', () => {
    const out = table([figure({ text: '3割増し', value: 0.3, unit: '割', kind: 'ratio' })]);
    expect(out).toContain('30%');
    expect(out).not.toContain('0.3 ');
    expect(table([figure({ text: '2〜3割', min: 0.2, max: 0.3, unit: '割', kind: 'ratio' })])).toContain('20–30%');
  });

  it('a vague amount as a reader says it, the same as the popup', () => {
    const shells = figure({ text: '数百万発', min: 2_000_000, max: 9_999_999, unit: '発', vague: true, approx: true });
    expect(table([shells], 'ja')).toContain('200万〜900万発台');
    expect(table([shells], 'ja')).not.toContain('9,999');
    expect(table([shells])).toContain('2,000,000–10,000,000 発');
  });

  it('writes every value with the formatter the popup and the card use', () => {
    const f = figure({ text: '約95万人を超え', value: 950_000, unit: '人', approx: true, bound: 'over' });
    for (const lang of ['ja', 'en'] as const)
      expect(table([f], lang)).toContain(formatFigureValue(f, lang, pageTranslator(lang)));
  });
});
