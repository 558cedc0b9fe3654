import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (s: string) => figures(s).map((f) => f.text);

describe('not figures', () => {
  it.each([
    '第3次補正予算案が成立した。',
    '3回目の接種が始まった。',
    '2人目の感染者が出た。',
    '市長は2期目に入った。',
    '原発2号機が停止した。',
    'G20の首脳が集まった。',
    '5Gの基地局を増やす。',
    'MiG-29が墜落した。',
    'S-300を配備した。',
    'COVID-19の流行が続く。',
    'Galaxy S24の販売が始まった。',
    '憲法第9条の改正を訴えた。',
    '窓口は06-6123-4567です。',
    '〒530-0001 大阪市北区',
    '詳細は https://example.com/news/2025/07/123 を参照。',
    '会見は午後3時15分に始まった。',
    '2024年6月3日に公表した。',
    '昨年11月に始まった。',
    '5年前に閉鎖された。',
    '1980年代に流行した。',
    '会期は8月1日から10日までだ。',
    '一部の店舗が休業した。',
    '一方、野党は反発した。',
    '景気は一段と悪化した。',
    '唯一の成功例だ。',
    '株価は一時急落した。',
    '万一の事態に備える。',
    '一人ひとりの努力が必要だ。',
    '両国の関係が改善した。',
    '初めて参加した。',
    '二階堂氏が出席した。',
    '三菱商事が発表した。',
    '四国と九州で大雨が降った。',
    '五輪の開催が決まった。',
    '八王子市で火事があった。',
    '千葉県に住む。',
    '一時金を受け取った。',
    '改革の一つの柱だ。',
    '三日坊主に終わった。',
    '百人一首の大会が開かれた。',
    '価格は12:30に発表する。',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('finds the figure next to a name without taking the name (F-35戦闘機12機)', () => {
    expect(texts('F-35戦闘機12機を購入する。')).toEqual(['12機']);
  });

  it('finds a duration but not the date beside it', () => {
    expect(texts('2019年から5年間続いた。')).toEqual(['5年間']);
  });
});
