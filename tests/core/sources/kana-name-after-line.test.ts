import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('a hiragana-and-katakana name after its line of business (旅行大手のひまわりトラベル)', () => {
  it('is a company: the maker of its data, and what 同社 points back to', () => {
    const [rise, price] = headlinedNames(
      '旅行大手のひまわりトラベルがまとめた予約状況では、予約人数は前年の1.4倍に増えた。同社の調べでは、平均価格は約18万円だった。',
      ['1.4倍', '約18万円'],
    );
    expect(rise).toContain('ひまわりトラベル');
    expect(price).toContain('ひまわりトラベル');
    expect(
      headlinedNames(
        '旅行大手のひまわりトラベル（本社・東京都千代田区）がまとめた調査では、予約人数は前年の1.4倍に増えた。',
        ['1.4倍'],
      )[0],
    ).toContain('ひまわりトラベル');
    expect(
      headlinedNames('スーパーのまるやマートが23日までにまとめた集計では、売り上げは前年より12％増えた。', ['12％'])[0],
    ).toContain('まるやマート');
  });

  it('a thing in hiragana and katakana names no one (販売のおすすめポイント; 開発のためのシステム)', () => {
    expect(headlinedNames('販売のおすすめポイントは3つあると、店長の田中さんは話した。', ['3つ'])[0]).toContain('田中');
    expect(headlinedNames('開発のためのシステムは5億円かかる見通しだ。', ['5億円'])).toEqual(['']);
  });
});
