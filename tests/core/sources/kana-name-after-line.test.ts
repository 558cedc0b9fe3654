import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

/** The source names of the figures at `surfaces` (in order) when the whole analysis reads `body` under a headline. */
function names(body: string, surfaces: string[]): string[] {
  const text = `見出し\n${body}`;
  const found = analyze(text, realTokenizer()).figures;
  let from = 0;
  return surfaces.map((surface) => {
    const at = text.indexOf(surface, from);
    from = at + surface.length;
    const f = found.find((x) => x.start <= at && x.end > at);
    if (!f) throw new Error(`${surface} not found as a figure`);
    return !f.source || f.source.type === 'byline' || f.source.type === 'none' ? '' : f.source.name;
  });
}

describe('a hiragana-and-katakana name after its line of business (旅行大手のひまわりトラベル)', () => {
  it('is a company: the maker of its data, and what 同社 points back to', () => {
    const [rise, price] = names(
      '旅行大手のひまわりトラベルがまとめた予約状況では、予約人数は前年の1.4倍に増えた。同社の調べでは、平均価格は約18万円だった。',
      ['1.4倍', '約18万円'],
    );
    expect(rise).toContain('ひまわりトラベル');
    expect(price).toContain('ひまわりトラベル');
    expect(
      names('旅行大手のひまわりトラベル（本社・東京都千代田区）がまとめた調査では、予約人数は前年の1.4倍に増えた。', [
        '1.4倍',
      ])[0],
    ).toContain('ひまわりトラベル');
    expect(
      names('スーパーのまるやマートが23日までにまとめた集計では、売り上げは前年より12％増えた。', ['12％'])[0],
    ).toContain('まるやマート');
  });

  it('a thing in hiragana and katakana names no one (販売のおすすめポイント; 開発のためのシステム)', () => {
    expect(names('販売のおすすめポイントは3つあると、店長の田中さんは話した。', ['3つ'])[0]).toContain('田中');
    expect(names('開発のためのシステムは5億円かかる見通しだ。', ['5億円'])).toEqual(['']);
  });
});
