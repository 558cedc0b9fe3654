import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { analyze } from '../../../core/analyze';
import { findEntities } from '../../../core/entities';
import { findFigures } from '../../../core/figures';
import { type AttributionStats, attributeFigures } from '../../../core/sources';
import { splitSentences } from '../../../core/text/sentences';
import { tokenizeText } from '../../../core/text/tokens';
import { loadTokenizer, nameOf, realTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a kind of body (民間企業, 大手銀行) is no antecedent', () => {
  it('同社 and 同行 point back past it to the body named', () => {
    const company =
      '東和総研は10日、民間企業の平均支給額が39万円になるとの予測を発表した。同社は、企業の4割近くが支給額を据え置くとみている。';
    expect(nameOf(company, '4割近く')).toBe('東和総研');
    const bank = '北辰銀行は、大手銀行の貸出残高が3%増えたと発表した。同行によると、地方銀行の残高は1%減った。';
    expect(nameOf(bank, '1%')).toBe('北辰銀行');
  });

  it('同行 as a verb (首相に同行した記者) names no bank', () => {
    expect(nameOf('首相に同行した記者によると、会談は2時間に及んだ。', '2時間')).toBe('記者');
  });
});

describe('an anaphor with a title or a role written straight after it (同社幹部, 同省担当者)', () => {
  it('is resolved in place, as 同社の田村社長 is', () => {
    const text = '北辰航空は値上げを検討している。同社幹部は匿名を条件に、上げ幅は3～4%になると語った。';
    expect(nameOf(text, '3～4%')).toBe('北辰航空幹部');
    expect(nameOf('財務省は予算案をまとめた。同省担当者によると、総額は110兆円になる。', '110兆円')).toBe(
      '財務省担当者',
    );
  });

  it('or sharing its head with it: 同社長 is 同社の社長', () => {
    const text = '東和電機は決算を発表した。同社長は、売上高が2割増えたと述べた。';
    expect(nameOf(text, '2割')).toBe('東和電機社長');
  });

  it('but 同行者 (a companion) is no title of a bank’s', () => {
    expect(nameOf('東和銀行は決算を発表した。同行者によると、会場には300人が集まった。', '300人')).toBe('同行者');
  });
});

