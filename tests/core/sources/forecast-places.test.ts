import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// An outlook published by an invented body, then its figures for single countries.
const outlook = (sentence: string) =>
  `世界経済の見通し\n北浜通貨基金は14日、最新の世界経済見通しを公表し、世界全体の成長率を3.0%と予測した。\n${sentence}`;

describe('a country whose figure a forecaster gives is what is forecast, not who forecasts', () => {
  it.each([
    ['中国は４．２％で据え置いた。', '４．２％'],
    ['一方、日本は0.7%と0.2ポイント引き下げたということです。', '0.7%'],
    ['ブラジルは2.0%、ロシアは0.9%とした。', '0.9%'],
    ['インドは6.8%と、主要国で最も高い伸びを見込んでいます。', '6.8%'],
    ['国別では、ドイツは1.1%と、前回から0.3ポイント上方修正した。', '1.1%'],
    ['韓国は来年、2.2%と予測している。', '2.2%'],
    ['ベトナムは6.1%に下方修正した。', '6.1%'],
  ])('%s', (sentence, figure) => {
    expect(nameOf(outlook(sentence), figure)).toBe('北浜通貨基金');
  });

  it.each([
    // The country's own announcement of its own figure.
    ['中国は、今年の成長率が5.0%だったと発表した。', '5.0%', '中国'],
    // The figure is what the country set, its object.
    ['米国は関税を25%に引き上げた。', '25%', '米国'],
    ['米国は25%の関税を維持するとした。', '25%', '米国'],
  ])('keeps its own: %s', (sentence, figure, source) => {
    expect(nameOf(outlook(sentence), figure)).toBe(source);
  });

  it('a prefecture forecasting its own population keeps it', () => {
    expect(nameOf('人口の見通し\n東京都は1400万人と予測している。', '1400万人')).toBe('東京都');
  });
});
