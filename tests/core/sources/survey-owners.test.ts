import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('a survey made by a subject with a date and comma after it (Xが今春、…を対象に行った調査では)', () => {
  it('is the subject’s, not a body named in the sentence before', () => {
    const text =
      '国は来年度から補助制度を始める。\n業界団体の全国旅館連合会が今春、加盟する320施設を対象に行った調査では、7割を超える施設が人手不足と回答した。';
    expect(names(text, ['320施設', '7割'])).toEqual(['業界団体の全国旅館連合会', '業界団体の全国旅館連合会']);
    const dated =
      '北浜県は補助を増やした。東和商工会が23日、会員企業に実施したアンケートによると、６割が値上げを予定している。';
    expect(names(dated, ['６割'])).toEqual(['東和商工会']);
    const month = '西山市の民間調査会社、南方総研が昨年12月、全国の1000人に行った調査では、42%が反対と答えた。';
    expect(names(month, ['42%'])).toEqual(['南方総研']);
  });

  it('leaves a subject inside a clause made a noun by こと to that clause', () => {
    const text = '東和市が昨年、条例を定めたことを受けて北浜県が行った調査では、3割が賛成と答えた。';
    expect(names(text, ['3割'])).toEqual(['北浜県']);
  });
});

describe('a survey made by a subject with a season and comma after it (Xが今年春、…を対象に行った調査では)', () => {
  // IPADIC tags 春 / 夏 / 秋 / 冬 as common nouns, not adverbial ones: the season is a date all the same.
  const LEDE =
    'いじめ相談、過去最多に\n文部科学省は28日、全国の小中高校で認知されたいじめが約73万件だったと発表した。\n';

  it('is the subject’s, not the lede announcer’s', () => {
    const spring = `${LEDE}NPO法人「みらいの芽」（大阪市）が今年春、保護者約2千人を対象に行ったアンケートでは、28%が「学校に相談しなかった」と答えた。`;
    expect(names(spring, ['約2千人', '28%'])).toEqual(['NPO法人「みらいの芽」', 'NPO法人「みらいの芽」']);
    const autumn = `${LEDE}NPO法人「ひだまりの会」（福岡市）が昨年秋、小中学生の保護者約1500人を対象に実施したアンケートでは、34%が「相談先が分からない」と答えた。`;
    expect(names(autumn, ['約1500人', '34%'])).toEqual(['NPO法人「ひだまりの会」', 'NPO法人「ひだまりの会」']);
    const noFigure = `${LEDE}NPO法人「みらいの芽」（大阪市）が今年春、保護者を対象に行ったアンケートでは、28%が「学校に相談しなかった」と答えた。`;
    expect(names(noFigure, ['28%'])).toEqual(['NPO法人「みらいの芽」']);
  });

  it('holds in the broadcast register with full-width digits', () => {
    const summer = `${LEDE}NPO法人「みらいの芽」が今年夏、全国の保護者約２千人を対象に行ったアンケートでは、２８％が「学校に相談しなかった」と答えたということです。`;
    expect(names(summer, ['約２千人', '２８％'])).toEqual(['NPO法人「みらいの芽」', 'NPO法人「みらいの芽」']);
    const reported = `${LEDE}市民団体「こどもの窓」が昨年秋、保護者９００人に実施した調査によりますと、３割が「相談しても解決しなかった」と答えたということです。`;
    expect(names(reported, ['９００人', '３割'])).toEqual(['市民団体「こどもの窓」', '市民団体「こどもの窓」']);
  });

  it('keeps a month, last month, a research team and まとめた as they were', () => {
    const month = `${LEDE}市民団体「こどもの窓」（札幌市）が8月、保護者850人を対象に行った意識調査では、41%が「学校の対応に不満」と答えた。`;
    expect(names(month, ['850人', '41%'])).toEqual(['市民団体「こどもの窓」', '市民団体「こどもの窓」']);
    const team = `${LEDE}北浜大学の研究チームが先月、中高生3000人に行った調査では、12%が「いじめを見たことがある」と回答した。`;
    expect(names(team, ['12%'])).toEqual(['北浜大学の研究チーム']);
    const compiled = `${LEDE}民間の調査会社「ミナトリサーチ」（東京都港区）が今年春にまとめた調査では、保護者の22%が「学校に相談しなかった」と答えた。`;
    expect(names(compiled, ['22%'])).toEqual(['民間の調査会社「ミナトリサーチ」']);
  });

  it('leaves the announcer’s own survey and an unnamed one as they are', () => {
    const own = `${LEDE}文部科学省の調査では、いじめの認知件数は前年度より約5万件増えた。`;
    expect(names(own, ['約5万件'])).toEqual(['文部科学省']);
    const unnamed = `${LEDE}別の調査では、保護者の28%が「学校に相談しなかった」と答えた。`;
    expect(names(unnamed, ['28%'])).toEqual(['別の調査']);
  });
});
