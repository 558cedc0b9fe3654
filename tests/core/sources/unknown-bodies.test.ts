import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a company whose words say nothing of its kind announces, as one with a trade ending does', () => {
  it.each([
    // the bare announcement after the news (が, a day, 明らかにした)
    ['主力工場の生産能力を約2割引き上げることが分かった。東和精機が12日、明らかにした。', '2割', '東和精機'],
    // NHK register and は
    ['主力工場の生産能力を約2割引き上げることが分かりました。東和精機は12日、明らかにしました。', '2割', '東和精機'],
    // a trade before it, full-width digits, 発表した
    [
      '今期の純利益が約３０億円に落ち込む見通しになった。精密機器大手の東和精機が１２日、発表した。',
      '３０億円',
      '東和精機',
    ],
    // a comma and 11日までに between the name and the verb
    ['国内の店舗を約40店閉鎖する。衣料チェーンのミナト商会が、11日までに明らかにした。', '40店', 'ミナト商会'],
    // the object first, then the company
    ['主力工場の生産能力を約2割引き上げる計画を、東和精機が12日、明らかにした。', '2割', '東和精機'],
  ])('%s', (text, surface, want) => {
    expect(nameOf(text, surface)).toContain(want);
  });

  it.each([
    // the company's own deed after the figure: it reports nothing
    ['来場者は約12万人に上った。東和精機が12日、新工場の起工式を開いた。', '12万人'],
    ['同社の株価は一時約8%下落した。東和精機が12日、新製品を発表した。', '8%'],
    // a thing with a day after it is no party
    ['工事には約3年かかる見込みだ。大雨が12日、明らかにした。', '3年'],
    // a name cut at its numeral (三 + 葉電工) names no body
    ['新型部品の受注が前年の1.5倍に増えた。三葉電工が12日、明らかにした。', '1.5倍'],
  ])('%s stays unattributed', (text, surface) => {
    expect(nameOf(text, surface)).toBe('');
  });
});
