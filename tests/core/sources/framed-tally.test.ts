import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('a data report framing the lede (調査会社Xの推計で、…) and its breakdown in the next paragraph', () => {
  const lede =
    '調査会社インターナショナル・データ・ストラテジー（IDS）の推計で、2024年の国内出荷台数は3.2%増の2,870万台だった。';
  const ids = '調査会社インターナショナル・データ・ストラテジー（IDS）';

  it('gives the breakdown to the report’s maker, whatever frames it', () => {
    expect(
      names(`${lede}\nメーカー別のシェアは、米ペアテックが47.5%で首位を保ち、国内のソラネットが12.3%で続いた。`, [
        '2,870万台',
        '47.5%',
        '12.3%',
      ]),
    ).toEqual([ids, ids, ids]);
    expect(names(`${lede}\nメーカー別では、米ペアテックが47.5%で首位だった。`, ['2,870万台', '47.5%'])).toEqual([
      ids,
      ids,
    ]);
    expect(
      names(
        '調査会社の東和リサーチがまとめた推計で、2024年の国内出荷台数は3.2%増の2,870万台だった。\n年代別の利用率は、20代が47.5%で最も高かった。',
        ['2,870万台', '47.5%'],
      ),
    ).toEqual(['調査会社の東和リサーチ', '調査会社の東和リサーチ']);
    expect(
      names(
        '調査会社の東和リサーチが12日発表した推計で、2024年の国内出荷台数は3.2%増の2,870万台だった。\n地域別では、関東が47.5%で最も多かった。',
        ['2,870万台', '47.5%'],
      ),
    ).toEqual(['調査会社の東和リサーチ', '調査会社の東和リサーチ']);
  });

  it('leaves another party’s words and the outlet’s own facts alone', () => {
    expect(
      names(`${lede}\nメーカー別のシェアについて、北山大学の田中教授は「首位の5割超えは異例だ」と話す。`, [
        '2,870万台',
        '5割',
      ]),
    ).toEqual([ids, '北山大学の田中教授']);
    expect(
      names('国内の出荷台数は3.2%増えた。\nメーカー別のシェアは、米ペアテックが47.5%で首位だった。', ['47.5%']),
    ).toEqual(['']);
  });
});
