import { beforeAll, describe, expect, it } from 'vitest';
import { articleNameOf, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// A column's writer reporting their own inquiry is its source (筆者, or the name that signs the piece);
// their plain opinions and the figures they cite from others stay as they were.
describe('the writer’s own findings', () => {
  it.each([
    // signed in the headline, title before the name
    [
      '【論壇】介護の担い手をどう守る　東和大学教授・森川遥香\n筆者は今年5月、県内の介護職員300人にアンケートを行った。賃金に「不満がある」と答えた人は64%に上った。',
      ['300人', '64%'],
      '森川遥香',
    ],
    // signed in the headline, name before the title
    [
      '〈論点〉通学路の安全を　森川遥香・東和大学教授\n筆者の研究室が今年2月、全国の保護者2,000人に行った調査では、「危ないと感じる」と答えた人が58%いた。',
      ['2,000人', '58%'],
      '森川遥香',
    ],
    // signed in a closing bracket
    [
      '〈視点〉移住の光と影\n昨年、筆者は北浜町を訪ね、住民80人に聞き取り調査を行った。「暮らしが便利になった」と答えた人は3割にとどまった。\n町には、住民の声に耳を傾けてほしい。（論説委員・川辺修）',
      ['80人', '3割'],
      '川辺修',
    ],
    // unsigned; the results open the next paragraph; full-width digits
    [
      '学生の暮らし\n筆者は昨年秋、市内の大学生1,200人に聞いた。\nその結果、アルバイトをしている人は７割を超えた。平均の月収は約６万円だった。',
      ['1,200人', '７割', '約６万円'],
      '筆者',
    ],
    // the writer's own working, polite register
    ['私の試算では、この制度で浮く費用は年に約40億円です。', ['約40億円'], '筆者'],
    // the writer's own place framing the sentence
    ['筆者が所長を務める相談所では、この3年間で420件の相談を受けた。', ['3年間', '420件'], '筆者'],
    // the writer counting
    ['筆者は先月、駅前の交差点で、青信号のうちに渡りきれない人を1時間で9人数えた。', ['1時間', '9人'], '筆者'],
  ])('%s', (text, figures, source) => {
    for (const f of figures) expect(articleNameOf(text, f)).toBe(source);
  });

  it('not the writer’s plain opinion, nor a reporter’s count in a news story, nor a quote', () => {
    const opinion = '筆者は先月、店主10人に聞いた。\n最低賃金は1500円に引き上げるべきだ。';
    expect(articleNameOf(opinion, '1500円')).toBe('');
    expect(articleNameOf('記者が現場で数えたところ、行列は約200人に達していた。', '約200人')).toBe('');
    expect(articleNameOf('「私が調べたら3割だった」と山田浩一さんは話した。', '3割')).not.toBe('筆者');
  });

  it('ends at another party’s figures, the writer’s guess, and the next paragraph', () => {
    const text = [
      '筆者は今年、北浜町の住民100人に聞いた。半数を超える56人が「店が遠い」と答えた。来年は6割を超えるだろう。',
      '県の統計では、町の人口は約2万人だ。',
      '町の高齢化率は41%で、この10年で1割近く上がった。',
    ].join('\n');
    expect(articleNameOf(text, '56人')).toBe('筆者');
    expect(articleNameOf(text, '6割')).toBe('');
    expect(articleNameOf(text, '約2万人')).toBe('県');
    expect(articleNameOf(text, '41%')).toBe('');
    const cited = '筆者は今年、北浜町の住民100人に聞いた。総務省の調査によると、働く高齢者は約900万人いる。';
    expect(articleNameOf(cited, '約900万人')).toBe('総務省');
  });

  it('a surveyor named before the writer’s inquiry is no source of it; one named within it is', () => {
    const text =
      '総務省の調査では、共働き世帯は約1200万世帯だった。\n筆者は昨年、共働きの夫婦300人に聞いた。「家事の分担に不満がある」と答えた人は45%いた。';
    expect(articleNameOf(text, '約1200万世帯')).toBe('総務省');
    expect(articleNameOf(text, '300人')).toBe('筆者');
    expect(articleNameOf(text, '45%')).toBe('筆者');
    const within = '筆者は今年、北浜町の住民100人に聞いた。県の統計では、町の人口は約2万人だ。';
    expect(articleNameOf(within, '約2万人')).toBe('県');
  });
});
