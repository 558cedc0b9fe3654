import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

// Values decide which figures are the same, so these run the whole engine.
const sources = (text: string) =>
  analyze(text, realTokenizer()).figures.map((f) => [
    f.text,
    !f.source || f.source.type === 'byline' ? '' : f.source.name,
  ]);

describe('a headline figure', () => {
  // The dev gold (shared/eval/gold) credits a headline figure to the party the body gives it, "" beside
  // it: a fact-checker reads 「…40億円突破」 as the distributor's figure when the body says so.
  it('takes the source the body gives the same figure', () => {
    const text = [
      '映画「星の港」興収40億円突破 動員300万人',
      '映画「星の港」の興行収入が、公開から24日間で40億円を突破した。配給の東和シネマが20日、発表した。観客動員は300万人を超えたという。',
    ].join('\n');
    expect(sources(text)[0]).toEqual(['40億円', '配給の東和シネマ']);
    // A credit after a dash agrees with the body's.
    expect(sources('正社員不足、企業の4割―東和リサーチ\n東和リサーチによると、4割の企業で不足している。')[0]).toEqual([
      '4割',
      '東和リサーチ',
    ]);
  });

  it('stays the outlet’s when the body states it, or gives it two sources, or differs', () => {
    const text = [
      '大雨で3人死亡 被害は1000棟超',
      '大雨で3人が死亡した。',
      '県によると、住宅1200棟が浸水した。警察によると、別の町でも3人が死亡した。',
    ].join('\n');
    const got = sources(text);
    // 3人: the outlet in one place, the police in another; 1000棟超 is not 1200棟.
    expect(got.slice(0, 2)).toEqual([
      ['3人', ''],
      ['1000棟超', ''],
    ]);
  });

  it('may end with the words it quotes, and takes their speaker from the body', () => {
    const text = [
      '東和電機・田中社長「売上高は3年で2倍に」',
      '東和電機の田中一郎社長は10日、「売上高は3年で2倍にする」と述べた。',
    ].join('\n');
    expect(sources(text).slice(0, 2)).toEqual([
      ['3年', '東和電機の田中一郎社長'],
      ['2倍', '東和電機の田中一郎社長'],
    ]);
    // A first line all in quotes opens a feature: its words are not echoed from the body.
    const opening = ['「売上高は3年で2倍に」', '東和電機の田中一郎社長は10日、「売上高は3年で2倍にする」と述べた。'];
    expect(sources(opening.join('\n'))[0]).toEqual(['3年', '']);
  });

  it('keeps what it attributes itself, and a first line with a full stop is no headline', () => {
    const text = '東和電機は、売上高が1兆円になると発表した。\n売上高は1兆円になる見通しだ。';
    expect(sources(text)[0]).toEqual(['1兆円', '東和電機']);
  });

  it('that labels its data with a body and a report noun (市教委調査, 内閣府調べ) is that body’s', () => {
    const text = [
      '小学生の4割、睡眠「8時間」未満　市教委調査',
      '東和市教育委員会は5日、児童の生活習慣調査の結果を公表した。文部科学省の全国調査では、約4割が睡眠不足だった。',
    ].join('\n');
    expect(sources(text).slice(0, 2)).toEqual([
      ['4割', '市教委'],
      ['8時間', '市教委'],
    ]);
    expect(sources('賃上げ率5.1%（東和総研調べ）\n今年の春闘の結果がまとまった。')[0]).toEqual(['5.1%', '東和総研']);
  });

  it('that attributes each figure itself (74万人と主催者発表, 警察推計は38万人, 連合の1回目集計) gives each its party', () => {
    const text = [
      '港まつり、人出12万人と主催者発表　県警推計は5万人',
      '東和港まつりの実行委員会は4日、2日間の人出が12万人だったと発表した。',
    ].join('\n');
    expect(sources(text).slice(0, 2)).toEqual([
      ['12万人', '主催者'],
      ['5万人', '県警'],
    ]);
    // What is announced is no label: 新型iPhone発表.
    expect(sources('東和電機、新型iPhone発表　価格は12万円から\n新製品は来月発売する。')[0]).toEqual([
      '12万円から',
      '',
    ]);
    const tally = sources(
      '夏のボーナス 経団連の第1回集計 平均92万円\n経団連は20日、夏のボーナスの第1回集計を発表した。',
    );
    expect(tally[0]).toEqual(['92万円', '経団連']);
  });

  it('that names the body as its report noun’s subject (看護協会が推計) is that body’s', () => {
    const text = [
      '介護職員、2040年に最大30万人不足か　東和介護協会が推計',
      '東和介護協会は8日、会員施設への調査の結果を公表した。',
    ].join('\n');
    expect(sources(text)[0]).toEqual(['最大30万人', '東和介護協会']);
    // The time of its tally may stand between が and the noun.
    expect(sources('大雨被害、住宅浸水800棟超に　北山市消防本部が午後6時集計\n市内では浸水が相次いだ。')[0]).toEqual([
      '800棟超',
      '北山市消防本部',
    ]);
    expect(sources('避難者3万人　北山市が5日現在まとめ\n避難が続いている。')[0]).toEqual(['3万人', '北山市']);
    // A thing announced is no label with が either: only a body's name is.
    expect(sources('新型スマホが発表　価格は12万円から\n新製品は来月発売する。')[0]).toEqual(['12万円から', '']);
  });

  it('that names a team by its body (北浜学芸大などのチームが発表, 山田教授らのグループ調査) keeps the body in it', () => {
    const paper = [
      'カラスの数の感覚は3歳児並み　北浜学芸大などのチームが発表',
      '北浜学芸大学（北浜市）などの研究チームが、研究結果を英科学誌に発表した。',
    ].join('\n');
    expect(sources(paper)[0]).toEqual(['3歳', '北浜学芸大などのチーム']);
    const survey = [
      '高齢者の3割が孤立　北浜大などのチーム調査',
      '北浜大学などの研究チームは23日、調査結果をまとめた。',
    ].join('\n');
    expect(sources(survey)[0]).toEqual(['3割', '北浜大などのチーム']);
    const professor = [
      '若者の4割が朝食抜き　山田一郎教授らのグループ調査',
      '北浜大学の山田一郎教授らは若者を調べた。',
    ].join('\n');
    expect(sources(professor)[0]?.[1]).toContain('山田一郎教授');
  });

  it('but not a report noun that is no label (調査で…) or a survey of no body', () => {
    expect(sources('小学生の4割、睡眠不足　全国調査\n睡眠不足の子が多い。')[0]).toEqual(['4割', '']);
    expect(sources('市教委調査で判明、4割が睡眠不足\n睡眠不足の子が多い。')[0]).toEqual(['4割', '']);
  });
});

