import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// それによりますと / それによると / これによると: a paragraph citing the report before by pointing back at
// it passes that report on to the next paragraph, as one citing its party by name (協会によりますと) does.
// Our own sentences, broadcaster's and paper's register.
describe('a paragraph citing the report before by それ passes it on', () => {
  it.each([
    // broadcaster: a cleft names the party, the next paragraph closes on a subjectless estimate
    [
      'この夏に県内を訪れる観光客は延べ120万人となる見通しです。これは、北浜観光協会が宿泊施設への聞き取りをもとにまとめ、10日発表したものです。\nそれによりますと、1人当たりの消費額は平均2万4000円で、去年より3.1%高くなる見込みです。\nまた、外国人客の数は18万人と、去年を15%上回ると推計しています。',
      ['18万人', '15%'],
      '北浜観光協会',
    ],
    // broadcaster: a lede's release, hearsay in the third paragraph
    [
      '県は23日までに、昨年の県内の宿泊者数が延べ820万人だったと発表しました。\nそれによりますと、外国人の宿泊者は延べ96万人で、過去最多となりました。\n月別では、8月が最も多く、延べ110万人だったということです。',
      ['110万人'],
      '県',
    ],
    // paper: これによると, a subjectless としている closing the next paragraph
    [
      '民間調査会社の東和データは今年2月、国内の電子書籍市場が6,200億円に達したとする推計を公表した。\nこれによると、前年からの伸び率は8%だった。\n同市場は2030年度に9,000億円規模へ拡大するとしている。',
      ['9,000億円規模'],
      '東和データ',
    ],
    // paper: それによると, full-width digits, a breakdown in the next paragraph
    [
      '北辰総研は１２日、県内の空き家が２０３０年に５万戸を超えるとの試算をまとめた。\nそれによると、空き家率は１８％に上昇する。\n地域別では、山間部が２７％と最も高い。',
      ['２７％'],
      '北辰総研',
    ],
    // broadcaster: an acronym in brackets, full-width digits, hearsay in the third paragraph
    [
      '日本政府観光局（ＪＮＴＯ）は１９日、４月の訪日客が３９０万人だったと発表しました。\nそれによりますと、国・地域別では韓国が最も多く、８２万人でした。\n今年１月からの累計は１４４０万人に上るということです。',
      ['１４４０万人'],
      '日本政府観光局',
    ],
    // broadcaster: a section of a prefecture, このほど, hearsay in the third paragraph
    [
      '県観光課はこのほど、昨年の観光消費額が2,340億円だったと発表しました。\nそれによりますと、宿泊客1人あたりの消費額は3万1000円でした。\n日帰り客は1人あたり8,200円だったということです。',
      ['8,200円'],
      '県観光課',
    ],
  ])('%s', (text, figures, who) => {
    for (const f of figures) expect(nameOf(text, f)).toContain(who);
  });
});

describe('what the pointing citation does not pass on', () => {
  it('another party named in the next paragraph speaks for itself', () => {
    const text =
      '北浜観光協会は10日、夏の観光客が延べ120万人になる見通しだと発表しました。\nそれによりますと、外国人客は18万人です。\n一方、北山市は、外国人客が25万人になると見込んでいます。';
    expect(nameOf(text, '25万人')).toBe('北山市');
  });

  it('another source cited in the next paragraph holds there', () => {
    const text =
      '県は23日、昨年の宿泊者数が延べ820万人だったと発表しました。\nそれによりますと、外国人は延べ96万人でした。\n気象台によりますと、この夏に熱中症で運ばれた人は340人でした。';
    expect(nameOf(text, '340人')).toBe('気象台');
  });

  it('the writer measuring the news against the past stays the outlet’s', () => {
    const text =
      '東和電機は8日、今年度の売上高が4,100億円になる見通しだと発表した。\nそれによると、海外の売上高は1,900億円だった。\n売上高が4,000億円を超えるのは2008年度以来、17年ぶり。';
    expect(nameOf(text, '17年ぶり')).toBe('');
  });

  it('background on the announcer stays the outlet’s', () => {
    const text =
      '北浜観光協会は10日、夏の観光客が延べ120万人になる見通しだと発表した。\nそれによると、外国人客は18万人だった。\n同協会の会員は約300社に上る。';
    expect(nameOf(text, '約300社')).toBe('');
  });
});

// この調査は、北山省が…行っているもので、県教委が…公表しました: the cleft's もので、 closes its clause, so the
// body announcing in the clause after it is who made the results known (and whom それ points back to).
describe('the announcer after a cleft of もので、', () => {
  it.each([
    [
      '県内の不登校の児童・生徒は3,120人と、過去最多となったことが、県教育委員会の調査でわかりました。\nこの調査は、北山省が毎年、全国の学校を対象に行っているもので、県教育委員会が31日、県内の結果を公表しました。\nそれによりますと、小学校が1,040人、中学校が2,080人でした。',
      '1,040人',
      '県教育委員会',
    ],
    [
      'この統計は、国が5年ごとにまとめているもので、東和県が23日、県内分を発表した。\n県内の農家は2万1000戸だった。',
      '2万1000戸',
      '東和県',
    ],
  ])('%s', (text, figure, who) => {
    expect(nameOf(text, figure)).toBe(who);
  });
});
