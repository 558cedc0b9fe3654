import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a public body’s official act tells what its object or target counts (サ変 verb or an order put out)', () => {
  it.each([
    [
      '北川県南浜市は14日午前、市内を流れる桜川の水位が上がったとして、流域の約3400世帯、7800人余りに避難指示を出した。',
      '7800人',
      '南浜市',
    ],
    ['北川県南浜市は14日午前、流域の約3400世帯に避難指示を出した。', '約3400世帯', '南浜市'],
    ['東山県は今年2月に、豪雪で孤立した集落へ職員約120人を派遣した。', '約120人', '東山県'],
    ['当局は消防士約1500人と航空機20機以上を投入して消火にあたっているが、鎮火のめどは立っていない。', '20機', '当局'],
    ['国の運輸安全委員会は同日、鉄道事故調査官２人を現地に派遣した。', '２人', '運輸安全委員会'],
    ['西浦町は23日までに、町内の全約900世帯に避難勧告を発令した。', '約900世帯', '西浦町'],
    ['北山市は、このほど、浸水被害を受けた世帯に1世帯あたり10万円の見舞金を支給した。', '10万円', '北山市'],
    ['防衛省は被災地に自衛隊員約3000人を派遣しました。', '約3000人', '防衛省'],
    ['北山市は、約2000世帯が停電したため、職員30人を派遣した。', '30人', '北山市'],
    ['県は避難所を開設し、職員約50人を派遣した。', '約50人', '県'],
    ['中国政府は、被災地に医療チーム30人を派遣した。', '30人', '中国政府'],
    ['県は現地に職員10人を派遣し、防災ヘリ2機を投入した。', '2機', '県'],
    ['北浜県は２市に緊急事態宣言を発令しました。', '２市', '北浜県'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    ['田中さんは3人の子を育てた。', '3人'],
    ['東和電機は昨年、新工場に約500人を配置した。', '約500人'],
    ['山田選手は試合に3回出場した。', '3回'],
    ['大雨の影響で、約2万人が避難した。', '約2万人'],
    // a clause with its own subject before the act is not what the body acted on
    ['北山市は、約2000世帯が停電したため、職員30人を派遣した。', '約2000世帯'],
    ['南浜市は昨年、人口が約5万人に減少した。', '約5万人'],
    // an army’s or a state’s deployment is an observer’s estimate, not an authority’s account
    ['ロシア軍は兵士約1万人を前線に投入した。', '約1万人'],
    ['平壌はすでに昨年11月に8000人の兵士を派遣しており、その多くが前線に投入された。', '8000人'],
    ['ボランティア約300人が現地に入った。', '約300人'],
    // building or holding something is a deed the outlet tells, not an order given
    ['市は防犯カメラ約200台を設置した。', '約200台'],
    // an act that describes a noun is not done: a scoop's plan, or who was sent before
    ['北浜市が来年度から、子育て世帯に1世帯あたり3万円を支給する方向で調整していることが8日、分かった。', '3万円'],
    ['県は、派遣した職員約40人を18日に引き揚げた。', '約40人'],
  ])('a person’s, a company’s or no one’s deed stays the outlet’s: %s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});