describe('a wire credited in a dateline (【ベルリン共同】, 【ワシントン時事】)', () => {
  const full = (text: string) => analyze(text, realTokenizer()).figures.map((f) => [f.text, f.source?.name ?? '']);

  it('credits the body it wrote, never the headline’s figures', () => {
    const text =
      '東和国の失業者、200万人に迫る\n【ベルリン共同】東和国の失業者が10月に約190万人に達したことが分かった。';
    expect(full(text)).toEqual([
      ['200万人', ''],
      ['約190万人', '共同'],
    ]);
    const named =
      '北和国の雇用、12万人増\n【ワシントン時事】北和国労働省が7日発表した雇用統計で、就業者数は12万人増えた。';
    // The party the body names for the same figure is the headline's too; the wire alone is not.
    expect(full(named)).toEqual([
      ['12万人増', '北和国労働省'],
      ['12万人増', '北和国労働省'],
    ]);
    const wire = '東和国の失業者、200万人に\n【ベルリン共同】東和国の失業者が10月に200万人に達した。';
    expect(full(wire)).toEqual([
      ['200万人', ''],
      ['200万人', '共同'],
    ]);
  });

  it('while an outlet credited on a line of its own still sums up its headline', () => {
    const text = '東和国の失業者、200万人に迫る\n北辰通信/Global Watch |\n東和国の失業者が10月に約190万人に達した。';
    expect(full(text)[0]).toEqual(['200万人', '北辰通信/Global Watch']);
  });
});