describe('同氏 / 同社 / 同省 … resolve to the last matching named party', () => {
  it.each([
    ['大和自動車は8日、新工場の建設を決めた。同社によると、投資額は900億円になる。', '900億円', '大和自動車'],
    ['経済産業省は、補助金の対象を広げた。同省の推計では、対象は3万社に増える。', '3万社', '経済産業省'],
    ['金融庁は行政処分を出した。同庁によると、不正な取引は約400件あった。', '約400件', '金融庁'],
    ['中村知事は会見に臨んだ。同氏は「観光客は2割減った」と述べた。', '2割', '中村知事'],
    [
      '英ガーディアン紙が調査報道を続けている。同紙によると、流出した文書は1万件を超える。',
      '1万件',
      '英ガーディアン紙',
    ],
    ['野村総合研究所は報告書を公表した。同研究所の試算では、市場は5兆円規模になる。', '5兆円', '野村総合研究所'],
    ['日本園芸会は談話を出した。同会によると、山田さんは八年間にわたって同会の理事を務めた。', '八年間', '日本園芸会'],
    ['内閣府は世論調査の結果をまとめた。同府によると、回答したのは1800人だった。', '1800人', '内閣府'],
    ['京都府は観光の統計を公表した。同府によると、宿泊客は前年より12%増えた。', '12%', '京都府'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('同紙 finds an outlet the article has seen report, whatever its name ends with', () => {
    const text =
      '東和は契約を結んだ。一方、スポーツ北日本は、球団が複数年契約を打診したと報じている。同紙によると、条件は総額2億円規模だったという。';
    expect(nameOf(text, '2億円')).toBe('スポーツ北日本');
    // A body that only said something is no paper.
    const said =
      '東和は契約を結んだ。一方、北日本商事は、複数年契約を望んだと説明した。同紙によると、条件は総額2億円だった。';
    expect(nameOf(said, '2億円')).toBe('');
  });

  it('a paper whose name opens on an adverbial word (毎朝新聞, 毎晩新報) is one name, and 同紙 finds it', () => {
    const text = '毎朝新聞は8日、町の人口が約900人減ったと報じた。同紙によると、減少は4年連続。';
    expect(sourcesOf(text, ['約900人', '4年連続']).map((s) => s?.name)).toEqual(['毎朝新聞', '毎朝新聞']);
    // After a headline line ending on a noun.
    expect(nameOf('町の人口減少\n毎晩新報は、町の人口が約900人減ったと伝えた。', '約900人')).toBe('毎晩新報');
    // 毎朝 as “every morning” before an ordinary object stays an adverb.
    expect(nameOf('市によると、毎朝新聞を読む人は3割だった。', '3割')).toBe('市');
    // A date word before 新聞 is when a paper reported, not its name (no paper called 昨日新聞).
    expect(nameOf('北辰商事の不正は昨日新聞が報じた。損失は約30億円に上るという。', '約30億円')).not.toBe('昨日新聞');
  });

  it('同府 is a prefecture or the cabinet office, never the government (政府)', () => {
    expect(nameOf('政府は経済対策をまとめた。同府によると、規模は20兆円になる。', '20兆円')).toBe('');
  });

  it('finds the body a person was named as speaking for (…連絡会の佐藤事務局長 → 同会)', () => {
    const text =
      '国は北町審査委員会で査定を進める。一方、南町住民連絡会（住民会）の佐藤由紀事務局長は「負担が重い」と述べた。同会が実施した調査では、回答した約500世帯の6割が反対だった。';
    expect(nameOf(text, '約500世帯')).toBe('南町住民連絡会');
    // A person's family (山田さんの妻) names no body.
    const family =
      '北山協会は声明を出した。山田一郎さんの妻の花子さんは「驚いた」と話した。同会によると、会員は300人だ。';
    expect(nameOf(family, '300人')).toBe('北山協会');
  });

  it('同社 is a company, not a centre or an association named since (they have 同センター, 同協会)', () => {
    const text =
      '東和電機は12日、新工場に500億円を投じると発表した。熊本県に建てる物流センター（DC）は、県内最大になる。同社によると、従業員は約800人になる。';
    expect(nameOf(text, '約800人')).toBe('東和電機');
    const assoc = '北山観光協会は10日、集計を公表した。同社によると、宿泊客は2割増えた。';
    expect(nameOf(assoc, '2割')).toBe('');
  });

  it('picks the nearest antecedent of the right kind', () => {
    const text = '総務省と財務省が協議した。財務省は増税を主張した。同省によると、税収は2兆円増える。';
    expect(nameOf(text, '2兆円')).toBe('財務省');
  });

  it('同当局 finds a name containing 当局 (欧米の情報当局者)', () => {
    const text = '欧米の情報当局者は、同当局の独自データでは、兵士は5千人増えたと述べた。';
    expect(nameOf(text, '5千人')).toContain('情報当局者');
  });

  it('leaves an anaphor with no antecedent unattributed rather than guessing', () => {
    expect(nameOf('同社によると、売上高は8%増えた。', '8%')).toBe('');
    // …even when another party's announcement is in force: 同庁 is not 経済産業省.
    const text = '経済産業省は10日、補助金の拡充を発表した。同庁によると、申請は30件だった。';
    expect(nameOf(text, '30件')).toBe('');
  });

  it('keeps the offsets of the anaphor, where the source is written', () => {
    const text = '大和自動車は新車を出した。同社によると、価格は300万円だ。';
    const [s] = sourcesOf(text, ['300万円']);
    expect(text.slice(s?.start, s?.end)).toBe('同社');
  });
});

describe('what 同社 cannot point back to', () => {
  const org = (text: string, name: string) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type: 'organization' as const };
  };

  it('a ministry the entity tagger typed as an organisation', () => {
    const text =
      '東和電機は5日、新型の業務用端末を来月発売すると発表した。経済産業省は同日、端末を補助金の対象に加えた。' +
      '同社によると、価格は約20万円になる。';
    const entities = [org(text, '東和電機'), org(text, '経済産業省')];
    expect(sourcesOf(text, ['約20万円'], entities)[0]?.name).toBe('東和電機');
    // …while 同省 still finds the ministry.
    const ministry = `${text.replace('同社', '同省')}`;
    expect(sourcesOf(ministry, ['約20万円'], [org(ministry, '東和電機'), org(ministry, '経済産業省')])[0]?.name).toBe(
      '経済産業省',
    );
  });

  it('同社 is the company, never a business or division of it named since', () => {
    const text =
      '南山食品は10日、決算を発表した。\n一方、北米事業は3%増の800億円を確保した。\n' +
      '同社によると、3月末の店舗数は420店だった。';
    const entities = [org(text, '南山食品'), org(text, '北米事業')];
    expect(sourcesOf(text, ['420店'], entities)[0]?.name).toBe('南山食品');
    const segment = text.replace('北米事業', '家電部門');
    expect(sourcesOf(segment, ['420店'], [org(segment, '南山食品'), org(segment, '家電部門')])[0]?.name).toBe(
      '南山食品',
    );
    // …while a company named since is still the nearest.
    const other = text.replace('一方、北米事業は', '一方、北町物産は');
    expect(sourcesOf(other, ['420店'], [org(other, '南山食品'), org(other, '北町物産')])[0]?.name).toBe('北町物産');
  });

  it('同社 is a company the text put forward, not one the tagger found named in passing', () => {
    // The product's port is tagged an organisation by mistake; the maker is the topic of the lede.
    const text =
      '北町電機は18日、新型のノートパソコンを発表した。\n本体はUSB-Cポートを2基備える。\n' +
      '同社によると、部品を約2割減らした。';
    const entities = [org(text, '北町電機'), org(text, 'USB-Cポート')];
    expect(sourcesOf(text, ['約2割'], entities)[0]?.name).toBe('北町電機');
    // …while a company put forward since (a topic) is still the nearest.
    const later = text.replace('本体はUSB-Cポートを2基備える。', '部品は南山工業が2基供給する。');
    expect(sourcesOf(later, ['約2割'], [org(later, '北町電機'), org(later, '南山工業')])[0]?.name).toBe('南山工業');
    // …and with no company put forward, one named in passing is all there is.
    const passing = '本体はUSB-Cポートを2基備える。同社によると、部品を約2割減らした。';
    expect(sourcesOf(passing, ['約2割'], [org(passing, 'USB-Cポート')])[0]?.name).toBe('USB-Cポート');
  });

  it('a quantity or a lone common katakana noun before の or は', () => {
    // 最大2TBの…: TB is the unit of 2, not a company; メモリーは: a common noun, not a name.
    const text =
      '東和電機は5日、新型ノートPCを来月発売すると発表した。\n' +
      'メモリーは16GBで、最大2TBのSSDに対応する。バッテリーも大きく、同社の試算では、約20時間使えるという。';
    expect(nameOf(text, '約20時間')).toBe('東和電機');
  });

  it('still lets a katakana compound or a counted group of companies speak', () => {
    expect(nameOf('トレンドマイクロは、被害が3割増えたと発表した。', '3割')).toBe('トレンドマイクロ');
    expect(nameOf('携帯大手3社は、料金を1割下げると発表した。', '1割')).toBe('携帯大手3社');
  });
});

describe('resolving anaphora is linear in the length of the article', () => {
  // A paragraph with parties of several kinds and an anaphor that finds nothing (no 庁 is ever named):
  // a backward scan over every earlier mention would make this quadratic.
  const paragraph = (i: number) =>
    `経済産業省は${(i % 28) + 1}日、補助金の対象を広げると発表した。同省によると、対象は${i + 3}万社に増える。` +
    `大和自動車の田村社長は「販売は${(i % 9) + 2}割増えた」と述べた。同庁によると、申請は${i + 5}件だった。` +
    `同社によると、新工場に${i + 100}億円を投じる。\n`;
  const article = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('');

  const run = async (text: string) => {
    const tokenizer = await loadNodeTokenizer();
    const tokens = tokenizeText(text, tokenizer);
    const figures = findFigures(text, tokens);
    const stats: AttributionStats = { anaphoraSteps: 0 };
    const ctx = { text, tokens, sentences: splitSentences(text), figures, byline: null, stats };
    const sources = attributeFigures({ ...ctx, entities: findEntities(text, tokens) });
    return { figures: figures.map((f, i) => ({ ...f, source: sources[i] })), steps: stats.anaphoraSteps };
  };

  it('does about four times the work for four times the text', async () => {
    const small = await run(article(50));
    const large = await run(article(200));
    expect(small.steps).toBeGreaterThan(50);
    // Linear: ≈ 4×. A scan of every earlier mention per anaphor would be ≈ 16×.
    expect(large.steps / small.steps).toBeLessThan(4.5);
    // …and still resolves each anaphor to the nearest party of its kind.
    const last = large.figures.filter((f) => f.text.endsWith('万社')).at(-1);
    expect(last?.source?.name).toBe('経済産業省');
    const invest = large.figures.filter((f) => f.text.endsWith('億円')).at(-1);
    expect(invest?.source?.name).toBe('大和自動車');
    expect(large.figures.filter((f) => f.text.endsWith('件')).every((f) => f.source === null)).toBe(true);
  });
});

describe('同社 and a thing named with an alias before の', () => {
  it('points back to the company, not to 「スポーツ車（ＳＶ）の販売」', () => {
    const text =
      '東和自動車は8日、決算を発表した。北米でスポーツ車（ＳＶ）の販売が伸びた。' +
      '同社は、関税が利益を約2千億円押し下げるとの試算を示した。';
    expect(nameOf(text, '約2千億円')).toBe('東和自動車');
  });

  it('points back to the company the story is about, not to a kind of body owning a thing in passing', () => {
    const text =
      '北辰精工は8日、新工場の計画を発表した。創業時から大手メーカーの部品を削る加工が売り上げの8割を占めていた。' +
      '同社によると、今春は計4人が入社する。';
    expect(nameOf(text, '計4人')).toBe('北辰精工');
  });

  it('still puts forward a kind of body that owns the topic (大手メーカーの担当者は…)', () => {
    const text = '大手メーカーの担当者は取材に応じた。同社は、出荷が約3割減ったと説明した。';
    expect(nameOf(text, '約3割')).toBe('大手メーカー');
  });
});

describe('同市 / 同県 / 同町 point back to a municipality named as a place', () => {
  const place = (text: string, name: string) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type: 'place' as const };
  };

  it('in object position (…を訪れる): 同市によると is that city’s government', () => {
    const text = '松本市を訪れる登山客が増えている。同市によると、今夏の入山者は約12万人だった。';
    const s = sourcesOf(text, ['約12万人'], [place(text, '松本市')])[0];
    expect(s).toMatchObject({ name: '松本市', type: 'government' });
  });

  it('the nearest municipality of the anaphor’s kind: 同県 skips a city named after the prefecture', () => {
    const text = '長野県の松本市で、登山客が増えている。同県によると、県内の山小屋は約200軒ある。';
    const entities = [place(text, '長野県'), place(text, '松本市')];
    expect(sourcesOf(text, ['約200軒'], entities)[0]?.name).toBe('長野県');
  });

  it('with the entity tagger’s own places', async () => {
    const tokenizer = await loadNodeTokenizer();
    const text = '見出し\n観光客が倉敷市を訪れている。同市によると、美観地区の来訪者は約300万人に上った。';
    const tokens = tokenizeText(text, tokenizer);
    const figures = findFigures(text, tokens);
    const ctx = { text, tokens, sentences: splitSentences(text), figures, byline: null };
    const sources = attributeFigures({ ...ctx, entities: findEntities(text, tokens) });
    expect(sources[figures.findIndex((f) => f.text.includes('300万人'))]?.name).toBe('倉敷市');
  });

  it('the area within it as the tagger may take it (松本市内), and a unit named after 同市 (同市観光課)', () => {
    const text = '登山客が松本市内に戻っている。同市観光課によると、今夏の入山者は約12万人だった。';
    const s = sourcesOf(text, ['約12万人'], [place(text, '松本市内')])[0];
    expect(s).toMatchObject({ name: '松本市観光課', type: 'government' });
  });

  it('but a place that is no municipality (長野駅) is nothing 同市 can mean', () => {
    const text = '長野駅を訪れる客が増えている。同市によると、乗降客は約3万人だった。';
    const s = sourcesOf(text, ['約3万人'], [place(text, '長野駅')])[0];
    expect(s?.name ?? '').toBe('');
  });
});

