import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, namesOf, sourceOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('と + reporting verb, in every word order', () => {
  it.each([
    // 「…」と + speaker + verb
    ['「来期の売上高は2割増える」と山田社長は述べた。', '2割', '山田社長'],
    // speaker は「…」と verb
    ['高橋市長は「待機児童を300人減らす」と語った。', '300人', '高橋市長'],
    // …と、speaker は verb (the と after a comma is tagged as a filler by kuromoji)
    ['負傷者は少なくとも40人にのぼると、現地の当局者は推定している。', '40人', '現地の当局者'],
    ['損失は5億ドルを超える、とBBCは報じた。', '5億ドル', 'BBC'],
    // speaker は …と verb
    ['中央銀行は、今年の成長率が3%に達するとみている。', '3%', '中央銀行'],
    ['同協会は、加盟店の売り上げが15%減ったと明らかにした。', '15%', ''],
    ['捜査関係者は、男が800万円を引き出したと話した。', '800万円', '捜査関係者'],
    ['政府高官は、派遣する部隊が2000人規模になるとの見方を示した。', '2000人', '政府高官'],
    ['大手各社は、値上げ幅が平均で7%になるとしている。', '7%', '大手各社'],
    ['鈴木教授は、対象者の4割が改善したと指摘した。', '4割', '鈴木教授'],
    ['ロシア国防省は、敵の無人機25機を撃墜したと発表した。', '25機', 'ロシア国防省'],
    ['国営テレビは、死者が110人に上ったと伝えた。', '110人', '国営テレビ'],
    ['在日米軍は、兵士3人が負傷したと付け加えた。', '3人', '在日米軍'],
    // 95万人と推計: と right after a noun, directly followed by the verb
    ['研究チームは、患者数を全国で約12万人と推計している。', '約12万人', '研究チーム'],
    // hearsay inside the quoted clause: …とみられる、と + speaker + verb
    ['参加者は最大8万人に上るとみられる、と主催者の実行委員会は推計している。', '最大8万人', '主催者の実行委員会'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('gives the cue as written', () => {
    expect(sourceOf('「価格は3倍になった」と農家の男性は話した。', '3倍')?.cue).toBe('と話した');
    expect(sourceOf('損害は1兆円に達すると、欧米の当局者は推定している。', '1兆円')?.cue).toBe('と推定している');
  });

  it('attributes a multi-sentence quote to its speaker', () => {
    const text = '地元の漁協の組合長は「水揚げは半分に減った。漁船も20隻が壊れた」と語った。';
    expect(nameOf(text, '20隻')).toBe('地元の漁協の組合長'.slice(3));
  });

  it('gives a nested quote to the outer speaker', () => {
    const text = '「敵は『兵士4000人を失った』と言っている」と防衛相は述べた。';
    expect(nameOf(text, '4000人')).toBe('防衛相');
  });

  it('does not credit a figure outside the quote to the quote’s speaker', () => {
    const text = '失業者は前月より3万人増え、田中大臣は「雇用対策を急ぐ」と語った。';
    expect(nameOf(text, '3万人')).toBe('');
  });

  it('does not credit the speaker with a figure inside its own name', () => {
    expect(nameOf('大手5社は10日、運賃を据え置くと発表した。', '5社')).toBe('');
  });

  it('does not count a wish to say as a report: と言いたくなる', () => {
    expect(nameOf('10年も待たされて、もう十分だと言いたくなる。', '10年')).toBe('');
  });

  it('does not take 回答 as a source: the respondents are the figure', () => {
    expect(nameOf('回答者の6割が満足だと回答した。', '6割')).toBe('');
  });

  it('but a party that answers reports: 東和電機は取材に対し、…と回答した', () => {
    expect(nameOf('東和電機は取材に対し、売上高は3割増えたと回答した。', '3割')).toBe('東和電機');
  });

  it('reads として before a named party as that party’s claim', () => {
    const text = '業者が料金を約2倍に引き上げたとして、消費者庁が改善を求めた。';
    expect(nameOf(text, '約2倍')).toBe('消費者庁');
  });
});

describe('a quoted statement given as a reason: 「…」として', () => {
  it('is the claim of the subject named before it', () => {
    expect(nameOf('労働組合は「物価は3%上がった」として、大幅な賃上げを求めた。', '3%')).toBe('労働組合');
    const text = '弁護側は「受け取った報酬は月10万円ほどにすぎない」として、刑の軽減を求めていた。';
    expect(nameOf(text, '月10万円')).toBe('弁護側');
  });

  it('in a second clause, is the claim of the same speaker', () => {
    const text = '山口市長は、被害は500棟に及ぶと述べ、「復旧には2年かかる」として国に支援を求めた。';
    expect(namesOf(text, ['500棟', '2年'])).toEqual(['山口市長', '山口市長']);
  });

  it('is not a quoted name: 「異次元の対策」として, 「花の日」として', () => {
    expect(nameOf('政府は「異次元の対策」として、昨年3兆円を子育て支援に投じた。', '3兆円')).toBe('');
    expect(nameOf('市は「花の日」として、3000本の苗を配った。', '3000本')).toBe('');
  });
});

describe('reports without a quoting と', () => {
  it('an announcement credits its object: 方針を表明した, 計画を発表した', () => {
    expect(nameOf('竹内首相は、防衛費を2%に増やす方針を表明した。', '2%')).toBe('竹内首相');
    expect(nameOf('東西電鉄は12日、運賃を10%上げる計画を発表した。', '10%')).toBe('東西電鉄');
  });

  it('a plan or view shown after a verb credits the subject: 〜を目指す方針を示した', () => {
    expect(nameOf('山川市長は、来場者を50万人に増やす方針を示した。', '50万人')).toBe('山川市長');
    expect(nameOf('県は、支援を3年続ける考えを示した。', '3年')).toBe('県');
  });

  it('takes the subject nearest the verb, not an earlier one in the object', () => {
    const text = '北朝鮮が弾道ミサイル2発を発射したことを、韓国軍合同参謀本部が発表した。';
    expect(nameOf(text, '2発')).toBe('韓国軍合同参謀本部');
  });

  it('skips a reporting verb inside a relative clause: 発表した推計', () => {
    expect(nameOf('研究所が発表した推計は誤りだった。人口は3万人だった。', '3万人')).toBe('');
  });
});

describe('what may stand between と and the verb', () => {
  it('a recipient: …と記者団に語った, …と本紙の取材に対し述べた', () => {
    expect(nameOf('北村外相は、支援額は4億ドルになると記者団に語った。', '4億ドル')).toBe('北村外相');
    expect(nameOf('組合の幹部は、参加者は600人だと本紙の取材に対し述べた。', '600人')).toBe('組合の幹部');
  });

  it('a quoted view: とのコメントを発表した, との声明を出した', () => {
    expect(nameOf('球団は、観客は3万人に達したとのコメントを発表した。', '3万人')).toBe('球団');
    expect(nameOf('大使館は、邦人10人の無事を確認したとの声明を出した。', '10人')).toBe('大使館');
  });
});

describe('idioms of speech after と', () => {
  it.each([
    ['森下社長は「受注は3倍に増える」と胸を張った。', '3倍', '森下社長'],
    ['青木監督は「勝率6割を目指す」と力を込めた。', '6割', '青木監督'],
    ['長谷川市長は「来場者は10万人を超える」と自信を見せた。', '10万人', '長谷川市長'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('holds when the clause joins the next: 一方、 / ものの、', () => {
    const text = '田中容疑者は「報酬は1回30万円と聞いた」と容疑を認めている一方、山本容疑者は否認している。';
    expect(nameOf(text, '1回30万円')).toBe('田中容疑者');
    const though = '森下社長は「受注は3倍に増える」と胸を張ったものの、利益は2割減った。';
    expect(nameOf(though, '3倍')).toBe('森下社長');
    // …and what follows the join is not in the quote.
    expect(nameOf(though, '2割')).toBe('');
  });
});

describe('a plain name between と and a reporting verb', () => {
  it('is the speaker even when nothing says what it is', () => {
    expect(nameOf('利益は前年の1.5倍になったと、東和は発表した。', '1.5倍')).toBe('東和');
  });

  it('but a quantity there is not', () => {
    expect(nameOf('待ち時間は2時間を超えたと、1人は話した。', '2時間')).toBe('');
  });
});

describe('a plain topic', () => {
  it('speaks a strong reporting verb: 東和は、…と発表した', () => {
    expect(nameOf('東和は、利益が前年の1.5倍になったと発表した。', '1.5倍')).toBe('東和');
  });

  it('does not speak a weak one, nor when it is a quantity or a time', () => {
    expect(nameOf('使用時は1日2回までとしている。', '2回')).toBe('');
    expect(nameOf('売上高は前年比5%増えたと発表した。', '5%')).toBe('');
  });
});

describe('と + a verb that reports nothing', () => {
  it.each([
    // the writer's judgment: one may say, one must say
    ['日本は、65歳以上が29%を占めると言ってよい。', '29%'],
    ['政府は、物価が3%上がったと言わざるを得ない。', '3%'],
    ['日銀は、失業率が5%でも完全雇用とみていい。', '5%'],
    ['東和食品は、負担が2倍になったと言うべきだ。', '2倍'],
    // a concession, a condition, an explanation
    ['中国は国防費が3倍に増えたといっても、まだ少ない。', '3倍'],
    ['米国は失業率が4%と言えば高い方だ。', '4%'],
    ['県は、高齢化率が29%と考えると深刻だ。', '29%'],
    ['投資家は、株価が2割下がったとみたら、買いに動く。', '2割'],
    ['政府は、赤字が3年続いたと言うのも無理はない。', '3年'],
    // a report that was not made
    ['東和政府は、成長率が5%を下回ったとは発表していない。', '5%'],
    ['東和電機は、損失が3億円に上ると明らかにしていない。', '3億円'],
    ['田中社長は「売上は2倍」と述べなかった。', '2倍'],
    ['田中社長は「売上は2倍」と言いませんでした。', '2倍'],
  ])('%s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });

  it('but 〜と発表すると、… reports, then tells what followed; と発表しています reports', () => {
    expect(nameOf('東和食品は、利益が2倍になったと発表すると、株価は急伸した。', '2倍')).toBe('東和食品');
    expect(nameOf('東和食品は、利益が2倍になったと発表しています。', '2倍')).toBe('東和食品');
  });
});

describe('a body as topic with では', () => {
  it('speaks when its words or the tagger say it is a body', () => {
    expect(nameOf('オーシャン物流では、全国の約2000社に提供してきたと説明している。', '約2000社')).toBe(
      'オーシャン物流',
    );
    expect(nameOf('県警では、被害は3億円を超えるとみている。', '3億円')).toBe('県警');
    const text = '北斗クロス・ワンでは、利用者が5万人を超えたとしている。';
    const org = { text: '北斗クロス・ワン', start: 0, end: 8, type: 'organization' as const };
    expect(sourcesOf(text, ['5万人'], [org])[0]?.name).toBe('北斗クロス・ワン');
  });

  it('a place or a survey with では does not', () => {
    expect(nameOf('東京では、気温が35度を超えたと伝えた。', '35度')).toBe('');
    expect(nameOf('米国では、失業率が4%に下がったとしている。', '4%')).toBe('');
    expect(nameOf('アンケートでは、回答者の62%が不満だと答えた。', '62%')).toBe('');
  });
});

describe('a speaker in brackets', () => {
  it('after a quote: 「…」（山田社長）', () => {
    expect(sourceOf('「売上は前年の2倍になった」（山田社長）', '2倍')).toMatchObject({
      name: '山田社長',
      type: 'person',
      cue: '（山田社長）',
    });
    expect(nameOf('評判は上々だ。「初日だけで3000個売れた」（広報担当者）という。', '3000個')).toBe('広報担当者');
  });

  it('described by an age: （東和市の70代男性）, （60代女性）', () => {
    expect(nameOf('「バスで30分かかるのは困る。店は近くにあってほしい」（東和市の70代男性）', '30分')).toBe(
      '東和市の70代男性',
    );
    expect(nameOf('「家賃は2倍になった」（60代女性）', '2倍')).toBe('60代女性');
    // An age alone is no speaker: （34）, （34歳）.
    expect(nameOf('「家賃は2倍になった」（34歳）', '2倍')).toBe('');
  });

  it('described at length, by a profession: （市内の私立高校の進路指導担当教諭）', () => {
    const text = '「試験まで3カ月しかない」（市内の私立高校の進路指導担当教諭）';
    expect(nameOf(text, '3カ月')).toBe('市内の私立高校の進路指導担当教諭');
    expect(nameOf('「園児は2割減った」（東和市の保育士）', '2割')).toBe('東和市の保育士');
  });

  it('described by a clause before the person it ends with: （小学3年の息子がいる30代の父親）', () => {
    const text = '「歩いて5分の公園がなくなり、車で20分かかる」（小学3年の息子がいる30代の父親）。';
    expect(namesOf(text, ['5分', '20分'])).toEqual(['父親', '父親']);
    expect(nameOf('「売り上げは前年の2倍になった」（市内で青果店を営む男性）', '2倍')).toBe('男性');
    // A clause that ends in no person (a photo's note) names no one.
    expect(nameOf('「10分待った」（東和市で撮影した写真）', '10分')).toBe('');
  });

  it('with the age after a comma: （北区の会社員女性、31歳）, （男性、45）', () => {
    expect(sourceOf('「同級生の3割くらいは県外に出た」（北区の会社員女性、31歳）', '3割')).toMatchObject({
      name: '北区の会社員女性',
      cue: '（北区の会社員女性、31歳）',
    });
    expect(nameOf('「家賃は2倍になった」（男性、45）', '2倍')).toBe('男性');
    expect(nameOf('「家賃は2倍になった」（北区、45歳）', '2倍')).toBe('');
  });

  it('on a line of its own above the quoted lines, as television news writes', () => {
    const text =
      '閉店が相次ぐ。\n（商店街の理事長）\n「去年だけで12店が閉めました」\n「空き店舗は30を超えます」\n市は支援策に2億円を充てる。';
    // The line after the quotes is not the label's: the city's own plan.
    expect(namesOf(text, ['12店', '30', '2億円'])).toEqual(['商店街の理事長', '商店街の理事長', '市']);
  });

  it('but an age, a date, a place or a credit in brackets names no speaker', () => {
    expect(nameOf('「来年は3割増やしたい」（23日、都内で）', '3割')).toBe('');
    expect(nameOf('「売上は2倍」（2025年）', '2倍')).toBe('');
    expect(nameOf('「ホテル東和 2号館」（大阪市）が開業した。', '2号館')).toBe('');
    // a wire's credit under a photo caption is not a speaker of the quoted lines that follow
    expect(nameOf('記者会見する山田社長\n（共同）\n「売上は2倍を目指す」', '2倍')).toBe('');
  });
});

describe('a party added with も', () => {
  it('set apart by a comma, says what it reports (研究チームも、…確認したとしている)', () => {
    const text =
      '東和新聞は、町の約3分の1が焼けたと伝えた。衛星画像を分析した東和大学の研究チームも、少なくとも1700棟が焼失したことを確認したとしている。';
    expect(nameOf(text, '1700棟')).toBe('東和大学の研究チーム');
    // A も inside what is said (被害も3倍に増えた) is the content's.
    expect(nameOf('東和市は、被害も3倍に増えたと発表した。', '3倍')).toBe('東和市');
  });

  it('opening the sentence with no comma, says what it reports (ESAも独自に…としている)', () => {
    const text =
      '北辰天文台は、衝突の確率を1%と発表した。東和宇宙機構も独自に軌道を計算し、確率を「5000分の1程度」としている。';
    expect(nameOf(text, '5000分の1程度')).toBe('東和宇宙機構');
    expect(nameOf('東和銀行も預金金利が0.2%になると説明した。', '0.2%')).toBe('東和銀行');
  });

  it('but not before a verb (日本も含め), nor a thing inside what is said (円安も)', () => {
    expect(nameOf('日本も含め、世界の株価は3%下落したと、東和通信が報じた。', '3%')).toBe('東和通信');
    expect(nameOf('円安も物価を1%押し上げたと、日銀は分析している。', '1%')).toBe('日銀');
  });
});

describe('a quote with no speaker in a clause that runs on', () => {
  it('is said by the topic opening the next clause (…かかると見込み、県は…方針だ)', () => {
    const text = '統合に伴う改修には約85億円かかると見込み、東和県は国の交付金を活用して補助する方針だ。';
    expect(nameOf(text, '約85億円')).toBe('東和県');
    // Someone unnamed opening the next clause says nothing: 住民は反発した.
    expect(nameOf('改修には約85億円かかると見込み、住民は反発した。', '約85億円')).toBe('');
  });
});

describe('a topic right before a quote that is what the quote is about', () => {
  it('leaves the words to the speaker going on: in a clause that runs on, or after そのうえで', () => {
    const text =
      '東和総研の山田一郎主席エコノミストは「円安が続く限り、需要は衰えない」と分析し、今年の来場者は「500万人を超える可能性がある」とみる。';
    expect(nameOf(text, '500万人')).toBe('東和総研の山田一郎主席エコノミスト');
    const next =
      '「先行きが読めない」。東和証券の田中次郎氏はこう指摘する。そのうえで、年内の日経平均は「3万～3万5000円で推移する」との見方を示した。';
    expect(nameOf(next, '3万～3万5000円')).toBe('東和証券の田中次郎氏');
  });

  it('but a person or a body there speaks, and so does a topic with no speaker going on', () => {
    const two = '田中社長は「売上は2倍になる」と述べ、山田会長は「利益は3割増える」と話した。';
    expect(nameOf(two, '3割')).toBe('山田会長');
    const body = '田中社長は「売上は2倍になる」と述べ、東和電機は「利益は3割増える」としている。';
    expect(nameOf(body, '3割')).toBe('東和電機');
    expect(nameOf('東和市の住民は「家賃が2倍になった」と話した。', '2倍')).toBe('東和市の住民');
  });
});

describe('a speaker named last, in a cleft', () => {
  it('「…」と話すのは、…田中良子さん（58）だ', () => {
    expect(nameOf('「毎月3万円の赤字です」と話すのは、市内で食堂を営む田中良子さん（58）だ。', '3万円')).toBe(
      '田中良子さん',
    );
  });

  it('「…」。そう語るのは、…川村幸子さんだ', () => {
    expect(nameOf('「ここ2年で客は4割減った」。そう語るのは、老舗旅館の女将、川村幸子さんだ。', '4割')).toBe(
      '川村幸子さん',
    );
  });
});

describe('how it was said, after a direct quote', () => {
  it.each([
    ['「昔は1日に300人来た」と店主の佐々木一郎さん（72）は笑う。', '300人', '店主の佐々木一郎さん'],
    ['「仕入れ値が2倍になった」と青果店の男性は顔を曇らせた。', '2倍', '青果店の男性'],
    ['「去年より客が2割減った」と漏らすのは、駅前で喫茶店を営む女性だ。', '2割', '女性'],
    ['佐々木さんは「売り上げは3分の1になった」とため息をつく。', '3分の1', '佐々木さん'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('naming, becoming or a described sign is not speech', () => {
    expect(nameOf('市長は「3年計画」と呼ばれる案に反対した。', '3年')).toBe('');
    expect(nameOf('山本社長は「3倍増」と書かれた紙を掲げた。', '3倍')).toBe('');
    expect(nameOf('山本社長の目標は「売上1兆円」となった。', '1兆円')).toBe('');
  });
});

describe('a speaker written after the words of the next sentence', () => {
  it('explains the sentence before: …と、同社の広報担当者は説明した', () => {
    const text =
      '北辰工業の売上高は前年比12%増の850億円だった。海外向けの部品が好調だったと、同社の広報担当者は説明した。';
    expect(namesOf(text, ['12%', '850億円'])).toEqual(['北辰工業の広報担当者', '北辰工業の広報担当者']);
  });

  it('but not when that sentence makes a claim of its own, nor across a paragraph', () => {
    const own = '兵士1万人が派遣された。このうち約4千人が死傷したと、欧米の当局者は推定している。';
    expect(namesOf(own, ['1万人', '約4千人'])).toEqual(['', '欧米の当局者']);
    const apart = '売上高は850億円だった。\n海外向けが好調だったと、同社の広報担当者は説明した。';
    expect(nameOf(apart, '850億円')).toBe('');
  });

  it('nor when the speaker comes first (同社の担当者は、…と説明した)', () => {
    const text = '売上高は850億円だった。北辰工業の担当者は、海外向けが好調だったと説明した。';
    expect(nameOf(text, '850億円')).toBe('');
  });
});

describe('a speaker closing the sentence after a quote', () => {
  it('with the verb left out: 「…」と山田さん。', () => {
    expect(sourceOf('「売り上げは3分の1になった」と山田さん。', '3分の1')).toMatchObject({
      name: '山田さん',
      cue: 'と',
    });
  });

  it('described by the verb: 「…」と話す店主の山田一郎さん（45）。', () => {
    expect(sourceOf('「客は3割減った」と話す店主の山田一郎さん（45）。', '3割')).toMatchObject({
      name: '店主の山田一郎さん',
      cue: 'と話す',
    });
  });

  it('someone among others speaks their own quote too (と語る女性もいる); a body named after a title does not', () => {
    // The quote is hers, not the outlet's: one of several speakers is still its speaker.
    expect(nameOf('「30年続けてきた」と語る女性もいる。', '30年')).toBe('女性');
    expect(nameOf('「30年続けてきた」と語る女性もいるが、少数だ。', '30年')).toBe('');
    expect(nameOf('「3倍速」と東和電機。', '3倍')).toBe('');
  });
});

describe('訴える without と', () => {
  it('is a complaint of something: the report is the と報じた around it', () => {
    const text = '米紙は12日、職員ら数人が体調不良を訴え、大使館が調査に乗り出したと報じた。';
    expect(sourceOf(text, '数人')).toMatchObject({ name: '米紙', cue: 'と報じた' });
  });
});

describe('分析する without と', () => {
  it('is work done on something (水を3回採取し、分析した), not a finding reported', () => {
    const text = '調査団の専門家が、今年に入って少なくとも4回、川の水を採取し、分析してきた。';
    expect(nameOf(text, '少なくとも4回')).toBe('');
  });

  it('but with と it reports (…を1.2%と分析した)', () => {
    expect(nameOf('東和研究所は、来年度の成長率を1.2%と分析した。', '1.2%')).toBe('東和研究所');
  });
});

describe('a passive hearsay verb before a noun (上限とされる月40時間)', () => {
  it('names the noun, it reports nothing: the sentence keeps the release in force as its cue', () => {
    const text =
      '東和市は8日、職員の勤務調査の結果を公表した。6月の1カ月間の残業が、上限とされる月40時間を超えた職員は12%だった。';
    expect(sourceOf(text, '1カ月間')).toMatchObject({ name: '東和市', cue: '公表した' });
  });

  it('but closing its clause (…とされる。) it is hearsay', () => {
    const text = '東和市は8日、調査の結果を公表した。残業が多い職員は12%とされる。';
    expect(sourceOf(text, '12%')).toMatchObject({ name: '東和市', cue: 'とされる' });
  });
});

describe('a topic inside what a subject says', () => {
  it('is not the speaker: 回答者の8割が、AとBは「…」と回答', () => {
    const text =
      '東和社の調査では、回答者の8割が本物の店と偽の店は「見分けられない」と回答。さらに、6割が不安だと回答している。';
    expect(namesOf(text, ['8割', '6割'])).toEqual(['東和社', '東和社']);
  });

  it('but a 、 closes the subject’s clause: 政府が…決めたことについて、知事は「…」と述べた', () => {
    const text = '政府が支援を決めたことについて、山川知事は「県の負担は3割減る」と述べた。';
    expect(nameOf(text, '3割')).toBe('山川知事');
  });
});

describe('a view the article names no one for: …との見方もある', () => {
  it('leaves its figures without a source, even inside a frame in force', () => {
    const text =
      'ある民間調査では、未婚の6割が収入を理由に挙げた。年収300万円未満の男性の既婚率は、3分の1程度にとどまるとの分析もある。';
    expect(namesOf(text, ['6割', '3分の1程度'])).toEqual(['ある民間調査', '']);
    const voices = '協会によると、興収は1200億円だった。今年は最高の2000億円に届くとの見方が強い。';
    expect(namesOf(voices, ['1200億円', '2000億円'])).toEqual(['協会', '']);
  });

  it('and so does a study it does not name: …との研究もある, …との報告もある', () => {
    const text = '県の統計では、食中毒は毎年200件前後起きる。患者の8割以上が生肉を食べていたとの研究もある。';
    expect(namesOf(text, ['200件', '8割'])).toEqual(['県', '']);
  });

  it('but a party that shows its view reports it: …との見方を示した', () => {
    expect(nameOf('トヨタは、販売が3割増えるとの見方を示した。', '3割')).toBe('トヨタ');
  });
});

describe('a figure and と before a reporting verb (kuromoji may read that と as "and")', () => {
  it('reports: 成長率を1.2%と予想している, 損失を年80億円と推計した', () => {
    expect(nameOf('東和銀行は、来年の成長率を1.2%と予想している。', '1.2%')).toBe('東和銀行');
    expect(nameOf('市は、渋滞の損失を年80億円と推計した。', '年80億円')).toBe('市');
  });

  it('but a partner after と is no report: 3カ国と協議した', () => {
    expect(nameOf('政府は、周辺の3カ国と協議した。', '3カ国')).toBe('');
  });
});

describe('quotes after a sentence that only says someone spoke', () => {
  it('are that speaker’s: 「山田社長は次のように述べた。」「…」「…」', () => {
    const text =
      '東和電機の山田社長は12日の記者会見で、次のように述べた。\n「海外の売り上げは3割増えた」\n「工場を2カ所増やしたい」';
    expect(namesOf(text, ['3割', '2カ所'])).toEqual(['東和電機の山田社長', '東和電機の山田社長']);
    const inline = '山田社長は会見で、今後の見通しについて語った。「売り上げは3割増える」';
    expect(namesOf(inline, ['3割'])).toEqual(['山田社長']);
  });

  it('but not a line that is no quote, nor quotes after a sentence that said something itself', () => {
    const text = '山田社長は会見で語った。\n市は窓口を3カ所増やした。';
    expect(namesOf(text, ['3カ所'])).toEqual(['']);
    const said = '山田社長は、工場を増やすと述べた。「近所では空き店舗が5軒ある」と住民は話す。';
    expect(namesOf(said, ['5軒'])).toEqual(['住民']);
    const announced = '東和電機は12日、新製品を発表した。「3万円は高い」との声もある。';
    expect(namesOf(announced, ['3万円'])).toEqual(['']);
  });
});

describe('a sentence that opens on its subject and has no cue', () => {
  it('names whom the next subjectless words are from: …が取材に応じました。この中で「…」と述べました', () => {
    const text = '東和県の森田知事が記者団の取材に応じました。この中で「待機児童を3年でゼロにする」と述べました。';
    expect(nameOf(text, '3年')).toBe('東和県の森田知事');
  });

  it('but a thing as subject names no one', () => {
    expect(nameOf('大きな地震が起きました。この中で「揺れは3分続いた」と述べました。', '3分')).toBe('');
  });
});

describe('the dead and injured are counted, never a source', () => {
  it('a clause counting casualties goes on with the speaker of the clause that ran into it', () => {
    const text = '一方、国連は、報告されていない死者が多いとみており、実際の死者は300人を上回る可能性があると述べた。';
    expect(nameOf(text, '300人')).toBe('国連');
    const infected = '東和県は、検査を受けていない感染者もいるとして、実際の感染者は千人を超えると説明した。';
    expect(nameOf(infected, '千人')).not.toBe('感染者');
  });

  it('with no speaker before it, a casualty topic still names no one', () => {
    expect(nameOf('地震から1週間。実際の死者は500人を超えると指摘した。', '500人')).toBe('');
  });

  it('a speaker of its own in the next clause still speaks', () => {
    const text = '国連は、被害が広がっているとみており、東和県は死者が40人に上ると発表した。';
    expect(nameOf(text, '40人')).toBe('東和県');
  });
});

describe('a topic its own clause counts is what was counted, never the speaker', () => {
  it('Xは + a number + で、: the omitted speaker is the party in force', () => {
    const text =
      '東和総研は10日、今夏の賞与の予測を発表した。同社によると、賃上げの勢いは鈍いという。' +
      '支給を受ける従業員は約3200万人で、支給総額は12兆円程度と見込んでいる。';
    expect(namesOf(text, ['約3200万人', '12兆円程度'])).toEqual(['東和総研', '東和総研']);
    const amount = '県は、参加者は延べ1200人程度で、経済効果は5億円と試算している。';
    expect(namesOf(amount, ['1200人程度', '5億円'])).toEqual(['県', '県']);
    const reached = '北辰市は、対象となる世帯は2万に上り、給付額は計30億円になると説明した。';
    expect(namesOf(reached, ['2万', '30億円'])).toEqual(['北辰市', '北辰市']);
  });

  it('but a speaker given a number with no clause of its own, or a date, still speaks', () => {
    expect(nameOf('東和電機は約100億円と見込む。', '約100億円')).toBe('東和電機');
    expect(nameOf('東和電機は10日付で、社員の2割を配置換えすると発表した。', '2割')).toBe('東和電機');
    // A body so counted (a streak) is still who speaks.
    expect(nameOf('東和電機は3期連続で、最高益を更新したと発表した。', '3期連続')).toBe('東和電機');
  });

  it('and a body counted so stays what the sentence is about (立憲党は118議席で、…伸ばした)', () => {
    const text = '総務省は開票結果を発表した。全500議席のうち、東和党は118議席で、改選前の87議席から伸ばした。';
    expect(namesOf(text, ['118議席', '87議席'])).toEqual(['', '']);
  });
});

describe('a topic that speaks somewhere (声明で, 会見で) with a weak verb (とし)', () => {
  it('is the speaker, whatever its name says of it', () => {
    const text =
      '東和中央銀行は19日、政策金利を1%引き上げると発表した。利上げは5会合連続。北辰通信がまとめた調査でも、' +
      '回答した30人全員が利上げを予想していた。中銀は声明で、物価上昇率が目標の2%を大きく上回る状態が続いているとし、' +
      '次回も利上げを行う方針を示した。';
    expect(namesOf(text, ['30人', '2%'])).toEqual(['北辰通信', '中銀']);
    expect(nameOf('北辰は会見で、販売台数が前年の1.5倍に増えたとした。', '1.5倍')).toBe('北辰');
  });

  it('but a topic with no place of speech and a weak verb is left as before', () => {
    expect(nameOf('利用開始時は月額500円としている。', '500円')).toBe('');
  });
});

describe('a passive report with its agent written (県によって…と推計されている)', () => {
  it('is the agent’s', () => {
    expect(nameOf('被害額は、県によって約12億円と推計されている。', '約12億円')).toBe('県');
    expect(nameOf('国連によって、難民は約200万人に上ると推計された。', '約200万人')).toBe('国連');
  });

  it('but a cause (地震により) is no agent, and the passive stays hearsay', () => {
    expect(nameOf('死者は地震により300人に上ったとみられる。', '300人')).toBe('');
  });
});

describe('a report received from someone (北辰町からは、…との報告が寄せられた)', () => {
  it('is its sender’s', () => {
    expect(nameOf('北辰町からは、住宅20棟が浸水したとの報告が寄せられた。', '20棟')).toBe('北辰町');
    expect(nameOf('住民から、男が3人いたとの通報があった。', '3人')).toBe('住民');
  });

  it('but with no sender, or none received, it names no one', () => {
    expect(nameOf('消防には、少なくとも5人がけがをしたとの通報があった。', '5人')).toBe('');
    expect(nameOf('県には、被害が20件あったとの報告はなかった。', '20件')).toBe('');
    expect(nameOf('菓子を食べていた人は2割少なかったとの報告もある。', '2割')).toBe('');
  });
});

describe('a quote opening a paragraph with no speaker named before it', () => {
  const lede = '東和の山田一郎投手（28）が5日、球団事務所で契約更改交渉に臨み、5000万円でサインした。\n';

  it('is the words of the person the lede is about', () => {
    const text = `${lede}今季は20試合に登板した。\n交渉後の会見では「来季は150イニングを投げたい」と笑顔を見せた。`;
    expect(namesOf(text, ['20試合', '150イニング'])).toEqual(['', '東和の山田一郎投手']);
  });

  it('but not in the middle of a paragraph', () => {
    const mid = `${lede}今季は20試合に登板した。会見では「来季は150イニングを投げたい」と話した。`;
    expect(nameOf(mid, '150イニング')).toBe('');
  });
});

describe('a time written as a suffix after a quote (「…」とレース後は唇をかんだ)', () => {
  it('says when the words were said, not who said them', () => {
    expect(nameOf('「最後の5キロで脚が止まった」とレース後は唇をかんだ。', '5キロ')).not.toBe('レース後');
    expect(nameOf('「売り上げは2倍を目指す」と会見後は笑顔を見せた。', '2倍')).toBe('');
  });

  it('while a plain name between と and the verb still speaks', () => {
    expect(nameOf('売り上げは2倍になると、東和は発表した。', '2倍')).toBe('東和');
  });
});
