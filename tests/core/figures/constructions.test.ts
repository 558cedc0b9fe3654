import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

describe('numbers without a counter', () => {
  it('reads 「Nの」 before a noun as a count of it', () => {
    const f = only('大会には38の都道府県から出場した。');
    expect([f.text, f.value, f.kind]).toEqual(['38', 38, 'count']);
    expect(texts('3.11の教訓を伝える。')).toEqual([]);
    expect(texts('3の倍数を数える。')).toEqual([]);
    expect(texts('ベスト8の壁を破った。')).toEqual([]);
  });

  it('reads a kanji number with a place word and 「の」 before a noun as a count of it', () => {
    const f = only('調査には三十四の自治体が協力した。');
    expect([f.text, f.value, f.kind]).toEqual(['三十四', 34, 'count']);
    expect(only('全国の百二十の図書館が加わった。').value).toBe(120);
    // single digits and a lone 十 name places and idioms: 三の丸, 二の腕, 十の位
    expect(texts('城の三の丸に櫓が残る。')).toEqual([]);
    expect(texts('二の腕を鍛える。')).toEqual([]);
    expect(texts('十の位で四捨五入する。')).toEqual([]);
    // a kanji before it makes a name or an ordinal: 第二十の条文
    expect(texts('第二十の条文を改めた。')).toEqual([]);
  });

  it('reads 「Nもの」 before a noun as a stressed count of it', () => {
    const f = only('説明会には40もの団体が詰めかけた。');
    expect([f.text, f.value, f.kind]).toEqual(['40', 40, 'count']);
    expect(texts('ベスト8もの壁ではない。')).toEqual([]);
  });

  it('reads a number reaching a level or bounded', () => {
    expect(only('加盟は1200にのぼる団体に広がった。').value).toBe(1200);
    expect(only('出店は250以上の店舗に及ぶ。').bound).toBe('min');
    expect(only('支援は800を超える自治体に広がった。').text).toBe('800を超える');
  });

  it('reads a number held down to (にとどまる), and kanji numerals with a place word reaching or held', () => {
    expect(only('導入した町は、まだ40ほどにとどまる。').text).toBe('40ほど');
    expect(only('導入した町は、まだ四十ほどにとどまる。').value).toBe(40);
    expect(only('加盟は三百六十にのぼった。').value).toBe(360);
    expect(texts('順位は第四十にとどまる。')).toEqual([]);
  });

  it('reads the bare tallies of a pitcher (被安打5, 奪三振8)', () => {
    expect(only('先発は被安打5で粘った。').value).toBe(5);
    expect(figures('被安打3、奪三振8と好投した。').map((f) => f.value)).toEqual([3, 8]);
  });

  it('reads a number a count is set to (勝ち点を68に伸ばした), not a level on a scale', () => {
    expect(only('首位は勝ち点を71に伸ばした。').value).toBe(71);
    expect(only('市は窓口を12に増やす。').value).toBe(12);
    expect(texts('気象台は警戒レベルを3に引き上げた。')).toEqual([]);
    expect(texts('規制を5段階に引き上げた。')).toEqual(['5段階']);
  });

  it('reads a number a count is held down to (失点を3に抑えた)', () => {
    expect(only('投手陣は相手の安打を4に抑えた。').value).toBe(4);
    expect(only('今季の反則はリーグ最少の9にとどめた。').value).toBe(9);
    expect(texts('警戒レベルを2に抑えた。')).toEqual([]);
  });

  it('does not count the days of 11、12の両日', () => {
    expect(texts('調査は11、12の両日に行った。')).toEqual([]);
    expect(texts('大会は3、4両日に開く。')).toEqual([]);
  });

  it('reads Nに as a rate only when one side is one (1日に3回, 3日に1回), not a day or a year', () => {
    expect(only('薬は1日に2回飲む。').text).toBe('1日に2回');
    expect(only('点検は4日に1回行う。').text).toBe('4日に1回');
    expect(texts('現地では8日に12人が死亡した。')).toEqual(['12人']);
    expect(texts('1998年に25歳で初当選した。')).toEqual(['25歳']);
  });

  it('reads once in a span (4週間に1回, 30分に1回程度) as the span, a count per one (1日に2回) as the count', () => {
    const read = (text: string) => {
      const f = only(text);
      return [f.text, f.value, f.unit, f.kind];
    };
    expect(read('点検は4日に1回行う。')).toEqual(['4日に1回', 4, '日', 'duration']);
    expect(read('新薬は4週間に1回、点滴で投与する。')).toEqual(['4週間に1回', 4, '週', 'duration']);
    expect(read('30分に1回程度立ち上がるとよい。')).toEqual(['30分に1回程度', 30, '分', 'duration']);
    expect(read('2カ月に1回、担当者が家庭を訪ねる。')).toEqual(['2カ月に1回', 2, 'カ月', 'duration']);
    expect(read('10年に1度の大改修に踏み切った。')).toEqual(['10年に1度', 10, '年', 'duration']);
    expect(read('1000年に1度の大雨に見舞われた。')).toEqual(['1000年に1度', 1000, '年', 'duration']);
    expect(read('薬は1日に2回飲む。')).toEqual(['1日に2回', 2, '回', 'count']);
    expect(read('会合は1週間に3回開く。')).toEqual(['1週間に3回', 3, '回', 'count']);
    expect(read('3人に1人が利用している。')[1]).toBe(0.3333);
    expect(texts('現地では8日に12人が死亡した。')).toEqual(['12人']);
  });

  it('does not count 一人 after の ("one of") or a month and day written with a point', () => {
    expect(texts('彼も発起人の一人だった。')).toEqual([]);
    expect(texts('9.11テロの後、警備が強まった。')).toEqual([]);
    expect(texts('1.17の記憶を語り継ぐ。')).toEqual([]);
  });

  it('reads a rate with the words of an amount between its two numbers (月額, 平均で)', () => {
    const f = only('子ども1人あたり月額1万円を支給する。');
    expect([f.text, f.value, f.unit]).toEqual(['1人あたり月額1万円', 10000, '円']);
    const g = only('来館者は1日平均で約3000人だった。');
    expect([g.text, g.value, g.approx]).toEqual(['1日平均で約3000人', 3000, true]);
    expect(only('値上げで1世帯あたり月150円の負担増となる。').text).toBe('1世帯あたり月150円');
    expect(only('学生1人当たり年12万円を給付する。').text).toBe('1人当たり年12万円');
  });

  it('reads a denominator written as a compound noun (1医療機関あたり)', () => {
    const f = only('患者数は1医療機関あたり8.31人だった。');
    expect([f.text, f.value, f.unit]).toEqual(['1医療機関あたり8.31人', 8.31, '人']);
    expect(only('1小売店当たり平均40万円を支援する。').value).toBe(400000);
  });

  it('reads a value after the name of a count or a rate', () => {
    expect([only('今季の失策数12はリーグ最少だ。').kind, only('市の人口は約48万。').value]).toEqual(['count', 480000]);
    expect(only('相関係数は0.82だった。').kind).toBe('ratio');
    expect(texts('関数3を呼び出す。')).toEqual([]);
  });

  it('reads an age then in parentheses: （当時54）', () => {
    const f = only('亡くなった山田花子さん（当時61）の遺族');
    expect([f.value, f.unit, f.kind]).toEqual([61, '歳', 'age']);
  });
});