describe('a headline naming a research team before a comma (…1.3倍　東和大チーム、3万人を追跡)', () => {
  it('gives every figure of it to the team', () => {
    const text = [
      '睡眠不足で認知症リスク1.3倍　東和大チーム、3万人を追跡',
      '睡眠が短い人は認知症になるリスクが約1.3倍高いとの研究結果を、東和大学などのチームがまとめた。',
    ].join('\n');
    expect(sources(text).slice(0, 2)).toEqual([
      ['1.3倍', '東和大チーム'],
      ['3万人', '東和大チーム'],
    ]);
  });

  it('but a bare チーム, naming no one, is no label', () => {
    expect(sources('北山FC、2連勝　チーム、3位に浮上\n北山FCは5日、南町に2―1で勝った。')[0]).toEqual(['2連勝', '']);
  });

  it('nor a side or a company group: only a university’s or an institute’s team, or one named for research', () => {
    expect(sources('北山FC、2連勝　日本代表チーム、3位に浮上\n北山FCは5日、南町に2―1で勝った。').slice(0, 2)).toEqual([
      ['2連勝', ''],
      ['3位', ''],
    ]);
    expect(
      sources('新人3人が加入　東和電機グループ、売上高1兆円へ\n東和電機は5日、決算を発表した。').slice(0, 2),
    ).toEqual([
      ['3人', ''],
      ['1兆円', ''],
    ]);
    const institute = '睡眠で差1.5倍　東和先端研究所チーム、2万人を調査\n研究結果を東和先端研究所のチームがまとめた。';
    expect(sources(institute)[0]).toEqual(['1.5倍', '東和先端研究所チーム']);
  });
});

describe('a body’s name alone after the headline’s last full-width space signs it', () => {
  it.each([
    // paper: a ministry's short name
    ['農業従事者、5年で2割減　65歳以上が7割　農水省\n農林水産省は5日、農業構造統計を公表した。', '2割減', '農水省'],
    // wire: a company
    [
      '上半期の販売、3年ぶり増加　8%増の120万台　東和自動車\n東和自動車は1日、上半期の販売実績を発表した。',
      '120万台',
      '東和自動車',
    ],
    // a prefectural police force in a crime brief
    [
      '倉庫から銅線盗んだ疑い、30代の男3人逮捕　北浜県警\n北浜県警は2日、男3人を窃盗の疑いで逮捕した。',
      '3人',
      '北浜県警',
    ],
    // a university by its short name: 大 as a suffix word, or a short word for one
    ['運動で骨折2割減　高齢者を追跡　北山医科大\n北山医科大学などの研究チームが発表した。', '2割減', '北山医科大'],
    ['朝食で成績１割増　東都大\n東都大の研究グループがまとめた。', '１割増', '東都大'],
    ['朝食で成績１割増　北陸短大\n北陸短大は10日、調査結果を発表した。', '１割増', '北陸短大'],
  ])('%s', (text, figure, source) => {
    expect(sources(text).find(([t]) => t?.includes(figure))?.[1]).toBe(source);
  });

  it('a university the body names as no study nor announcement is the headline’s subject, no signature', () => {
    expect(sources('駅伝で3年ぶり優勝　南陽大\n南陽大が3年ぶり5回目の優勝を果たした。')[0]).toEqual(['3年ぶり', '']);
    expect(sources('初戦で5得点　北山医大\n北山医大は初戦で5点を挙げた。')[0]).toEqual(['5得点', '']);
    expect(sources('入学者数3割減　北山短大\n本文は短い。')[0]).toEqual(['3割減', '']);
  });

  it('a word ending in 大 of its own signs nothing (日本最大, 被害拡大)', () => {
    expect(sources('来場10万人　日本最大\n本文は短い。')[0]).toEqual(['10万人', '']);
    expect(sources('浸水300棟　被害拡大\n本文は短い。')[0]).toEqual(['300棟', '']);
  });

  it('a place there signs nothing (「…　北九州」), nor a name after a plain space or a dash', () => {
    expect(sources('大雨で浸水300棟超　北九州\n北九州市では4日、住宅の浸水が相次いだ。')[0]).toEqual(['300棟超', '']);
    expect(sources('正社員不足、企業の4割 東和リサーチ\n人手不足が続いている。')[0]).toEqual(['4割', '']);
    // 東和ミライ says nothing of a body (東和リサーチ, a research firm by its trade word, would sign after a dash).
    expect(sources('正社員不足、企業の4割―東和ミライ\n人手不足が続いている。')[0]).toEqual(['4割', '']);
  });
});

