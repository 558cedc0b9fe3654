import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// A country with 側 after it (ロシア側, 中国側) is that country's side in talks or a dispute: it speaks as its
// government does, not as the party cited before it.
describe('a country’s side as a speaker', () => {
  it('Xも、…としている: the side that also says so, not the analyst quoted before', () => {
    const text = '東和総研の研究員は「交渉は長引く」と話す。韓国側も、輸出量は前年の7割程度にとどまるとしている。';
    expect(namesOf(text, ['7割程度'])).toEqual(['韓国側']);
  });

  it('Xは「…」と述べた names the side, a government', () => {
    const text = '中国側は「関税の引き上げ幅は25%を超えない」と述べた。';
    const [s] = sourcesOf(text, ['25%']);
    expect([s?.name, s?.type]).toEqual(['中国側', 'government']);
  });

  it('a side of no country (大阪側) or a direction (南側) is no party', () => {
    const text = '北山県によると、橋の利用は1日2万台に上る。大阪側も、渋滞は3キロに及ぶとしている。';
    expect(namesOf(text, ['2万台', '3キロ'])).toEqual(['北山県', '北山県']);
    const wall = '県の資料によると、南側の壁は厚さ30センチだとしている。';
    expect(namesOf(wall, ['30センチ'])).toEqual(['県']);
  });
});