describe('a topic written as a short form of a body named before (中銀, 市教委)', () => {
  it.each([
    [
      'ブラジル中央銀行は19日、金利を上げた。県の担当者は「景気は回復している」と話した。中銀は、物価上昇率が2%に達するとしている。',
      '2%',
      'ブラジル中央銀行',
    ],
    [
      'アルゼンチン中央銀行は8日、声明を出した。市場関係者は「慎重だ」と話した。中銀は、年内の利下げ幅が1%になるとみている。',
      '1%',
      'アルゼンチン中央銀行',
    ],
    // …not expanded, a short form of a body is someone we cannot name, not the party cited last
    ['県の担当者は「景気は回復している」と話した。中銀は、物価上昇率が2%に達するとしている。', '2%', ''],
    // a topic that is no body (今年) still takes the report in force
    ['東和電機によると、売上高は5%増えた。今年は、10%の増加を見込むとしている。', '10%', '東和電機'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});

describe('同課 and 同法人 point back to a section or a corporation named in full', () => {
  it('同課 → the section whose tally or announcement came before', () => {
    const tally = '今冬の水難事故は31件で、県警地域企画課のまとめで分かった。同課によると、70代が9人だった。';
    expect(nameOf(tally, '9人')).toBe('県警地域企画課');
    const release = '市観光振興課は、花火大会の人出が12万人だったと発表した。同課によると、外国人客は2割だった。';
    expect(nameOf(release, '2割')).toBe('市観光振興課');
  });

  it('同法人 → a body named by its legal form', () => {
    const text =
      '国立研究開発法人の東和技術機構は、予算が40億円になると発表した。同法人は、研究者を約300人に増やすとしている。';
    expect(nameOf(text, '約300人')).toBe('国立研究開発法人の東和技術機構');
  });

  it('a person titled after a section (課長) is no antecedent of 同課', () => {
    expect(nameOf('北辰製菓の課長は、注文が3倍になったと話した。同課によると、在庫は2割減った。', '2割')).not.toBe(
      '北辰製菓の課長',
    );
  });
});

// A broadcaster calls the company its story is about 会社 (会社によりますと, 会社は…としています).
describe('the bare 会社 points back to the company named before', () => {
  const org = (text: string, name: string) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type: 'organization' as const };
  };

  it.each([
    [
      '南海運輸は8日、路線の減便を発表しました。会社は、運転手は約1800人と、必要な数を90人下回っているとしています。',
      '90人',
      '南海運輸',
    ],
    ['東和精機の工場で火災がありました。会社によりますと、けが人は2人だということです。', '2人', '東和精機'],
    [
      '大手旅行会社のＫＴＢは、会員サイトが攻撃を受けたと発表した。会社によると、流出は最大3万件に上る。',
      '3万件',
      'ＫＴＢ',
    ],
  ])('%s → %s', (text, figure, who) => {
    const name = who;
    expect(sourcesOf(text, [figure], [org(text, name)])[0]?.name).toBe(who);
  });

  it('not to a phrase a clause describes, nor through 子会社 / 会社側', () => {
    const site = '北町電機は、会員向けのウェブサイトが止まったと発表した。会社によると、復旧まで3日かかる。';
    expect(sourcesOf(site, ['3日'], [org(site, '北町電機')])[0]?.name).toBe('北町電機');
    const sub = '北町電機は5日、新製品を発表した。子会社は「売り上げは2割増える」としている。';
    expect(sourcesOf(sub, ['2割'], [org(sub, '北町電機')])[0]?.name).toBe('子会社');
    const side =
      '北町電機の労組はストに入った。共同通信によると参加は約3千人。会社側は「賃上げは5%が限度だ」としている。';
    expect(sourcesOf(side, ['5%'], [org(side, '北町電機')])[0]?.name).toBe('会社側');
  });

  it('with no company named before, 会社 stays as written', () => {
    expect(nameOf('会社は、売上高が3割減ったとしています。', '3割')).toBe('会社');
  });
});

describe('市 / 県 / 署 alone: the city, prefecture or station the story named', () => {
  // With the article's entities, as the engine runs: 北川市 is a place the tagger finds.
  const name = (text: string, figure: string) =>
    sourcesOf(text, [figure], findEntities(text, tokenizeText(text, realTokenizer())))[0]?.name ?? '';

  it('resolve to the body named with that head', () => {
    const city = '北川市は空き家の実態調査の結果をまとめた。市は、補助の上限を50万円に引き上げると発表した。';
    expect(name(city, '50万円')).toBe('北川市');
    const station = '東和署は15日、男を逮捕した。署によると、男性は全治約1カ月のけがを負った。';
    expect(name(station, '約1カ月')).toBe('東和署');
  });

  it('stay the word written with no such body named, and 市 after a company’s release is another party', () => {
    expect(name('県は、補助の上限を50万円に引き上げると発表した。', '50万円')).toBe('県');
    const text = '東和電機は10日、新工場を建てると発表した。市は、道路の整備に約3億円をかける。';
    expect(name(text, '約3億円')).not.toBe('東和電機');
  });
});

describe('anaphors of a news agency and a broadcaster (同通信, 同局)', () => {
  it('同通信 points back to the agency that reported', () => {
    const text = '東洋通信は20日、北辰自動車が工場を閉鎖すると報じた。同通信によると、従業員約3000人を削減する。';
    expect(nameOf(text, '約3000人')).toBe('東洋通信');
    const agency = '新華社は5日、南部で洪水が起きたと伝えた。同通信社によると、少なくとも15人が死亡した。';
    expect(nameOf(agency, '15人')).toBe('新華社');
  });

  it('同局 points back to a broadcaster, as to a bureau', () => {
    const tv = '米CBSテレビは、南部で竜巻が発生したと伝えた。同局によると、少なくとも12人が死亡した。';
    expect(nameOf(tv, '12人')).toBe('米CBSテレビ');
    const bureau = '国立気象局は5日、警報を出した。同局によると、雨量は200ミリに達した。';
    expect(nameOf(bureau, '200ミリ')).toBe('国立気象局');
  });

  it('but 同 inside a word (共同通信) is no anaphor', () => {
    const text = '北辰電機の決算は、共同通信が集計したアナリスト5人の予想の平均値320億円を上回った。';
    expect(nameOf(text, '320億円')).toBe('共同通信');
  });
});

describe('a bare 市 / 県 is the municipality the article named', () => {
  it('市の試算 after 北山市 is 北山市’s', () => {
    const text =
      '北山市は来年度、公共施設の統廃合を進める。市の試算でも、5年後に基金残高が20億円を下回る可能性があるという。';
    expect(sourcesOf(text, ['20億円'], [place(text, '北山市')])[0]?.name).toBe('北山市');
  });

  it('but stays as written with none named, and 都市 or 県警 point back to nothing', () => {
    expect(nameOf('県によると、観光客は約40万人だった。', '約40万人')).toBe('県');
    const police = '東和県は対策を急ぐ。県警によると、事故は120件あった。';
    expect(sourcesOf(police, ['120件'], [place(police, '東和県')])[0]?.name).toBe('県警');
  });
});

function place(text: string, name: string) {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, type: 'place' as const };
}

