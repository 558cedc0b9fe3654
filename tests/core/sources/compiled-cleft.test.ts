import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// これは X が V したもの(です|だ|で、…): the figures before are what X compiled or made known, whatever verb of
// making data it uses (まとめた, 調べた, 調査した, 集計した, 発表した), and a clause after もので、 told as
// hearsay goes on with X's data. Our own sentences, broadcaster's and paper's register.
describe('a cleft naming who compiled the figures before it', () => {
  it.each([
    // まとめた, broadcaster's register, a section of a police body
    [
      '県内で今年、水難事故で亡くなった人は、先月末までに21人と、去年の同じ時期より4人多くなっています。これは県警察本部地域課がまとめたものです。',
      ['21人', '4人'],
      '県警察本部地域課',
    ],
    // 調べた, a paper's だ, a date between
    [
      '市内のバス路線は10年間で3割減った。これは北浜市交通政策課が今年2月に調べたものだ。',
      ['10年間', '3割'],
      '北浜市交通政策課',
    ],
    // 調査した, a company named with its line of business
    [
      '夏休みに海外へ出かける人は延べ62万人と、去年を8%上回る見通しです。これは、旅行大手の東邦トラベルが調査したものです。',
      ['62万人', '8%'],
      '旅行大手の東邦トラベル',
    ],
    // 集計した, full-width digits
    [
      '県内の空き家は４万２０００戸に上った。これは県住宅課が２３日までに集計したものだ。',
      ['４万２０００戸'],
      '県住宅課',
    ],
    // 取りまとめた, このほど
    [
      '県内の農業法人は1,240法人で、5年前より15%増えました。これは県農業会議がこのほど取りまとめたものです。',
      ['1,240法人', '15%'],
      '県農業会議',
    ],
    // もので、 and a clause told as hearsay: both the sentence before and the clause after
    [
      '県内で今年、火災で亡くなった人は12人と、去年より3人多くなっています。これは県消防保安課がまとめたもので、このうち約6割は住宅火災だったということです。',
      ['12人', '3人', '約6割'],
      '県消防保安課',
    ],
    // 発表した, もので、 and hearsay: the sentence before as well as the clause after
    [
      '昨年度の市立図書館の貸し出しは延べ86万冊でした。これは北浜市教育委員会が発表したもので、前の年度より5%多かったということです。',
      ['86万冊', '5%'],
      '北浜市教育委員会',
    ],
    // 分析した, an institute, katakana name
    ['県内の宿泊者は昨年、延べ540万人だった。これはシンクタンクの北辰総研が分析したものだ。', ['540万人'], '北辰総研'],
  ])('%s', (text, figures, who) => {
    for (const f of figures) expect(nameOf(text, f)).toContain(who);
  });
});

describe('what the cleft does not name', () => {
  it('a thing a body built or gave carries no figure of its data', () => {
    expect(nameOf('公園の広さは3ヘクタールある。これは県が整備したものだ。', '3ヘクタール')).toBe('');
    expect(nameOf('図書館に絵本が500冊届いた。これは地元の商工会が寄贈したものです。', '500冊')).toBe('');
  });

  it('the clause after もので、 told plainly is the outlet’s next fact', () => {
    const text = '市内の火災は12件だった。これは県消防保安課がまとめたもので、消防車2台が新たに配備された。';
    expect(nameOf(text, '2台')).toBe('');
  });

  it('a paragraph before the cleft’s is not what it names', () => {
    const text = '北浜市の人口は12万人だ。\n県内の空き家は４万戸に上った。これは県住宅課がまとめたものだ。';
    expect(nameOf(text, '12万人')).toBe('');
  });
});

// これは調査会社のXが、量販店などの販売データをもとに推計したものです: what a party worked out from another's
// data is its own — the data's holder (量販店など) is no source it relays; a report relayed (…の試算を引用して
// 地元紙が報じたものだ) still is the other's.
describe('a cleft whose maker worked the figures out from data another holds', () => {
  it.each([
    [
      '東和電機の新型テレビは、発売から1か月で約20万台売れたとみられることがわかりました。これは、調査会社の「北浜リサーチ」が、家電量販店などの販売データをもとに推計したものです。',
      '約20万台',
      '北浜リサーチ',
    ],
    // まとめた, the state's statistics
    [
      '北浜市の空き家は約1万2000戸に上る。これは、北浜市が、国の統計をもとにまとめたものです。',
      '約1万2000戸',
      '北浜市',
    ],
    // 集計した, を基に, full-width digits, a paper's だ
    [
      '東和電機の新型テレビは、発売から１か月で約２０万台売れた。これは、民間の東和総研が全国の販売店のPOSデータを基に集計したものだ。',
      '約２０万台',
      '東和総研',
    ],
    // 算出した, a research team
    [
      '入院患者は前年より約3割増えた。これは、北浜大学の研究チームが、全国の病院のデータをもとに算出したものです。',
      '約3割',
      '北浜大学の研究チーム',
    ],
    // a report relayed by a paper stays the other's
    [
      '新型テレビは約20万台売れたとみられる。これは、地元紙の北浜日報が、民間調査会社の試算を引用して報じたものです。',
      '約20万台',
      '民間調査会社',
    ],
  ])('%s', (text, figure, party) => {
    expect(nameOf(text, figure)).toContain(party);
  });
});
