import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('a cleft naming the report the figures before came from (これは…で明らかになったものだ)', () => {
  it('names the report’s maker, whatever the verb of becoming known and the dates', () => {
    expect(
      names('県内の空き巣被害は昨年1年間で320件に上った。これは県警が今年2月にまとめた統計で明らかになったものだ。', [
        '320件',
      ]),
    ).toEqual(['県警']);
    expect(
      names('市内の待機児童は４月時点で５８人だった。これは北川市が先月実施した調査で分かったものだ。', ['５８人']),
    ).toEqual(['北川市']);
    expect(
      names('県内の交通事故死者は昨年、42人と前年より8人減った。これは県警の集計で判明したものです。', ['42人', '8人']),
    ).toEqual(['県警', '県警']);
    expect(
      names('国内の森林面積は約2500万ヘクタールに上る。これは林野庁が公表した白書によるものだ。', [
        '約2500万ヘクタール',
      ]),
    ).toEqual(['林野庁']);
  });

  it('opens with いずれも for several figures announced together', () => {
    const text = '昨年の来場者は12万人、売上高は3億円だった。いずれも主催した実行委員会が発表したものだ。';
    expect(names(text, ['12万人', '3億円'])).toEqual(['実行委員会', '実行委員会']);
  });

  it('leaves the outlet’s own facts and a cause told after them alone', () => {
    expect(names('この橋は全長320メートルある。これは県内で最も長いものだ。', ['320メートル'])).toEqual(['']);
    expect(names('事故で乗客12人がけがをした。これは運転士の居眠りが原因とみられる。', ['12人'])).toEqual(['']);
    expect(names('2人が病院に運ばれた。いずれも命に別条はない。', ['2人'])).toEqual(['']);
  });
});

describe('a bare announcement closing a paragraph (…。実行委が10日、発表した。)', () => {
  it('sums up the sentences of its paragraph before it that cite no one', () => {
    const text =
      '西浜花火大会の来場者は2日間で延べ約28万人に上り、過去最多となった。昨年より約3万人多い。大会の実行委が10日、発表した。';
    expect(names(text, ['約28万人', '約3万人'])).toEqual(['大会の実行委', '大会の実行委']);
    const polite = '工場ではおよそ300人が働いています。従業員の２割が外国人です。北辰製薬が12日、明らかにしました。';
    expect(names(polite, ['およそ300人', '２割'])).toEqual(['北辰製薬', '北辰製薬']);
  });

  it('stops at a sentence citing someone else, and at the paragraph', () => {
    expect(names('県によると、けが人は5人だった。昨年より2人多い。北辰製薬が12日、発表した。', ['5人'])).toEqual([
      '県',
    ]);
    expect(names('市の人口は約12万人だ。\n北辰製薬が12日、発表した。', ['約12万人'])).toEqual(['']);
  });

  it('leaves the sentences going on from one citing someone else to that party', () => {
    const text =
      '東和電機によると、受注は約300件だった。前年より約20件多い。海外向けは約50件だった。北山協会が19日、発表した。';
    expect(names(text, ['約300件', '約20件'])).toEqual(['東和電機', '東和電機']);
    // The same party announcing what it said before sums it all up.
    const own =
      '北山協会によると、受注は約300件だった。前年より約20件多い。海外向けは約50件だった。同協会が19日、発表した。';
    expect(names(own, ['約20件'])).toEqual(['北山協会']);
  });
});

describe('a study summed up by a demonstrative object (…高い――。Xが、こんな分析結果をまとめ、発表した)', () => {
  it('names the team for the sentence before, whatever the demonstrative and verb', () => {
    const dash =
      '毎日座る時間が長い人は、心疾患のリスクが約1.4倍高い――。北山医科大学（富山市）の研究チームが、こんな分析結果をまとめ、25日、英国の医学誌に発表した。';
    expect(names(dash, ['約1.4倍'])).toEqual(['北山医科大学（富山市）の研究チーム']);
    const polite =
      '昼寝をする高齢者は認知症のリスクがおよそ３割低いということです。東和大学のチームがこのような研究結果をまとめました。';
    expect(names(polite, ['およそ３割'])).toEqual(['東和大学のチーム']);
  });

  it('leaves a demonstrative object of no report alone', () => {
    const text = '売上高は1億円だった。北辰製薬はこうした商品を来月発売する。';
    expect(names(text, ['1億円'])).toEqual(['']);
  });
});
