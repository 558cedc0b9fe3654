import { beforeAll, describe, expect, it } from 'vitest';
import { articleNameOf, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 「北浜の森財団は13日、市民の協力で全国の巣を調べた結果、…48%減った」: who helped (市民の協力で) or what
// was examined (全国の巣を) is no maker of the finding; the body that examined is.
describe('an の-phrase qualifying a means or an object of the finding verb is not its maker', () => {
  it.each([
    // paper: の協力で, 調べた結果、と発表した
    [
      '公益財団法人北浜の森財団は13日、市民の協力で全国のツバメの巣を調べた結果、都市部の巣が48%減ったと発表した。',
      '48%',
      '北浜の森財団',
    ],
    // の協力を得て, 調べたところ, a date inserted
    [
      '北浜大学は今年2月、住民の協力を得て川の水質を調べたところ、3割の地点で基準を超えたと発表した。',
      '3割',
      '北浜大学',
    ],
    // a が-subject set apart by a comma, の支援で
    ['北浜市が、企業の支援で市内の空き家を調べた結果、12%が危険な状態だった。', '12%', '北浜市'],
    // broadcaster: ということです, full-width digits, a line of business before the firm
    ['民間調査会社の東和リサーチが全国の企業を調べた結果、２割が赤字だったということです。', '２割', '東和リサーチ'],
  ])('%s', (text, figure, party) => {
    expect(articleNameOf(text, figure)).toContain(party);
  });
});