describe('scores, fractions and ranges', () => {
  it('keeps a score in the order written', () => {
    const f = only('日本は2―1で逆転勝ちした。');
    expect([f.text, f.kind, f.score, f.min, f.max]).toEqual(['2―1', 'score', [2, 1], 1, 2]);
    expect(only('試合は0対3で敗れた。').score).toEqual([0, 3]);
  });

  it('reads fractions written with a slash, not dates or pages', () => {
    const f = only('世帯の約1/4が高齢者だ。');
    expect([f.value, f.fraction, f.approx]).toEqual([0.25, [1, 4], true]);
    expect(only('対象者の3分の2が同意した。').fraction).toEqual([2, 3]);
    expect(only('高齢者の4人に1人が単身だ。').fraction).toEqual([1, 4]);
    expect(texts('受付は10/25まで。')).toEqual([]);
    expect(texts('説明会は3/4（火）に開く。')).toEqual([]);
    expect(texts('記事 1/2')).toEqual([]);
    expect(texts('見出し（1/2ページ）')).toEqual([]);
  });

  it('joins two bounds into one range that says which end it excludes', () => {
    const f = only('年収の20%以上30%未満を占める。');
    expect([f.text, f.min, f.max, f.minExclusive, f.maxExclusive]).toEqual(['20%以上30%未満', 20, 30, undefined, true]);
    const g = only('価格は1万円超3万円以下の帯に集中する。');
    expect([g.min, g.max, g.minExclusive, g.maxExclusive]).toEqual([10000, 30000, true, undefined]);
  });

  it('reads ranges on a scale named before and in units', () => {
    const f = only('震度5弱から6強の揺れを想定する。');
    expect([f.min, f.max, f.unit]).toEqual([5, 6, '震度']);
    const g = only('帯域は0～700MHzを使う。');
    expect([g.min, g.max, g.unit]).toEqual([0, 700, 'MHz']);
    expect(only('支持率は2〜4ポイント下がった。').max).toBe(4);
  });

  it('reads 台 as the band of the last digit written', () => {
    const band = (text: string) => {
      const f = only(text);
      return [f.value, f.min, f.max];
    };
    expect(band('打率は2割台に沈んだ。')).toEqual([null, 0.2, 0.299]);
    expect(band('来場は300人台にとどまった。')).toEqual([null, 300, 399]);
    expect(band('価格は1万円台に下がった。')).toEqual([null, 10000, 19999]);
  });

  it('reads 台 after a time as the band of its smallest unit', () => {
    const band = (text: string) => {
      const f = only(text);
      return [f.value, f.min, f.max, f.unit];
    };
    expect(band('優勝は2時間8分台の争いになった。')).toEqual([null, 128, 128.99, '分']);
    expect(band('予選で10秒1台を出した。')).toEqual([null, 10.1, 10.199, '秒']);
    expect(band('予選で10秒0台を出した。')).toEqual([null, 10, 10.099, '秒']);
    expect(band('決勝は9秒台の争いだ。')).toEqual([null, 9, 9.99, '秒']);
  });

  it('reads 割増 and 割引 as changes', () => {
    expect(only('料金は3割増となる。').change).toBe('increase');
    expect(only('出荷は2割減った。').change).toBe('decrease');
  });
});

