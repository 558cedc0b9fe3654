import { describe, expect, it } from 'vitest';
import { renderTable } from '../../cli/table';
import type { Figure } from '../../core/types';
import { figure as aFigure, analysisOf } from '../helpers/analysis';

// Each case names the fields it is about; the rest are a plain count with no value of its own.
const figure = (over: Partial<Figure>): Figure => aFigure({ text: 'x', value: null, unit: '', ...over });

const table = (figures: Figure[]): string => renderTable(analysisOf({ figures }), 'test');

describe('the CLI table shows the new kinds of figure', () => {
  it('a score as written, not as a sorted range', () => {
    expect(table([figure({ text: '0対2', kind: 'score', min: 0, max: 2, score: [0, 2] })])).toContain('0–2');
    expect(table([figure({ text: '3対1', kind: 'score', min: 1, max: 3, score: [3, 1] })])).toContain('3–1');
  });

  it('a fraction with its value, and the sides of dimensions', () => {
    expect(table([figure({ text: '2/3', value: 0.6667, fraction: [2, 3], kind: 'ratio' })])).toContain('2/3 (0.6667)');
    expect(table([figure({ text: '1284ドット', value: 1284, dimensions: [2778, 1284] })])).toContain(
      '1,284 (2,778×1,284)',
    );
  });

  it('which end of a range its bounds exclude', () => {
    expect(table([figure({ min: 10, max: 20, maxExclusive: true })])).toContain('10–<20');
    expect(table([figure({ min: 1, max: 3, minExclusive: true })])).toContain('>1–3');
  });

  it('a share in 割 as a percentage, never "0.3 割"', () => {
    const out = table([figure({ text: '3割増し', value: 0.3, unit: '割', kind: 'ratio' })]);
    expect(out).toContain('30%');
    expect(out).not.toContain('0.3 ');
    expect(table([figure({ text: '2〜3割', min: 0.2, max: 0.3, unit: '割', kind: 'ratio' })])).toContain('20%–30%');
  });
});