describe('a company named after the kind of business it is (独自動車大手ベルク)', () => {
  it('is what 同社 points back to, though IPADIC reads the name as a person’s', () => {
    const text =
      '東洋通信は20日、独自動車大手ベルクが従業員約1万2000人を削減する方向だと報じた。\n' +
      '同社が先月発表した決算では、営業利益が前年比64%減の12億ユーロだった。';
    expect(nameOf(text, '12億ユーロ')).toBe('独自動車大手ベルク');
  });
});

describe('同大 after a research team named after its university (南郷医科大などのチーム)', () => {
  it('points back to the university, though the tagger did not find it', () => {
    const text =
      '睡眠が短い人は認知症になるリスクが約1.3倍高いとの研究結果を、南郷医科大などのチームがまとめた。\n' +
      '同大によると、調査は男女約3万1千人が対象。';
    expect(nameOf(text, '約3万1千人')).toBe('南郷医科大');
  });

  it('or a professor’s team or a professor named with their university (北辰工業大の山田一郎教授らのグループ)', () => {
    const team =
      '北辰工業大の山田一郎教授らのグループは、湖の水位が過去30年で約2割下がったと発表した。同大によると、観測には4年をかけた。';
    expect(sourcesOf(team, ['約2割', '4年']).map((s) => s?.name)).toEqual([
      '北辰工業大の山田一郎教授らのグループ',
      '北辰工業大',
    ]);
    const professor =
      '北辰工業大の山田一郎教授は、湖の水位が過去30年で約2割下がったと発表した。同大によると、観測には4年をかけた。';
    expect(nameOf(professor, '4年')).toBe('北辰工業大');
  });

  it('but not through a team named after a person (山田教授らのグループ)', () => {
    const text = '山田一郎教授らのグループは5日、新素材の強度が約2倍になったと発表した。同大によると、量産は3年後。';
    expect(nameOf(text, '3年後')).toBe('');
  });
});