describe('lengths of time written with 年', () => {
  it.each([
    ['選手は5年契約を結んだ。', '5年', 5],
    ['同社は創業120年を迎えた。', '120年', 120],
    ['設立30年の節目を祝う。', '30年', 30],
    ['戦後80年の夏を迎えた。', '80年', 80],
    ['復旧には3年を要した。', '3年', 3],
    ['事故は4年も前に起きた。', '4年', 4],
    ['完成まで2年かかる見通しだ。', '2年', 2],
    ['調査は1年ぐらい続く。', '1年ぐらい', 1],
    ['建物は築40年になる。', '40年', 40],
  ])('%s → %s', (text, surface, value) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, '年', 'duration']);
  });

  it('leaves years to dates', () => {
    expect(texts('19年参院選で当選した。')).toEqual([]);
    // 10年ほど前 is also a date (core/dates); the figure is the length of time
    expect(texts('10年ほど前に移住した。')).toEqual(['10年ほど']);
    expect(texts('2020年に開業した。')).toEqual([]);
    expect(texts('彼は3年目のシーズンを迎える。')).toEqual([]);
  });
});

describe('lengths of time in NHK-style reports', () => {
  it.each([
    ['料金は3年ごとに見直される。', '3年'],
    ['近所の人は「この20年で初めてだ」と話した。', '20年'],
    ['遺体は3日後に見つかった。', '3日'],
    ['終戦から80年となる。', '80年'],
    ['あと5年は続けたいと話した。', '5年'],
    ['両陛下は2泊3日の日程で訪問される。', '3日'],
  ])('%s → %s', (text, surface) => {
    expect(texts(text)).toContain(surface);
  });

  it('keeps 15年後半 a year, not 15 years', () => {
    expect(texts('工事は15年後半に始まった。')).toEqual([]);
  });
});

describe('dashes and discounts', () => {
  it('reads ranges written with a horizontal bar or an en dash', () => {
    expect(only('支持率は10―20%程度だ。').max).toBe(20);
    expect(only('参加者は3–5人だった。').min).toBe(3);
  });

  it('reads a discount as a decrease: 3割引, 500円引き', () => {
    expect(only('料金は3割引になる。').change).toBe('decrease');
    expect(only('全品500円引きで売る。').change).toBe('decrease');
  });
});

describe('fractions of a unit', () => {
  it('reads 1000分の1ミリ as a value in that unit, keeping the fraction', () => {
    const f = only('加工の精度は1000分の1ミリに達する。');
    expect([f.value, f.unit, f.kind, f.fraction]).toEqual([0.001, 'mm', 'measure', [1, 1000]]);
    expect(only('シャッターは8000分の1秒まで切れる。').value).toBe(0.000125);
  });
});

describe('a rate word then で', () => {
  it('reads 1人あたりで約500万円 as one rate', () => {
    const f = only('負担は1人あたりで約500万円となる。');
    expect([f.text, f.value, f.unit]).toEqual(['1人あたりで約500万円', 5000000, '円']);
  });
});

