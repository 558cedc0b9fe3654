import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

const LEDE = '東和電鉄は8日、北浜線の鉄橋を架け替えると発表した。老朽化が進んでいるためだ。\n';

describe('a body changing a value it controls from one figure to another sets it (を…から…に + any verb)', () => {
  it.each([
    [`${LEDE}このため同社は今年春から、列車の速度を時速80キロから50キロに落としている。`, '50キロ', '東和電鉄'],
    ['東和バスは4月から、初乗り運賃を200円から230円に改める。', '230円', '東和バス'],
    ['北浜鉄道は23日までに、平日の運行本数を1日150本から120本に減らした。', '120本', '北浜鉄道'],
    ['北浜市は来年度から、ごみ袋の価格を１枚４０円から５０円に引き上げる。', '５０円', '北浜市'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    ['東和ホークスの山田一郎選手は、体重を80キロから75キロに落とした。', '75キロ'],
    ['北浜線の利用者は1日3万人から2万人に減った。', '2万人'],
    ['気温は朝の10度から午後には20度に上がった。', '20度'],
  ])('a person’s deed or a change no one made stays the outlet’s: %s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});

describe('countries named and counted speak as their governments', () => {
  it.each([
    ['東和国と北山国の2カ国は今後5年間で計8億ドル規模の支援を表明した。', '計8億ドル', '2カ国'],
    ['日米豪の3カ国は10日、共同声明を採択し、島しょ国に計12億ドルを拠出すると表明した。', '計12億ドル', '3カ国'],
    ['日米豪の３カ国は、今後３年間で計６億ドルを拠出すると明らかにしました。', '計６億ドル', '３カ国'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a bare count of countries is what was counted', () => {
    expect(nameOf('会合には14カ国が参加し、3カ国は欠席した。', '3カ国')).toBe('');
  });

  // the phrase stops at the list's 、: naming 南洋国の3カ国 would give three countries' words to one
  it.each([
    '東和国と北山国、南洋国の3カ国は共同声明で、計30億ドルを拠出すると表明した。',
    '東和国、北山国、南洋国の3カ国は計30億ドルの支援を表明した。',
  ])('names no one of the countries listed before the count in %s', (text) => {
    expect(nameOf(text, '計30億ドル')).not.toMatch(/^南洋国/);
  });
});

describe('a sentence that is only a person and what they do names the speaker of the quote before it', () => {
  it.each([
    ['「求人を出して半年になるが、応募は2件だけだ」。店主の佐藤恵子さんは苦笑いする。', '2件', '佐藤恵子さん'],
    ['「この1年で客は3割減った」。佐藤さんは静かにうなずいた。', '3割', '佐藤さん'],
    ['「あと5年続けられるかどうか」。近くの農家の男性はため息をついた。', '5年', ''],
    ['「売り上げは半分になった」。佐藤さんはうれしそうに笑った。', '半分', '佐藤さん'],
  ])('%s', (text, figure, source) => {
    const name = nameOf(text, figure);
    if (source) expect(name).toContain(source);
    else expect(typeof name).toBe('string');
  });

  it('a sentence with content of its own names no one', () => {
    expect(nameOf('「客は3割減った」。佐藤さんは店を閉めた。', '3割')).toBe('');
    expect(nameOf('「客は3割減った」。佐藤さんは東京で働く。', '3割')).toBe('');
  });
});

describe('the time since it last happened is the outlet’s measure, not the release', () => {
  it.each([
    ['北浜銀行は23日、政策金利を1%に引き上げると決めた。金利が1%となるのは1995年以来、約30年ぶり。', '約30年ぶり'],
    ['東和電機は8日、今期の配当を増やすと発表した。増配は5年ぶりだ。', '5年ぶり'],
    ['北浜市は8日、人口が増えたと発表しました。人口が増えるのは2019年以来、6年ぶりです。', '6年ぶり'],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });

  it('the body’s own decision in the lede stays its', () => {
    const text = '北浜銀行は23日、政策金利を0.75%から1%に引き上げると決めた。金利が1%となるのは約30年ぶり。';
    expect(nameOf(text, '0.75%')).toBe('北浜銀行');
  });
});

describe('a body acting on something in the fiscal year still running plans it', () => {
  it.each([
    [
      '東和電鉄は8日、決算を発表した。\n同社は今年度、定期券を約1割安くする制度の対象を全線に広げる。',
      '約1割',
      '東和電鉄',
    ],
    ['北浜市は今年度、高齢者向けの補助を月5000円に増やす。', '月5000円', '北浜市'],
    ['北浜県は今年度中に、相談窓口を12カ所に増やします。', '12カ所', '北浜県'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('what was done in it, or a person’s own act, is not planned', () => {
    expect(nameOf('北浜市は今年度、高齢者向けの補助を月5000円に増やした。', '月5000円')).toBe('');
    expect(nameOf('山田一郎選手は今年度、年間30本の本塁打を打つ。', '30本')).toBe('');
  });
});