describe('a headline figure the body repeats (same value and unit, told of the same thing)', () => {
  it.each([
    // a ministry, the body's sentence in the same form, 約 in the body
    [
      '国産小麦の収穫量105万トン、6%増\n農林水産省は8日、今年産の小麦の収穫量が105万トンだったと発表した。前年を約6%上回った。',
      '6%増',
      '農林水産省',
    ],
    // a company's release, 約 in both
    [
      '東和ロボ、シリーズAで12億円調達　累計は約20億円\nロボット開発の東和ロボ（東京都港区）は3日、第三者割当増資で12億円を調達したと発表した。創業からの累計調達額は約20億円になる。',
      '約20億円',
      'ロボット開発の東和ロボ',
    ],
    // 万 in the headline, digits in the body
    [
      '新車販売12万台、3%減\n東和自動車販売協会は1日、先月の新車販売台数が120,000台だったと発表した。',
      '12万台',
      '東和自動車販売協会',
    ],
    // full-width in the headline
    [
      '北山市長選、投票率は４８．５％で過去最低\n北山市選挙管理委員会によると、投票率は48.5%で、過去最低だった。',
      '４８．５％',
      '北山市選挙管理委員会',
    ],
    // the police
    [
      '特殊詐欺被害、昨年は15億円に\n北浜県警は10日、昨年の特殊詐欺の被害額が15億円だったと発表した。',
      '15億円',
      '北浜県警',
    ],
    // a wire the body cites
    [
      '東和国の成長率、2.1%に減速\nロイター通信によると、東和国の今年の成長率は2.1%に減速した。',
      '2.1%',
      'ロイター通信',
    ],
  ])('%s', (text, figure, source) => {
    expect(sources(text).find(([t]) => t === figure)).toEqual([figure, source]);
  });

  it.each([
    // two parties give it
    '大雨で3人死亡、住宅被害も\n県によると、北町で3人が死亡した。警察によると、南町でも大雨で3人が死亡した。',
    // the body never repeats it
    'コメ価格、5キロ4200円に\n農林水産省によると、先週の平均価格は4180円だった。',
    // the outlet's own count
    '県内の空き家、1万2千戸に\n本社の集計では、県内の空き家は1万2千戸だった。',
    // rounded: 約3割 is not 29.6%
    '若者の約3割が副業\n東和総研の調査によると、副業をしている若者は29.6%だった。',
  ])('stays the outlet’s: %s', (text) => {
    expect(sources(text)[0]?.[1]).toBe('');
  });

  it('but not a body figure of another count with the same value', () => {
    const text =
      '事故で1人死亡、26人けが\n北浜県警によると、男性が死亡し、乗客26人がけがをした。北山病院によると、女性1人が骨折した。';
    expect(sources(text).slice(0, 2)).toEqual([
      ['1人', ''],
      ['26人', '北浜県警'],
    ]);
  });

  it('reads a headline that only opens with a quoted word (「住みたい街」首位は…) as a headline', () => {
    const text =
      '「住みたい街」首位は横浜、3年連続　大宮が3位に浮上\n東和ナビは27日、ランキングを発表した。3位には昨年の5位から大宮が浮上した。';
    expect(sources(text).find(([t]) => t === '3位')).toEqual(['3位', '東和ナビ']);
  });
});

describe('a headline credit the body need not repeat', () => {
  it.each([
    // between two spaces, before a part with no figure
    ['小麦の収穫量105万トン、6%増　農水省　農家「価格下落が心配」\n今年は天候に恵まれた。', ['農水省', '農水省']],
    // a body's tally: まとめ as 集計
    ['交通事故死者、昨年は98人　高齢者が5割　県警まとめ\n昨年の事故の傾向がまとまった。', ['県警', '県警']],
    // a wire after ＝ at the end, though the stretch reads as one name
    [
      '東和国中銀が0.5%利上げ　市場予想通り＝ロイター\n【東和＝ロイター】東和国中央銀行は10日、政策金利を引き上げた。',
      ['ロイター'],
    ],
    // an unnamed party with 筋
    ['経済対策、規模20兆円で調整　政府筋\n経済対策の取りまとめが進んでいる。', ['政府筋']],
  ])('%s', (text, want) => {
    expect(
      sources(text)
        .slice(0, want.length)
        .map(([, s]) => s),
    ).toEqual(want);
  });

  it('but not a name qualified with の, nor one with a figure after it', () => {
    // 北山の東和鉄道 is whose accident it was: the count is the police's, as the body says.
    const actor =
      '列車が脱線、乗客8人けが　北山の東和鉄道　運輸安全委が調査官派遣\n警察によると、乗客8人がけがをした。';
    expect(sources(actor)[0]).toEqual(['8人', '警察']);
    const middle = '大雨で3人死亡　東和電力　停電2万戸\n北町では3人が死亡した。東和電力によると、停電は2万戸に及んだ。';
    expect(sources(middle).slice(0, 2)).toEqual([
      ['3人', ''],
      ['2万戸', '東和電力'],
    ]);
  });
});
