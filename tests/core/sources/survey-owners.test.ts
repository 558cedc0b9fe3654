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
