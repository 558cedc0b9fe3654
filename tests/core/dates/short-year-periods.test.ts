import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

/**
 * A two-digit year before a word naming a period of it (19年同期, 24年比, 25年平均) is a year: no length of
 * time takes 同期 or 比. 平均 also follows a length (過去10年平均), so it counts only next to the
 * publication or the year written. Invented sentences.
 */
describe('a two-digit year before a period word', () => {
  it.each([
    ['北浜港の2024年1～6月の入港数は、感染拡大前の19年同期を1割上回った。', '19年同期', ['2019-01', '2019-06']],
    ['県内の出荷額は18年同期の水準に届かなかった。', '18年同期', '2018'],
    ['調査会社は、国内出荷が26年に25年比1割増えると見込む。', '25年', '2025'],
    ['電力各社の販売量は23年同月比で4%減った。', '23年同月', '2023'],
    ['県がまとめた25年平均の求職者数は8200人だった。', '25年', '2025'],
  ])('reads %s', (text, surface, value) => {
    expect(dates(text, '2026-02-10')).toContainEqual([surface, value]);
  });

  it('leaves a length averaged over or a count of years', () => {
    // 過去10年平均, 10年平均で: a length; 10年比 is written by no one, but 10年平均 in 2026 is far from 2010.
    expect(dates('気温は過去25年平均を上回った。', '2026-02-10')).toEqual([]);
    expect(dates('気温は10年平均で0.3度高かった。', '2026-02-10')).toEqual([]);
    expect(dates('同期入社の10年同窓会を開いた。', '2026-02-10')).toEqual([]);
    expect(dates('25年分の保険料を一括で納めた。', '2026-02-10')).toEqual([]);
  });
});
