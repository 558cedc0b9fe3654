import { beforeAll, describe, expect, it } from 'vitest';
import { isComposedKanjiCount } from '../../../core/figures/kanji-counts';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('kanji composed with a place value count the common noun after them, as digits do', () => {
  it.each([
    ['観測は県内の計三百二十地点で行った。', '計三百二十地点', 320, '地点'],
    ['説明会は約四十会場で開いた。', '約四十会場', 40, '会場'],
    ['分譲地は千五百区画を売り出した。', '千五百区画', 1500, '区画'],
  ])('%s → %s', (text, surface, value, unit) => {
    const f = figures(text)[0];
    expect([f?.text, f?.value, f?.unit, f?.kind]).toEqual([surface, value, unit, 'count']);
  });

  it('a single kanji digit, 十 and a digit, or a lone 百 before a noun name rather than count', () => {
    expect(figures('三国志の展示が始まった。')).toEqual([]);
    expect(figures('十二支の置物を並べた。')).toEqual([]);
    expect(figures('七福神めぐりの客が訪れた。')).toEqual([]);
    expect(isComposedKanjiCount({ kanjiOnly: true, written: '十二' })).toBe(false);
    expect(isComposedKanjiCount({ kanjiOnly: true, written: '百' })).toBe(false);
    expect(isComposedKanjiCount({ kanjiOnly: false, written: '890' })).toBe(false);
    expect(isComposedKanjiCount({ kanjiOnly: true, written: '八百九十' })).toBe(true);
  });
});
