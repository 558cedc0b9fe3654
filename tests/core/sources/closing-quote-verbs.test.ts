import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('a quoting と with its speaker and any verb closing the sentence (…、と県選管はまとめている)', () => {
  it('reports the speaker, whatever the verb, dates and register', () => {
    expect(
      names('期日前投票者は約２１万人で、全体の４割強を占めた、と県選管はまとめている。', ['約２１万人', '４割強']),
    ).toEqual(['県選管', '県選管']);
    expect(names('利用者の約6割が20代以下だった、と南海ネットは分析している。', ['約6割'])).toEqual(['南海ネット']);
    expect(names('相談件数はおよそ1万2000件にのぼった、と国民生活センターはまとめています。', ['1万2000件'])).toEqual([
      '国民生活センター',
    ]);
    expect(names('整備費は総額で約800億円になる、と北浜県は今年3月にはじき出した。', ['約800億円'])).toEqual([
      '北浜県',
    ]);
  });

  it('reports a speaker described by a short clause before its name', () => {
    expect(names('利用者の約6割が20代以下だった、と運営する南海ネットは分析している。', ['約6割'])).toEqual([
      '南海ネット',
    ]);
  });

  it('reports the speaker after a figure quoted before と and a comma', () => {
    expect(
      names('窓口に寄せられた相談は、昨年度に約7,800件と、北浜消費者センターはまとめている。', ['約7,800件']),
    ).toEqual(['北浜消費者センター']);
    // Two names joined by と are no quote, comma or not.
    expect(names('北山市と、南山市は昨年、計3億円を投じた。', ['計3億円'])).toEqual(['']);
  });

  it('leaves a verb of a crowd or place’s state alone: the と says how many, not what was said', () => {
    expect(names('入場者は約3万人と、東和スタジアムは大いに沸いた。', ['約3万人'])).toEqual(['']);
    expect(names('来場者は前年の2倍と、北山町は一気ににぎわった。', ['2倍'])).toEqual(['']);
    expect(names('来場者は約5万人と、北山駅はかなり混雑した。', ['約5万人'])).toEqual(['']);
    // After a bare figure, an outcome verb says how the party fared.
    expect(names('入場者は約4千人と、北山美術館は苦戦した。', ['約4千人'])).toEqual(['']);
    expect(names('客数は前年の9割と、東和百貨店はほぼ回復した。', ['9割'])).toEqual(['']);
    expect(names('得票は約3万票と、北山党は健闘した。', ['約3万票'])).toEqual(['']);
    expect(names('整備費は約800億円と、北浜県ははじき出した。', ['約800億円'])).toEqual(['北浜県']);
    // て voiced after ん: 見込ん|で|いる.
    expect(names('利用者は約2万人と、北浜市は見込んでいる。', ['約2万人'])).toEqual(['北浜市']);
    expect(names('入場者は約4千人と、北山美術館は苦しんでいる。', ['約4千人'])).toEqual(['']);
    // まとめる still governs the quote.
    expect(names('応募は約1200件と、北浜県選管はまとめている。', ['約1200件'])).toEqual(['北浜県選管']);
  });

  it('leaves a conditional と and a verb of being alone', () => {
    expect(names('駅に着くと、係員はすぐに駆け寄った。乗客は約200人いた。', ['約200人'])).toEqual(['']);
    expect(names('気温が35度を超えると、熱中症の患者はさらに増える。', ['35度'])).toEqual(['']);
    expect(names('市内の人口は約12万人で、前年より減ったと言える。', ['約12万人'])).toEqual(['']);
  });
});
