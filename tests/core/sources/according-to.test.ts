import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, sourceOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('〜によると and report nouns name the party', () => {
  it.each([
    ['消防庁によると、この火災で住宅12棟が焼けた。', '12棟', '消防庁'],
    ['県教育委員会によれば、休校した学校は84校にのぼる。', '84校', '県教育委員会'],
    ['気象台によりますと、雨量は300ミリを超えました。', '300ミリ', '気象台'],
    ['観光庁の調べでは、訪日客は前年の1.3倍に増えた。', '1.3倍', '観光庁'],
    ['日本銀行の発表では、国債保有額は580兆円だった。', '580兆円', '日本銀行'],
    ['市の推計では、経済効果は40億円に達する。', '40億円', '市'],
    ['関係者によると、参加を見送る企業は7社あった。', '7社', '関係者'],
    ['文部科学省の調査でも、認知件数は73万件に上る。', '73万件', '文部科学省'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('a subject set apart by a comma owns the survey of the clause after it', () => {
    const text = '東和大学の研究グループが、全国の中学生5000人を対象に行った調査で、睡眠は平均7時間だった。';
    expect(nameOf(text, '7時間')).toBe('東和大学の研究グループ');
  });

  it('国 alone is the national government: 国の統計では', () => {
    expect(sourceOf('国の統計では、昨年の出生数は70万人だった。', '70万人')).toMatchObject({
      name: '国',
      type: 'government',
    });
    expect(nameOf('全国の調査では、店舗は300店だった。', '300店')).not.toBe('全国');
  });

  it('道 alone is Hokkaido’s government; a road is no party', () => {
    const text = '道は燃料高への対策として約3億円を計上する方針で、対象の漁船は約70隻とみている。';
    expect(sourcesOf(text, ['約3億円', '約70隻']).map((s) => s?.type)).toEqual(['government', 'government']);
    expect(nameOf('道によると、道内の宿泊客は約480万人だった。', '約480万人')).toBe('道');
    expect(nameOf('峠へ続く道は約4キロにわたり、幅は2メートルほどしかない。', '約4キロ')).toBe('');
  });

  it('reads the longest cue: によるとの is one cue, not によると and a stray の', () => {
    const s = sourceOf('地元の放送局によるとの情報では、けが人は15人に上った。', '15人');
    expect(s?.name).toBe('地元の放送局');
    expect(s?.cue).toBe('によるとの');
  });

  it('takes the owner of the report, not the report: CSISが発表した推計によると → CSIS', () => {
    const s = sourceOf('米シンクタンクのランド研究所が公表した試算によると、費用は9000億ドルに膨らむ。', '9000億ドル');
    expect(s?.name).toContain('ランド研究所');
    expect(s?.cue).toBe('試算によると');
    expect(s?.type).toBe('organization');
  });

  it('a thing a party compiled is its report: 県がまとめた3月末時点の飼育状況によると → 県', () => {
    const text = '東和県が今月9日にまとめた昨年3月末時点の飼育状況によると、県内の乳牛は約4万頭だった。';
    expect(nameOf(text, '約4万頭')).toBe('東和県');
    expect(nameOf('水産庁が公表した今年の水揚げ状況によると、サンマは約2万トンだった。', '約2万トン')).toBe('水産庁');
  });

  it('but a phrase cut from the word it ends (12月|末時点の…) is no name', () => {
    expect(nameOf('昨年3月末時点の飼育状況によると、県内の乳牛は約4万頭だった。', '約4万頭')).toBe('');
    expect(nameOf('東和町に住む60代の男性によると、火は約3時間燃え続けた。', '約3時間')).toBe('男性');
  });

  it('keeps two titles joined by 兼 in the speaker: 三木谷浩史会長兼社長', () => {
    const s = sourceOf('港湾会社の青木一郎会長兼社長は、売上高が20億円だったと発表した。', '20億円');
    expect(s?.name).toContain('青木一郎会長兼社長');
    expect(s?.type).toBe('person');
  });

  it('takes the subject of 〜が伝えたところでは / 報じたところによると', () => {
    const s = sourceOf('通信社が関係者の話として伝えたところでは、支援は総額8億ドル規模になるという。', '8億ドル規模');
    expect(s?.name).toBe('通信社');
    expect(s?.cue).toBe('伝えたところでは');
    expect(nameOf('地元紙が報じたところによると、参加者は300人に上った。', '300人')).toBe('地元紙');
    // 調べたところ、 with no subject names nobody.
    expect(sourceOf('調べたところ、3人が感染していた。', '3人')).toBeNull();
  });

  it('takes the owner of 〇〇の報道によると', () => {
    expect(nameOf('ロイター通信の報道によると、工場の稼働率は6割に落ちた。', '6割')).toBe('ロイター通信');
  });

  it('prefers the subject of the relative clause to an earlier の-qualifier', () => {
    expect(nameOf('大手調査会社の東京リサーチがまとめた集計では、倒産は612件だった。', '612件')).toContain(
      '東京リサーチ',
    );
  });

  it('keeps a name with its alias in parentheses', () => {
    const s = sourceOf('国際エネルギー機関（IEA）の見通しでは、需要は2%伸びる。', '2%');
    expect(s?.name).toBe('国際エネルギー機関（IEA）');
  });

  it('marks where the source is written', () => {
    const text = '警視庁によると、被害額は2億円にのぼる。';
    const s = sourceOf(text, '2億円');
    expect(text.slice(s?.start, s?.end)).toBe('警視庁');
  });
});

describe('more ways to name where a figure was learnt', () => {
  it('…ことが、Xへの取材で分かった / Xの調査で判明した', () => {
    expect(nameOf('被害額が約6億円に上ることが、捜査関係者への取材で分かった。', '約6億円')).toBe('捜査関係者');
    expect(nameOf('患者が前年の2倍に増えたことが、厚生労働省の調査で判明した。', '2倍')).toBe('厚生労働省');
  });

  it('それによりますと takes the party named before, even a paragraph earlier', () => {
    const text = '気象庁は午後、臨時の会見を開きました。\nそれによりますと、雨は48時間で500ミリに達しました。';
    expect(nameOf(text, '500ミリ')).toBe('気象庁');
  });

  it('hearsay by とのことです takes the source in force', () => {
    const text = '市によりますと、停電は3時間続きました。復旧には2日かかるとのことです。';
    expect(nameOf(text, '2日')).toBe('市');
  });
});

describe('report frames', () => {
  it.each([
    // a bare で after an owned report: 〇〇の調査で65%の人が…
    ['内閣府の調査で65%の人が在宅勤務を続けたいと答えた。', '65%', '内閣府'],
    ['民間調査会社の東京商工データの調べで、倒産は4800件に達したことが分かった。', '4800件', '東京商工データ'],
    // a report named by its title, owned by the subject of its clause
    ['日本観光協会がまとめた「旅行白書」によると、国内旅行者は延べ5億人だった。', '5億人', '日本観光協会'],
    ['総務省が発表した労働力調査によると、完全失業率は2.5%だった。', '2.5%', '総務省'],
    // an owner that names no one by itself keeps whose it is
    ['厚生労働省の研究班の調査では、患者は4割増えた。', '4割', '厚生労働省の研究班'],
    ['市の検討チームのまとめによると、待機児童は30人減った。', '30人', '市の検討チーム'],
    // a proposal is its authors' account, like a plan
    ['与党の検討チームの提言では、防衛費を4割増やすよう求めた。', '4割', '与党の検討チーム'],
    ['政府の素案によると、補助金は2倍になる。', '2倍', '政府'],
    // what an observatory measured is its data, like its 調べ
    ['東和地方気象台の観測では、1時間に42.5ミリの雨が降った。', '42.5ミリ', '東和地方気象台'],
    // …and so is an observatory's of any kind (天文台, 観測所), which measures as 気象台 does
    ['北辰天文台の観測で、彗星は7等級まで明るくなった。', '7等級', '北辰天文台'],
    ['南浜地震観測所によると、揺れは最大で震度4だった。', '震度4', '南浜地震観測所'],
    // a kind of body before の is whom the report counts; the clause names who made it
    ['東和経営者協会が先月発表した大手企業の集計では、平均妥結額は89万円だった。', '89万円', '東和経営者協会'],
    ['北辰データがまとめた民間企業の調査では、値上げした企業は6割に上った。', '6割', '北辰データ'],
    // whom a report counts (県民, 組合員) follows the clause naming who made it
    ['東和新聞社が実施した県民の意識調査では、知事を支持する人は54%だった。', '54%', '東和新聞社'],
    ['東和労組連合が公表した組合員の賃上げ集計では、平均の賃上げ率は5.1%だった。', '5.1%', '東和労組連合'],
    // …but a name there is whose the report is too, and a clause that makes nothing names no maker
    ['東和総研の調査では、支持する人は54%だった。', '54%', '東和総研'],
    // who answered a survey did not make it
    ['県民が回答した調査では、54%が賛成した。', '54%', ''],
    // a name its words do not type, after what kind of body it is: the name, of that kind
    ['市場調査会社の北辰リサーチの試算によれば、市場は今後5年で1割縮小する。', '1割', '北辰リサーチ'],
    // …but one plain word after a body is a thing of the body's, not its name
    ['大手メーカーの部品の試算では、価格は1割上がる。', '1割', '大手メーカー'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('reads past a note between the report and its particle: 全国世論調査（電話）で、', () => {
    const text = '東和新聞社が実施した全国世論調査（電話）で、内閣支持率は28%だった。不支持率は59%だった。';
    expect(sourcesOf(text, ['28%', '59%']).map((s) => s?.name)).toEqual(['東和新聞社', '東和新聞社']);
    expect(sourceOf(text, '28%')?.cue).toBe('世論調査で');
  });

  it('a titled or compound report with no owner is itself the source, a document', () => {
    expect(sourceOf('「旅行白書」によると、旅行者は5億人だった。', '5億人')).toMatchObject({
      name: '「旅行白書」',
      type: 'document',
    });
    expect(sourceOf('年次経済報告によると、成長率は1.2%だった。', '1.2%')?.type).toBe('document');
  });

  it('a bare report noun is the report of the party in force', () => {
    const text =
      '損保大手の東和損保は5日、運転者の意識調査の結果を発表した。調査によると、運転中にスマホを見た人は38%に上った。';
    expect(nameOf(text, '38%')).toBe('損保大手の東和損保');
    const survey = '市は住民アンケートの結果を公表した。アンケートでは、回答者の62%が不満だと答えた。';
    expect(nameOf(survey, '62%')).toBe('市');
  });

  it('but not with no party in force, nor ending a compound the phrase could not hold', () => {
    expect(nameOf('調査によると、スマホを見た人は38%に上った。', '38%')).toBe('');
    expect(nameOf('会社は再建を誓った。\n市の監査結果報告によると、損失は10億円に上る。', '10億円')).not.toBe('会社');
  });

  it('a bare で needs an owner: 現地の調査で、 names no one', () => {
    expect(nameOf('主な仕事は現地の調査で、期間は3カ月に及ぶ。', '3カ月')).toBe('');
  });

  it('shows the words that attribute, without the comma or the verb after them', () => {
    expect(sourceOf('研究所の魅力度ランキングで、県は44位だった。', '44位')?.cue).toBe('ランキングで');
    expect(sourceOf('患者が2倍に増えたことが、厚生労働省の調査で分かった。', '2倍')?.cue).toBe('調査で');
    expect(sourceOf('観光庁の調べでは、訪日客は1.3倍に増えた。', '1.3倍')?.cue).toBe('調べでは');
  });
});

describe('more report frames', () => {
  it.each([
    // 結果 is adverbial to IPADIC, yet it ends the report's name
    ['東和生命の調査結果によると、回答者の4割が貯蓄を増やした。', '4割', '東和生命'],
    // what a party explained, testified or plans
    ['東和電機の説明では、出荷は2割減る。', '2割', '東和電機'],
    ['市の計画では、人口を10万人に増やす。', '10万人', '市'],
    ['関係者の証言では、男は約500万円を受け取った。', '約500万円', '関係者'],
    // a verb of finding out, then ところ
    ['県が調べたところ、対象の3割で基準を超えていた。', '3割', '県'],
    ['本紙が取材したところ、少なくとも15校が休校した。', '15校', '本紙'],
    // …asking someone: the one asked answers (記者が…に尋ねたところ), unless a body asked people at large
    ['記者が町の担当者に尋ねたところ、申請は120件に上った。', '120件', '町の担当者'],
    ['北山市の観光課に聞いたところ、宿泊客は2割増えた。', '2割', '北山市の観光課'],
    ['本紙が東和電機に問い合わせたところ、出荷は約3万台だった。', '約3万台', '東和電機'],
    ['町が高齢の住民に聞いたところ、6割が買い物に不便を感じていた。', '6割', '町'],
    ['東和電機が利用者に尋ねたところ、8割が満足と答えた。', '8割', '東和電機'],
    // …and a counted sample asked (企業820社, 会社員1000人) is the survey's, whoever ran it
    ['東和電機が取引先の120社に聞いたところ、7割が値上げを受け入れた。', '7割', '東和電機'],
    [
      '北山銀行の調査では、景況感が悪化した。県内企業450社に聞いた結果、「悪い」は38％に上ったということです。',
      '38％',
      '北山銀行',
    ],
    [
      '求人大手のミライワークスは10日、調査結果を発表した。全国の中小企業820社に聞いたところ、「採用を増やす」は41.2％だった。',
      '41.2％',
      '求人大手のミライワークス',
    ],
    [
      '東和リサーチの調査でも、節約志向が鮮明になった。従業員３００人以上の企業１，２００社に尋ねたところ、６割が値上げを予定していました。',
      '６割',
      '東和リサーチ',
    ],
    // …or 結果、
    ['市教委が独自に集計した結果、欠席が続く児童は3.8%だった。', '3.8%', '市教委'],
    // でも, read whole by IPADIC after 結果, as 調査でも
    ['一方、市教委がまとめた結果でも、欠席が続く児童は3.8%だった。', '3.8%', '市教委'],
    ['山田社長が記者団に語ったところによると、投資額は300億円になる。', '300億円', '山田社長'],
    // what someone said or posted is the sayer's
    ['マルハニチロが公式Xに投稿した内容によると、サバ缶は1日で3万缶売れた。', '3万缶', 'マルハニチロ'],
    ['山田社長が会見で話した内容によると、売上高は3割増えた。', '3割', '山田社長'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('but …する方針で、 is a plan going on, not a plan cited: no one inside it is the source', () => {
    const text = '市は高齢者への支援として約2億円を計上する方針で、対象は約800世帯とみている。';
    expect(sourcesOf(text, ['約2億円', '約800世帯']).map((s) => s?.name)).toEqual(['市', '市']);
    expect(nameOf('市の計画で、新駅の事業費は約80億円とされた。', '約80億円')).toBe('市');
  });

  it('but ところ、 after a verb of doing is only "when"', () => {
    expect(nameOf('警察官が駆けつけたところ、男性2人が倒れていた。', '2人')).toBe('');
    expect(nameOf('警察官が駆けつけた結果、男性2人が保護された。', '2人')).toBe('');
  });

  it('and a subject inside a clause made a noun by こと is not who found out', () => {
    const text = '東和FCの山田選手が感染していたことを受けて調べた結果、選手など12人が接触していた。';
    expect(nameOf(text, '12人')).toBe('');
    const set = '球団が、選手2人が感染していたことを受けて調査した結果、12人が接触していた。';
    expect(nameOf(set, '12人')).toBe('球団');
  });

  it('shows ところ cues without the comma', () => {
    expect(sourceOf('県が調べたところ、対象の3割で基準を超えていた。', '3割')?.cue).toBe('調べたところ');
  });
});

describe('a report the article leaves unnamed', () => {
  it('is the source by its own words: ある民間調査では, 別の調査によると', () => {
    const text = '若者の結婚は減っている。ある民間調査では、未婚の男女の6割近くが理由に収入を挙げた。';
    expect(sourceOf(text, '6割近く')).toMatchObject({ name: 'ある民間調査', type: 'document' });
    const other =
      '東和損保は意識調査を実施した。調査によると、7割が不安を感じている。別の調査によると、5割が保険に入っていない。';
    expect(sourcesOf(other, ['7割', '5割']).map((s) => s?.name)).toEqual(['東和損保', '別の調査']);
  });

  it('but この調査 points back to the report in force', () => {
    const text = '東和損保は意識調査を実施した。この調査では、7割が不安を感じている。';
    expect(nameOf(text, '7割')).toBe('東和損保');
  });
});

describe('a report IPADIC holds as one word', () => {
  it('総務省の家計調査で、: the report noun ends the word', () => {
    const s = sourceOf('総務省の家計調査で、1世帯の支出は月30万円だった。', '月30万円');
    expect(s).toMatchObject({ name: '総務省', cue: '家計調査で' });
  });

  it('but a one-character report noun ending a word is another word: 電話で、 is not 話で、', () => {
    expect(nameOf('同社の山田社長は電話で、3回謝った。', '3回')).toBe('');
  });
});

describe('a qualifier that ends with など', () => {
  it('stays in the name: 東和大学などの研究チーム', () => {
    expect(nameOf('東和大学などの研究チームによると、患者は3割減った。', '3割')).toBe('東和大学などの研究チーム');
    const lede = '緑茶を飲む人は死亡リスクが1割低いと、東和大学などの研究チームが13日、発表した。';
    expect(nameOf(lede, '1割')).toBe('東和大学などの研究チーム');
  });
});

describe('dates listed with a comma (12、13日に実施した)', () => {
  it('end no clause: the poll keeps its owner and opens its sentence', () => {
    const text = '東和新聞社が12、13日に実施した全国世論調査で、内閣支持率は28%だった。前回から3ポイント下がった。';
    expect(sourcesOf(text, ['28%', '3ポイント']).map((s) => s?.name)).toEqual(['東和新聞社', '東和新聞社']);
  });

  it('while a comma between words still ends the clause', () => {
    expect(nameOf('東和新聞社が伝えたように、市の調査で、待機児童は30人だった。', '30人')).toBe('市');
  });
});

describe('a titled work a clause says a party compiled or published (「…」では)', () => {
  it('is that party’s report, for its own sentence', () => {
    const yearly = '東和総研が毎年まとめている「住みたい街ランキング」では、横浜が3年連続で1位となった。';
    expect(nameOf(yearly, '3年連続')).toBe('東和総研');
    expect(nameOf(yearly, '1位')).toBe('東和総研');
    const part = '北辰研究所が先月公表した「地方空き家白書」の九州版でも、空き家率が2割を超えた。';
    expect(nameOf(part, '2割')).toBe('北辰研究所');
    const estimate = '民間の研究所が推計した「将来人口」では、市の人口が2割減る。';
    expect(nameOf(estimate, '2割減')).toBe('民間の研究所');
  });

  it('but a product, a campaign or a party’s title with no such clause names no source', () => {
    expect(nameOf('北辰食品が発売した「もちもちパン」では、売り上げが3割増えた。', '3割増')).toBe('');
    expect(nameOf('市が実施した「春の交通安全運動」では、違反が30件見つかった。', '30件')).toBe('');
    expect(nameOf('東和総研の「住みたい街ランキング」では、横浜が3年連続で1位となった。', '1位')).toBe('');
  });
});

describe('a report a party is compiling (まとめている) is its report, as one it compiled is', () => {
  it('まとめている生息状況によると → the party', () => {
    expect(nameOf('環境省が毎年まとめている生息状況によると、クマは約4万頭いる。', '約4万頭')).toBe('環境省');
  });
});

describe('things parties announced, counted by a report that opens the sentence', () => {
  it('are the report’s figures, not the announcers’ (Xの調べでは、Yが公表した事故は…)', () => {
    const text =
      '東和リサーチの調べでは、上場企業とその子会社が昨年公表した情報漏えい事故は175件で、流出した情報は計約3000万人分に上った。';
    expect(nameOf(text, '175件')).toBe('東和リサーチ');
    expect(nameOf(text, '計約3000万人分')).toBe('東和リサーチ');
  });

  it('but a report a party published is still that party’s (Yが公表した推計は…)', () => {
    expect(nameOf('東和研究所が公表した推計は3万人だった。', '3万人')).toBe('東和研究所');
    expect(nameOf('北辰銀行が発表した予測では、成長率は1.2%になる。', '1.2%')).toBe('北辰銀行');
  });
});

// Whom a survey was put to (所有者へのアンケート) answered it; the body the paragraph is about ran it.
describe('a survey put to people is not theirs: 〜へのアンケート / 〜への調査', () => {
  it.each([
    [
      '北山市は空き家の実態をまとめた。所有者へのアンケート（回答率40％）では、「費用が出せない」が30％で最多だった。',
      '30％',
      '北山市',
    ],
    ['東西銀行は10日、調査結果を公表した。利用者へのアンケートでは、満足と答えた人が7割に上った。', '7割', '東西銀行'],
    [
      '日本商工会は10日、調査結果を公表した。会員企業への調査によると、賃上げした企業は6割だった。',
      '6割',
      '日本商工会',
    ],
  ])('%s → %s', (text, figure, who) => {
    expect(nameOf(text, figure)).toBe(who);
  });

  it('while the one an inquiry was put to tells: 県警への取材で', () => {
    expect(nameOf('県警への取材で、被害額は約300万円に上ることが分かった。', '約300万円')).toBe('県警');
  });
});

describe('a kind of body set before a proper name with の (産業別労組の全国機械労組)', () => {
  it('qualifies the topic: 声明で is the named body’s, not the kind’s', () => {
    const text = '産業別労組の全国機械労組は声明で、最大3万人規模のストを行う構えだと明らかにした。';
    expect(nameOf(text, '最大3万人')).toContain('全国機械労組');
  });

  it('while an owner before の of the report itself still owns it (北山市の調査では)', () => {
    expect(nameOf('北山市の調査では、空き家は約1200戸に上った。', '約1200戸')).toBe('北山市');
  });
});

describe('a report cue after a conjunction, a bare noun or the matter spoken of still opens its sentence', () => {
  const lede = '北山市で10日、健康をテーマにした催しが開かれ、約500人が参加した。\n';
  it.each([
    [
      '一方、東和総研の調査では、副業をしている人は14.2％だった。年代別では、30代が19％と最も多かった。',
      '19％',
      '東和総研',
    ],
    [
      '民間の研究機関、ＪＨＲＩ（日本健康リスク研究所）の調査では、受診率は62.5％でした。年代別では、70歳以上が81％だった一方、20代では4割に届きませんでした。',
      '4割',
      'ＪＨＲＩ',
    ],
    [
      '一方、ワクチンについて、北山大学の調査では、接種率は36％だった。地域別では、山間部が22％にとどまった。',
      '22％',
      '北山大学',
    ],
    [
      'また、県のアンケートによりますと、移住に関心がある人は23％でした。年代別では、２０代が３１％と最も高くなりました。',
      '３１％',
      '県',
    ],
    [
      'さらに、東和リサーチの調べでは、利用率は78％に上った。地域別では、関東が84％で最も高かった。',
      '84％',
      '東和リサーチ',
    ],
  ])('%s → %s', (text, figure, who) => {
    expect(nameOf(lede + text, figure)).toBe(who);
  });

  it('while a comma closing a clause still sets the cue apart (市は対策を強めたが、県の調査では)', () => {
    const text = `${lede}市は対策を強めたが、県の調査では、受診率は40％だった。このため市は、巡回健診を月2回に増やす。`;
    expect(nameOf(text, '月2回')).not.toBe('県');
  });
});

describe('a data report as which figures are given (同党の試算として、)', () => {
  const lede = '北山市で10日、市議会が開かれた。';
  it.each([
    [
      '野党・東和民主党の山田太郎幹事長は補助の打ち切りを批判した。同党の試算として、負担軽減は月平均900円程度にとどまり、「到底足りない」と述べた。',
      '900円程度',
      '東和民主党',
    ],
    ['市の推計として、来年度の税収は約320億円に減る見通しだということです。', '約320億円', '市'],
    ['東和総研の試算として、経済効果は約45億円に上ると紹介しました。', '約45億円', '東和総研'],
    ['県の集計として、観光客は前年の1.2倍だったと報告した。', '1.2倍', '県'],
  ])('%s → %s', (text, figure, who) => {
    expect(nameOf(lede + text, figure)).toContain(who);
  });

  it.each([
    // a teller relaying what people said is the teller's report
    ['東和通信は、避難した住民の話として、炎が数分で集落に迫ったと伝えた。', '数分', '東和通信'],
    // with no comma, what was done
    ['市は独自の調査として、市内の空き家を約1200戸と見積もった。', '約1200戸', '市'],
  ])('not a report cue: %s', (text, figure, who) => {
    expect(nameOf(lede + text, figure)).toBe(who);
  });

  it('not a report noun: 新たな事業として、', () => {
    expect(nameOf(`${lede}市は新たな事業として、子育て世帯に1人5万円を配る。`, '1人5万円')).not.toContain('事業');
  });
});