describe('a measure written down to a smaller unit of it', () => {
  it.each([
    ['選手の身長は1メートル80で、チームで一番高い。', '1メートル80', 1.8, 'm'],
    ['山沿いの積雪は1メートル50センチを超えた。', '1メートル50センチを超えた', 1.5, 'm'],
    ['倉庫から2キロ300グラムの金塊が見つかった。', '2キロ300グラム', 2.3, 'kg'],
    ['ランナーは1キロ500メートルの地点で転倒した。', '1キロ500メートル', 1.5, 'km'],
    ['男児の熱は38度5分まで上がった。', '38度5分まで', 38.5, '度'],
    ['観測船は北緯35度40分の海域にいる。', '35度40分', 35.6667, '度'],
  ])('%s → %s', (text, surface, value, unit) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, unit, 'measure']);
  });

  it('leaves a place or a time after a distance apart', () => {
    expect(texts('男子100メートル8位に終わった。')).toEqual(['100メートル', '8位']);
    expect(texts('幅1メートル、80センチの板を並べた。')).toEqual(['1メートル', '80センチ']);
    expect(texts('気温は25度。5分後に雨が降り出した。')).toEqual(['25度', '5分']);
  });
});

describe('sports, science and election figures', () => {
  it('reads a race time and innings pitched as one value', () => {
    expect(only('決勝を10秒05で走った。').value).toBe(10.05);
    expect(only('先発は7回2/3を投げた。').value).toBe(7.6667);
  });

  it('reads a magnitude after は and a span of prehistory', () => {
    expect(only('地震のマグニチュードは7.2と推定される。').unit).toBe('M');
    const f = only('約3万年前の石器が見つかった。');
    expect([f.value, f.unit, f.kind]).toEqual([30000, '年', 'duration']);
  });

  it('reads the number of seats after 定数', () => {
    expect(only('定数289に対し800人が立候補した。'.slice(0, 9)).value).toBe(289);
  });
});

describe('years since', () => {
  it('reads から N年 as the years since, unless a year comes before から', () => {
    expect(texts('祖父の代から60年、店を守ってきた。')).toEqual(['60年']);
    expect(texts('2015年から20年まで務めた。')).toEqual([]);
    expect(texts('2014年6月から17年3月まで務めた。')).toEqual([]);
  });
});

describe('a fraction in parentheses', () => {
  it('is still a fraction: （全体の1/3）', () => {
    expect(only('輸出が増えた（全体の1/3）。').fraction).toEqual([1, 3]);
  });
});

describe('ages after a name and a title', () => {
  it.each([
    ['北海道の山本健太会長（67）が会見した。', 67],
    ['先発の中村翔平投手（24）は好投した。', 24],
    ['高橋由紀子京大教授（58）によると', 58],
  ])('%s → %d', (text, age) => {
    const f = only(text);
    expect([f.value, f.unit, f.kind]).toEqual([age, '歳', 'age']);
  });

  it('reads no age in brackets after a place, a company or a bill', () => {
    expect(texts('東京都港区（2）の会場')).toEqual([]);
    expect(texts('議案（3）を可決した。')).toEqual([]);
  });
});

describe('kanji numerals in columns', () => {
  it('reads 一人の before a noun as "a", not a count', () => {
    expect(texts('一人の若者が声を上げた。')).toEqual([]);
    expect(only('事故で一人が死亡した。').value).toBe(1);
    expect(only('1人の女性が名乗り出た。').value).toBe(1);
  });

  it('reads N年も in kanji as a length of time unless an era is written', () => {
    const f = only('計画より十二年も遅れた。');
    expect([f.text, f.value, f.kind]).toEqual(['十二年', 12, 'duration']);
    expect(texts('平成十二年も同じ傾向だった。')).toEqual([]);
  });
});

describe('signed and scoped values of a rate or a count named before them', () => {
  it('reads プラス and マイナス before an index value as its sign', () => {
    const plus = only('製造業の景況判断指数はプラス9だった。');
    expect([plus.text, plus.value, plus.kind]).toEqual(['プラス9', 9, 'ratio']);
    const minus = only('非製造業の景況判断指数はマイナス4だった。');
    expect([minus.text, minus.value, minus.kind]).toEqual(['マイナス4', -4, 'ratio']);
    expect(only('小売りの業況指数（DI）はプラス15で、改善した。').value).toBe(15);
  });

  it('leaves プラス before a number with no rate named as it was', () => {
    expect(texts('新番組「夜のニュース プラス5」が始まる。')).toEqual([]);
    expect(texts('参加者にはプラス7をお願いしたい。')).toEqual([]);
  });

  it('reads a value after a scope in で between its name and it (総合で, 全体で)', () => {
    const f = only('フリーの得点は総合で156.2だった。');
    expect([f.text, f.value, f.kind]).toEqual(['156.2', 156.2, 'count']);
    expect(only('物価の指数は全体で103.4となった。').kind).toBe('ratio');
    expect(texts('会議は総合で102だった。')).toEqual([]);
  });
});
