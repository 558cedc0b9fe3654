import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('an announcement relayed by hearsay (Xは…を伝えたという)', () => {
  const lead = '主将の川村健一は会見で笑顔を見せた。';

  it('the topic that told it is the source, not the person quoted before', () => {
    const text = `${lead}協会側は説明会で、定期会員が前年比8％増の約3200人だったことも伝えたという。`;
    expect(namesOf(text, ['8％', '約3200人'])).toEqual(['協会側', '協会側']);
  });

  it('といい、 and ということです close the relayed clause as well', () => {
    expect(
      namesOf(`${lead}協会は、参加者が延べ2万人に上ったことを明らかにしたといい、喜んでいる。`, ['延べ2万人']),
    ).toEqual(['協会']);
    expect(namesOf(`${lead}劇団は来場者が約5000人に達したと発表したということです。`, ['約5000人'])).toEqual(['劇団']);
  });

  it('negative: a hearsay that modifies a noun (発表したという資料) is no announcement closing the clause', () => {
    const text = `${lead}関係者の話では、劇団が内部で配ったという資料には約5000人と書かれていた。`;
    expect(namesOf(text, ['約5000人'])).not.toEqual(['劇団']);
  });

  it('negative: without a telling verb, a body told of by hearsay keeps its old reading', () => {
    // 山田太郎容疑者は…奪ったという: a deed, not an announcement; no teller is named.
    expect(namesOf('山田太郎容疑者は現金10万円を奪ったという。', ['10万円'])).toEqual(['']);
  });

  it('negative: a demand relayed (…助けを求めたということです) keeps the account in force', () => {
    const text =
      '北浜海上保安部によりますと、男性は午後3時ごろ、知人2人と沖合約50メートルで泳いでいたということで、知人が近くの人に助けを求めたということです。';
    expect(namesOf(text, ['知人2人', '約50メートル'])).toEqual(['北浜海上保安部', '北浜海上保安部']);
  });
});
