import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('a title edition year', () => {
  it.each([
    ['協会は「国際観光ランキング2027」を公表した。', '2027'],
    ['「年間ヒットチャート 2024」の首位は新人だった。', '2024'],
    ['県は「グリーンビジョン2040」をまとめた。', '2040'],
    ['JAPAN 2025の会場で展示する。', '2025'],
  ])('%s → %s', (text, year) => {
    expect(dates(text)).toEqual([[year, year]]);
  });

  it.each([
    ['新型のZX2000を発売した。'],
    ['人口2000の集落が孤立した。'],
    ['小惑星「2024 AB3」が接近した。'],
    ['キャンペーン2000円引きを始めた。'],
    ['ランキング2000位以内に入った。'],
    ['カテゴリー1500の部品を使う。'],
  ])('leaves %s alone', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('an edition year is a label, not the story’s year', () => {
  it('leaves 同年 after it on the story’s own year', () => {
    expect(dates('市は2024年、「観光ランキング2027」に名乗りを上げた。同年秋に審査があった。', '2026-10-01')).toEqual([
      ['2024年', '2024'],
      ['2027', '2027'],
      ['同年秋', '2024'],
    ]);
  });
});