describe('a phrase that only opens with a local body’s head (村内の…, 市内の…, 町民) is no antecedent of 同村 / 同市', () => {
  it.each([
    // paper: 同村は…とみて
    [
      '北峰村の果樹園に被害が出た。村内のリンゴ農家の4割で被害が確認された。同村は被害額が2億円を超えるとみている。',
      '2億円',
      '北峰村',
    ],
    // a city, a person named by the area
    [
      '北浜市は23日、支援策を発表した。市内の企業の担当者は歓迎している。同市によると、対象は1200人に上る。',
      '1200人',
      '北浜市',
    ],
    // a town's people, としている
    [
      '南川町では、町内の商店が閉店した。町民の間には不安が広がる。同町は、空き店舗が1割増えたとしている。',
      '1割',
      '南川町',
    ],
    // broadcaster: ということです, full-width digits
    [
      '北浜県は今年２月、再編案をまとめた。県内企業の担当者は「人材が減る」と懸念する。同県によると、改修費は３億円に上るということです。',
      '３億円',
      '北浜県',
    ],
  ])('%s', (text, figure, body) => {
    // The whole analysis: the town is an entity the tagger finds, not a cue's party.
    const f = analyze(text, realTokenizer()).figures.find((g) => g.text.includes(figure));
    expect(f?.source?.name).toBe(body);
  });
});

describe('a person of a firm named after its line of business (造船会社の南浜ドックの西村社長)', () => {
  it('files the firm, not its line, for a later 同社', () => {
    const text =
      '造船会社の南浜ドック（北浜県南浜市）は27日、受注が9隻になったと明らかにした。同社の西村一郎社長は「人が足りない」と語った。同社は来春、過去最多の32人を採用する。';
    expect(nameOf(text, '32人')).toBe('造船会社の南浜ドック');
    const travel =
      '旅行会社の北辰トラベルは23日までに、予約状況をまとめた。同社の田中一郎社長は「回復した」と話した。同社によると、予約は前年の2倍に増えた。';
    expect(nameOf(travel, '2倍')).toBe('旅行会社の北辰トラベル');
  });

  it('but a role after the line (運送会社の広報担当の田中さん) names no firm for 同社', () => {
    const text =
      '北辰電機は23日、決算を発表した。運送会社の広報担当の田中一郎さんは「荷物が増えた」と話した。同社によると、売上高は12%増えた。';
    expect(nameOf(text, '12%')).toBe('北辰電機');
  });
});
