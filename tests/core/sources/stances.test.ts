import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a fact a party holds up with a stance closing the sentence is the party’s (…ことを問題視する)', () => {
  it.each([
    [
      '北浜証券の森田さやかアナリストは、売上高の約4割を占める欧州向けで、出荷が前年同期比15%減ったことを問題視する。',
      '約4割',
      '森田',
    ],
    [
      '北浜証券の森田さやかアナリストは、売上高の約4割を占める欧州向けで、出荷が前年同期比15%減ったことを問題視する。',
      '15%',
      '森田',
    ],
    ['東和総研の佐々木健一主任研究員は、賃上げ率が3年連続で5%を超えたことに注目している。', '5%', '佐々木'],
    ['南洋証券の三宅アナリストは、在庫が前年より2割多い点を懸念する。', '2割', '三宅'],
    [
      'みなと銀行の大野チーフエコノミストは23日までに、個人消費が２期連続で減少したことを警戒している。',
      '２期',
      '大野',
    ],
    ['北山大学の石田教授は、出生数が初めて70万人を下回ったことを重く見る。', '70万人', '石田'],
    ['市場調査会社の高橋氏はこのほど、新車販売が前月比8%伸びたことを評価した。', '8%', '高橋'],
    ['東和経済研究所は、輸出が3カ月連続で減ったことを疑問視している。', '3カ月', '東和経済研究所'],
    ['一方、南洋証券の三宅アナリストは、受注が2割減ったことを懸念しています。', '2割', '三宅'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    // a feeling or a deed holds nothing up
    ['田中さんは、孫が3人生まれたことを家族で祝った。', '3人'],
    ['山田選手は、3試合連続で本塁打を打ったことを喜んだ。', '3試合'],
    // a fact in a clause that does not close the sentence
    ['売上高が15%減ったことを受け、同社は工場を閉鎖した。', '15%'],
    // held up by others, not by the topic
    ['北山市では、人口が2割減ったことが問題視されている。', '2割'],
  ])('stays the outlet’s: %s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});
