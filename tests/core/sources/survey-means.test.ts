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

// 「北浜国税局が、北浜市中央区の建設会社「南浜建設」を対象に行った税務調査で」: the place of the firm examined,
// past the firm's name in brackets and a further の, is what was examined, not who examined it.
describe('an の-phrase reaching past a bracketed name to を対象に / に対して is what was examined', () => {
  it.each([
    [
      '北浜国税局が、北浜市中央区の建設会社「南浜建設」を対象に行った税務調査で、約2億円の申告漏れを指摘していたことがわかった。',
      '約2億円',
      '北浜国税局',
    ],
    // full-width digits, a further の
    [
      '北浜労働局が、南浜市の運送会社「東和運輸」を対象に行った調査で、運転手の３割が長時間労働だった。',
      '３割',
      '北浜労働局',
    ],
    [
      '北浜大学の研究チームが、北浜県の中学校の生徒1200人を対象に行った調査で、約3割が睡眠不足だった。',
      '約3割',
      '北浜大学',
    ],
    // に対して, a prefix (第三セクター)
    [
      '監査法人が、北浜市の第三セクター「北浜開発」に対して行った調査で、約8000万円の損失が見つかった。',
      '約8000万円',
      '監査法人',
    ],
  ])('%s', (text, figure, party) => {
    expect(articleNameOf(text, figure)).toContain(party);
  });

  it("a body's own survey, with no object named, keeps its owner", () => {
    expect(articleNameOf('北浜県の調査で、満足と答えた人は62%だった。', '62%')).toContain('北浜県');
  });
});
