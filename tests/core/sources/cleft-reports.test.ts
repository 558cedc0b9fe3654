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
