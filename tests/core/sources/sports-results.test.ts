import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a record a figure measures is a feat, no report (…の日本新記録で優勝した)', () => {
  it('the athlete who set it does not tell the figure', () => {
    expect(namesOf('山田太郎（25）＝東和大＝が9秒98の日本新記録で初優勝した。', ['9秒98'])).toEqual(['']);
    expect(namesOf('佐藤花子が2分20秒15の大会新記録で2連覇を果たした。', ['2分20秒15'])).toEqual(['']);
    expect(namesOf('北川選手が１分５８秒３０の日本記録で金メダルを獲得した。', ['１分５８秒３０'])).toEqual(['']);
    expect(namesOf('川島は今年2月に、7メートル95の記録で3位に入った。', ['7メートル95', '3位'])).toEqual(['', '']);
  });

  it('a record kept by a party, or over a span of time, still cites it', () => {
    expect(namesOf('気象庁の記録では、今月の降水量は320ミリだった。', ['320ミリ'])).toEqual(['気象庁']);
    expect(namesOf('気象庁の過去30年の記録では、今月の降水量は320ミリだった。', ['320ミリ'])).toEqual(['気象庁']);
    expect(namesOf('東和陸上協会の2024年の記録によると、入場者は12万人だった。', ['12万人'])).toEqual(['東和陸上協会']);
  });
});

describe('a quote in brackets with its speaker after (「…」と山田。) speaks only its own words', () => {
  it('the race told before it stays the writer’s', () => {
    const text = '前半を1分2秒の3番手で折り返した。2位に1秒差をつけた。「最後は足が動かなかった」と山田。';
    expect(namesOf(text, ['1分2秒', '2位', '1秒'])).toEqual(['', '', '']);
  });

  it('so with a verb after the speaker, a comma, or hearsay', () => {
    const a = '今場所は13勝2敗で初優勝した。「夢のようです」と、北乃山は涙を浮かべた。';
    expect(namesOf(a, ['13勝'])).toEqual(['']);
    const b = 'チームは１２安打で７点を挙げた。「みんなでつないだ」と鈴木監督は話したということです。';
    expect(namesOf(b, ['７点'])).toEqual(['']);
  });

  it('words with no brackets before the speaker still explain the sentences before', () => {
    const text = '東和電機の売上高は850億円だった。海外向けが好調だったと、同社の広報担当者は説明した。';
    expect(namesOf(text, ['850億円'])).toEqual(['東和電機の広報担当者']);
  });
});
