import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf, namesOf, sourceOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('carrying a source across sentences', () => {
  it('これは…Xが報じたものだ attributes the previous sentence', () => {
    const text = '新型機の受注は120機に達したという。これは先週、ロイター通信が報じたものだ。';
    expect(nameOf(text, '120機')).toBe('ロイター通信');
    expect(sourceOf(text, '120機')?.cue).toBe('報じたものだ');
  });

  it('a bare 「Xが…に明らかにした」 sentence attributes the previous one', () => {
    const text = '竜巻で住宅45棟が壊れた。町の担当者が9日、取材に明らかにした。';
    expect(nameOf(text, '45棟')).toBe('町の担当者');
  });

  it('does not carry back across a paragraph break', () => {
    const text = '竜巻で住宅45棟が壊れた。\n町の担当者が9日、取材に明らかにした。';
    expect(nameOf(text, '45棟')).toBe('');
  });

  it('hearsay with no name takes the source in force in the paragraph', () => {
    const text = '市消防局によると、火は3時間後に消えた。けが人は2人いたという。';
    expect(namesOf(text, ['3時間', '2人'])).toEqual(['市消防局', '市消防局']);
  });

  it('hearsay with nothing in force stays unattributed', () => {
    expect(nameOf('この事故で乗客5人がけがをしたとみられる。', '5人')).toBe('');
    expect(nameOf('被害は10億円に上ると報じられている。', '10億円')).toBe('');
  });

  it('hearsay that relays what was told goes on with the source the paragraph before named', () => {
    const text = '市消防局によると、火は3時間後に消えた。\nけが人は2人いたという。';
    expect(namesOf(text, ['3時間', '2人'])).toEqual(['市消防局', '市消防局']);
  });

  it('…のだそう / …そうで / …とのことだ carry it on, paragraph after paragraph', () => {
    const text =
      '川辺製麺によると、看板のうどんは月に4万食売れるという。\n' +
      '発売から最初の5年は1日20食しか出なかったのだそう。\n' +
      '去年の冬に一番伸びたそうで、ひと月で6万食を売ったとのことだ。';
    expect(namesOf(text, ['4万食', '20食', '6万食'])).toEqual(['川辺製麺', '川辺製麺', '川辺製麺']);
  });

  it('…のだとか closes hearsay too; a list with とか does not', () => {
    const text = '川辺製麺によると、うどんは月に4万食売れるという。\n去年は6万食も売れたのだとか。';
    expect(namesOf(text, ['4万食', '6万食'])).toEqual(['川辺製麺', '川辺製麺']);
    const list = '川辺製麺によると、うどんは月に4万食売れるという。\n客は3人とか4人とかで来る。';
    expect(namesOf(list, ['4万食', '3人'])).toEqual(['川辺製麺', '']);
  });

  it('a subhead between the paragraphs is passed through', () => {
    const text = '川辺製麺によると、うどんは月に4万食売れるという。\n■冬は倍に\n冬は8万食ほど売れるそうだ。';
    expect(namesOf(text, ['4万食', '8万食'])).toEqual(['川辺製麺', '川辺製麺']);
  });

  it('the そう of appearance is no hearsay: 売れそうだ', () => {
    const text = '川辺製麺によると、看板のうどんは月に4万食売れるという。\n来月は5万食は売れそうだ。';
    expect(namesOf(text, ['4万食', '5万食'])).toEqual(['川辺製麺', '']);
  });

  it('but not across a paragraph of the outlet’s own narration', () => {
    const text =
      '川辺製麺によると、看板のうどんは月に4万食売れるという。\n店は駅から歩いて10分の場所にある。\n' +
      '客の7割は常連だという。';
    expect(namesOf(text, ['4万食', '10分', '7割'])).toEqual(['川辺製麺', '', '']);
  });

  it('nor past a paragraph that cites someone else, named or not', () => {
    const named =
      '川辺製麺によると、うどんは月に4万食売れるという。\n市の観光課によると、客は年に3万人だ。\n7割は県外からだという。';
    expect(namesOf(named, ['4万食', '3万人', '7割'])).toEqual(['川辺製麺', '市の観光課', '市の観光課']);
    const unnamed = '川辺製麺によると、うどんは月に4万食売れるという。\nある調査では、客の7割が県外からだという。';
    expect(namesOf(unnamed, ['4万食', '7割'])[1]).not.toBe('川辺製麺');
  });

  it('nor past a paragraph citing another speaker (常連の方のお話によりますと)', () => {
    const text =
      '川辺製麺によると、うどんは月に4万食売れるという。\n店の常連の方のお話によりますと、客の7割は県外からだということです。';
    expect(namesOf(text, ['4万食', '7割'])[1]).not.toBe('川辺製麺');
  });

  it('nor through a paragraph citing someone it cannot name (同庁 with no 庁 before), into the one after', () => {
    const text =
      '川辺製麺によると、うどんは月に4万食売れるという。\n' +
      '同庁によりますと、客の7割は県外からだということです。\n' +
      '平日でも2時間待つこともあるという。';
    expect(namesOf(text, ['4万食', '7割', '2時間'])[2]).not.toBe('川辺製麺');
  });

  it('nor past an according-to whose owner is not written (現地からの報道によりますと)', () => {
    const text =
      '同国の報道官は、死者は30人を超えたと明らかにした。\n現地からの報道によりますと、避難した住民は1万人に上るということです。';
    expect(namesOf(text, ['30人', '1万人'])).toEqual(['同国の報道官', '']);
  });

  it('nor into hearsay after such a citation in its own paragraph', () => {
    const text =
      '川辺製麺によると、うどんは月に4万食売れるという。\n同庁によりますと、客は増えた。7割は県外からだという。';
    expect(namesOf(text, ['4万食', '7割'])).toEqual(['川辺製麺', '']);
  });

  it('nor into a new scene (県内ではこのほか、…ということです)', () => {
    const text =
      '町によりますと、避難所には150人が身を寄せているということです。\n県内ではこのほか、3つの市で浸水被害が出ているということです。';
    expect(namesOf(text, ['150人', '3つ'])).toEqual(['町', '']);
  });

  it('impersonal hearsay (…とみられる) stays in its paragraph', () => {
    const text = '市消防局によると、火は3時間後に消えた。\n損害は1億円に上るとみられる。';
    expect(namesOf(text, ['3時間', '1億円'])).toEqual(['市消防局', '']);
  });

  it('a sentence opening with さらに continues the report', () => {
    const text = '財団の調査では、回答者の7割が賛成した。さらに、2割が導入を急ぐべきだとした。';
    expect(namesOf(text, ['7割', '2割'])).toEqual(['財団', '財団']);
  });

  it('a dated announcement stays in force for the next paragraph', () => {
    const text = '家電大手のサクラ電機は5日、新型の冷蔵庫を発表した。\n容量は600リットルで、価格は30万円。';
    expect(namesOf(text, ['600リットル', '30万円'])).toEqual(['家電大手のサクラ電機', '家電大手のサクラ電機']);
  });

  it('but not for the paragraph after that, nor into an editor’s note', () => {
    const text = 'サクラ電機は5日、新型の冷蔵庫を発表した。\n容量は600リットル。\n同社の創業は80年前だ。';
    expect(namesOf(text, ['600リットル', '80年'])).toEqual(['サクラ電機', '']);
    const note = 'サクラ電機は5日、新型の冷蔵庫を発表した。\n（訂正：容量を500リットルに改めました）';
    expect(nameOf(note, '500リットル')).toBe('');
  });

  it('「…」。Xさん（54）はこう話す: the speaker’s age does not stop the carry-back', () => {
    const text = '「売り上げは3割減った」。店主の木村誠さん（61）はこう話す。';
    expect(nameOf(text, '3割')).toContain('木村誠');
  });

  it('「…」。店を営む女性はそう話す: an object in the clause describing the speaker does not stop it', () => {
    expect(nameOf('「1日に50人は来る」。店を切り盛りする女性はそう話す。', '50人')).toBe('女性');
    // Without こう / そう, a sentence with an object reports that object, not the quote before.
    expect(nameOf('「1日に50人は来る」。店を切り盛りする女性は新しい店の計画を話した。', '50人')).toBe('');
  });

  it('but not once the next paragraph names a source of its own', () => {
    // 県警によると at the head of the paragraph holds for the paragraph; 市消防局 no longer does.
    const text = '市消防局が4日、発表した。\n県警によると、逮捕者は12人。過去5年で最も多い。';
    expect(namesOf(text, ['12人', '5年'])).toEqual(['県警', '県警']);
  });

  it('a subjectless report takes the paragraph’s topic: 米社は…を開催。…を発表しました', () => {
    const text =
      '米ソフト大手のクラウドワークスは3日、開発者会議を開いた。新サービスで処理速度を4倍にすると発表しました。';
    expect(nameOf(text, '4倍')).toContain('クラウドワークス');
  });
});

describe('what does not carry back', () => {
  it('a sentence that says more than who (a を-object) is its own report', () => {
    const text = '死者は8人に上った。消防は現場の状況を明らかにした。';
    expect(nameOf(text, '8人')).toBe('');
  });

  it('a bare sentence with a verb that does not attribute (述べた about something else)', () => {
    const text = '死者は8人に上った。知事は会見で今後について述べた。';
    expect(nameOf(text, '8人')).toBe('');
  });

  it('the next sentence never attributes backwards when it has its own figure', () => {
    const text = '死者は8人に上った。消防によると、けが人は3人だった。';
    expect(nameOf(text, '8人')).toBe('');
  });
});

describe('a body that makes its figures known in the lede (…と明らかにした)', () => {
  it('announces them: the plain sentences after it are its release', () => {
    const text =
      '東和県警は、今年上半期の特殊詐欺の被害額が約18億円に上ったと明らかにした。認知件数は前年同期比35%増の612件。被害者の約7割が65歳以上だった。';
    expect(namesOf(text, ['612件', '約7割'])).toEqual(['東和県警', '東和県警']);
  });

  it('a person who 明らかにした only speaks: the next sentence is not theirs', () => {
    const text = '山本一郎知事は、来年度から保育料を無償にすると明らかにした。県の人口は約180万人だ。';
    expect(namesOf(text, ['約180万人'])).toEqual(['']);
  });
});

describe('こう話した and published reports', () => {
  it('「…」。Xはそう漏らした: そう before any verb of the person names the quote’s speaker', () => {
    const text = '「売り上げより、10年後に店があるかが心配だ」。商店会の会長、森田和夫さん（68）はそう漏らした。';
    expect(nameOf(text, '10年後')).toBe('森田和夫さん');
    const laughed = '「今年は3割増えました」。店主の川口さんはそう笑った。';
    expect(nameOf(laughed, '3割')).toBe('店主の川口さん');
    // Not after a sentence of the writer's, and not with a verb of becoming or a passive.
    expect(nameOf('売上高は850億円だった。社長の田中さんはそう信じている。', '850億円')).toBe('');
    expect(nameOf('「今年は3割増えた」。市場もそうなった。', '3割')).toBe('');
  });

  it('「…」。Xはこう話した attributes the quote before it, without the age in the name', () => {
    const s = sourceOf('「列に2時間並んだ」。近くに住む男性（70）はこう話した。', '2時間');
    expect(s?.name).toBe('男性');
    expect(s?.type).toBe('anonymous');
  });

  it('Xが発表したY(は) credits the figures of the sentence to X', () => {
    const text = '財務省が8日発表した国際収支統計は、経常黒字が12兆円だった。';
    expect(nameOf(text, '12兆円')).toBe('財務省');
  });

  it('with what the figure was worked out from between the party and its verb (Xが…から推計したY)', () => {
    expect(nameOf('一方、東和署が周辺の人出などから推計した人出は約20万人だった。', '約20万人')).toBe('東和署');
    expect(nameOf('東和総研が統計をもとに試算した経済効果は約40億円だった。', '約40億円')).toBe('東和総研');
    // Taking something from somewhere reports nothing.
    expect(nameOf('警察が現場から押収した現金は約300万円だった。', '約300万円')).toBe('');
  });
});

describe('headlines and captions', () => {
  it('a caption line (no full stop) after an announcement gets no carried source', () => {
    const caption = 'サクラ電機は5日、新型の冷蔵庫を発表した。\n新型冷蔵庫は容量600リットル';
    expect(nameOf(caption, '600リットル')).toBe('');
    const body = 'サクラ電機は5日、新型の冷蔵庫を発表した。\n新型冷蔵庫は容量600リットル。';
    expect(nameOf(body, '600リットル')).toBe('サクラ電機');
  });
});

describe('borrowing a speaker', () => {
  it('a report with a topic of its own borrows no speaker, even when the topic is no source', () => {
    expect(nameOf('山川市長は会見した。対象人数は300人程度としている。', '300人')).toBe('');
  });

  it('a report with no subject at all borrows the paragraph’s topic', () => {
    expect(nameOf('山川市長は会見した。対象を300人に広げるとしている。', '300人')).toBe('山川市長');
  });
});

describe('the cue of a carried source', () => {
  it('is the hearsay cue of the figure’s own sentence', () => {
    const s = sourcesOf('市消防局によると、火は3時間後に消えた。けが人は2人いたという。', ['3時間', '2人']);
    expect(s.map((x) => x?.cue)).toEqual(['によると', 'という']);
  });
});

describe('respondents answer the survey of whoever conducted it', () => {
  it('回答者の3割が…と答えた: the body that surveyed them, not the outlet', () => {
    expect(nameOf('市は住民に調査した。回答者の3割が不満だと答えた。', '3割')).toBe('市');
    const text = '調査は東和損保が10月に実施し、1000人が回答した。\n65%が将来に不安を感じていると答えた。';
    expect(sourcesOf(text, ['1000人', '65%']).map((s) => s?.name)).toEqual(['東和損保', '東和損保']);
  });

  it('集計には760の労働組合が回答した: those who took part in a tally are not its source, its maker is', () => {
    const text =
      '東和労働組合総連合は6日、春闘の最終集計を発表した。賃上げ率は平均4.8%だった。集計には640の労働組合が回答した。';
    expect(namesOf(text, ['4.8%', '640'])).toEqual(['東和労働組合総連合', '東和労働組合総連合']);
    // With no maker named, nobody: the respondents are still no source.
    expect(nameOf('集計には640の労働組合が回答した。', '640')).toBe('');
    // Answering with words (…と回答した) is still what they said.
    expect(nameOf('北辰電機は、賃上げ率は5%だと回答した。', '5%')).toBe('北辰電機');
  });

  it('but respondents are not borrowed speakers when no one is said to have surveyed them', () => {
    expect(nameOf('回答者の3割が不満だと答えた。', '3割')).toBe('');
    expect(nameOf('市は住民の声を聞いた。回答者の3割が不満だと答えた。', '3割')).toBe('');
  });

  it('and a named person who answers speaks for themself', () => {
    const text = '東和損保が若者に調査した。取材に対し、田中社長は「契約は2割増えた」と答えた。';
    expect(nameOf(text, '2割')).toBe('田中社長');
  });
});

describe('a carried-back source stays in force', () => {
  it('「…。X が明らかにした。…という。」 gives the hearsay to X', () => {
    const text = '倉庫が全焼した。市消防局が2日、明らかにした。けが人は3人いたという。';
    expect(nameOf(text, '3人')).toBe('市消防局');
  });
});

describe('a sentence naming the report the one before it quotes', () => {
  it('「…だった。XがN日公表したYの速報値である。」 gives the figure to X', () => {
    const text = '昨年の出生数は70万人余りだった。厚生労働省が5日公表した人口動態統計の速報値である。';
    expect(nameOf(text, '70万人余り')).toBe('厚生労働省');
    const desu = '新車の販売は前年より1割減った。業界団体が今月まとめた集計です。';
    expect(nameOf(desu, '1割')).toBe('業界団体');
  });

  it('「…。Xがまとめた見通しで示された。」: the report the figures were shown in', () => {
    const shown = '来年度の販売台数は2%減の410万台程度となる。東和経済研究所が3月にまとめた見通しで示された。';
    expect(nameOf(shown, '410万台程度')).toBe('東和経済研究所');
    expect(nameOf(shown, '2%減')).toBe('東和経済研究所');
    const polite = '今年の来場者は12万人前後になる。北辰観光協会の試算で示されています。';
    expect(nameOf(polite, '12万人前後')).toBe('北辰観光協会');
    // A plan shown at a meeting, with a topic of its own, is no report of the figures.
    const meeting = '来年度の販売台数は410万台程度となる。この方針は東和電機の会議で示された。';
    expect(nameOf(meeting, '410万台程度')).toBe('');
  });

  it('「…。XがN日発表した数字で、…」: the report named at the head of a sentence that goes on with figures', () => {
    const text = '夏祭りには延べ85万人が訪れた。主催する北浜祭り実行委員会が発表した数字で、昨年を3万人ほど上回った。';
    expect(namesOf(text, ['85万人', '3万人ほど'])).toEqual(['北浜祭り実行委員会', '北浜祭り実行委員会']);
    // 数字 is the figure written last: the festival's days before it are the writer's.
    const days = '夏祭りは4日間、延べ85万人の人出でにぎわった。主催する実行委員会が発表した数字で、昨年を上回った。';
    expect(namesOf(days, ['4日間', '85万人'])).toEqual(['', '実行委員会']);
    // A report cited later in the sentence (…の調査で) is its own sentence's, not the one before's.
    const later = '来場者は延べ12万人だった。前年を2割上回ったことが、市の発表した集計で分かった。';
    expect(nameOf(later, '12万人')).toBe('');
  });

  it('「…件だった。XがN日、速報値を公表した。」: a report of data made public credits the figures before it', () => {
    const text = '県内の空き家は過去最多の4万2000戸だった。北山県が18日、調査結果を公表した。';
    expect(nameOf(text, '4万2000戸')).toBe('北山県');
    const value = '上半期の出荷量は前年より8%増えた。業界団体が10日、速報値を発表した。';
    expect(nameOf(value, '8%')).toBe('業界団体');
    // Something else made public is no report of the figures; nor is a report in the next paragraph.
    expect(nameOf('県内の空き家は4万2000戸だった。北山県が18日、新たな対策を発表した。', '4万2000戸')).toBe('');
    expect(nameOf('県内の空き家は4万2000戸だった。\n北山県が18日、調査結果を公表した。', '4万2000戸')).toBe('');
  });

  it('but not a remark on the figure, a sentence with a topic, nor across a paragraph', () => {
    const remark = '昨年の出生数は70万人余りだった。統計を取り始めてから最も少ない数字である。';
    expect(nameOf(remark, '70万人余り')).toBe('');
    const topic = '昨年の出生数は70万人余りだった。厚生労働省が5日公表した統計は、婚姻の減少も示している。';
    expect(nameOf(topic, '70万人余り')).toBe('');
    const apart = '昨年の出生数は70万人余りだった。\n厚生労働省が5日公表した人口動態統計の速報値である。';
    expect(nameOf(apart, '70万人余り')).toBe('');
  });
});

describe('background on the party that announced', () => {
  const lede = '東和電機は10日、新型の業務用端末を来月発売すると発表した。価格は1台20万円。\n';

  it('is the outlet’s: 同社の国内シェアは…, 同社は…の創業で, 東和電機の社員は…', () => {
    expect(nameOf(`${lede}同社の国内シェアは約10%で、業界3位。`, '約10%')).toBe('');
    expect(nameOf(`${lede}同社は1950年の創業で、従業員は約5000人。`, '約5000人')).toBe('');
    expect(nameOf(`${lede}また、東和電機の工場は国内に4カ所ある。`, '4カ所')).toBe('');
    // …or by the start of its name: 東和 for 東和電機.
    expect(nameOf(`${lede}東和は過去にも約90万台を回収した。`, '約90万台')).toBe('');
  });

  it('while what was announced goes on: 画面は約10型…', () => {
    expect(nameOf(`${lede}画面は約10型で、重さは約1.2キロ。`, '約10型')).toBe('東和電機');
  });

  it('and the company speaking of itself is still its own source (同社は…を見込む)', () => {
    expect(nameOf(`${lede}同社は初年度に5万台の販売を見込む。`, '5万台')).toBe('東和電機');
  });
});

describe('a published report as the subject of the lede (XがN日発表したYは…)', () => {
  it('stays in force for the plain sentences after it', () => {
    const text = '米商務省が発表した7～9月期の国内総生産（GDP）は、前期比2.8%増えた。個人消費が3.7%増と堅調だった。';
    expect(sourcesOf(text, ['2.8%', '3.7%']).map((s) => s?.name)).toEqual(['米商務省', '米商務省']);
  });

  it('but not into the next paragraph, nor when its own sentence gave no figure', () => {
    const text = '米商務省が発表したGDPは、前期比2.8%増えた。\n民間の予測では、成長率は3%前後とみられていた。';
    expect(sourcesOf(text, ['2.8%', '3%']).map((s) => s?.name)).toEqual(['米商務省', undefined]);
    expect(nameOf('研究所が発表した推計は誤りだった。人口は3万人だった。', '3万人')).toBe('');
  });

  it('and what a party compiled is theirs whatever it is called: まとめた新車販売台数は', () => {
    const text = '日本東和協会がまとめた新車販売台数は、前年同月比8%減の35万台だった。減少は3カ月連続。';
    expect(sourcesOf(text, ['8%', '35万台', '3カ月']).map((s) => s?.name)).toEqual([
      '日本東和協会',
      '日本東和協会',
      '日本東和協会',
    ]);
  });

  it('and so are the figures a party worked out, written before a noun (試算した経済効果は)', () => {
    expect(nameOf('東和総研が試算した経済効果は、約40億円に上る。', '約40億円')).toBe('東和総研');
    expect(nameOf('北陸経済研究所が独自に推計した来訪者数は、年間約300万人だった。', '約300万人')).toBe(
      '北陸経済研究所',
    );
    // 予想した以上に: a comparison, no report.
    expect(nameOf('市が予想した以上に、来場者は5万人を超えた。', '5万人')).toBe('');
  });

  it('but まとめた with an object of its own is no compiled report, and まとめたところ still finds', () => {
    expect(nameOf('男が荷物をまとめた部屋には、現金3万円が残っていた。', '3万円')).toBe('');
    const found = '3月1日に総務省が効果の試算をまとめたところ、恩恵は年約1万円にとどまった。';
    expect(nameOf(found, '年約1万円')).toBe('総務省');
  });
});

describe('respondents counted by their answer (と答えた人は…)', () => {
  it('are the survey last cited, in the next paragraph too', () => {
    const text =
      '東和放送が行った世論調査によりますと、内閣を支持すると答えた人は35％でした。\n支持しないと答えた人は45％でした。';
    const s = sourcesOf(text, ['35％', '45％']);
    expect(s.map((x) => x?.name)).toEqual(['東和放送', '東和放送']);
    expect(s[1]?.cue).toBe('と答えた人');
  });

  it('but with no survey cited, they are no one’s', () => {
    expect(nameOf('支持しないと答えた人は45％でした。', '45％')).toBe('');
  });
});

describe('the article’s first sentence announces, dated or not', () => {
  it('keeps its party in force like a dated lede', () => {
    const text =
      '新薬で患者の6割に効果\n東和製薬は、新薬の臨床試験で患者の約6割に効果が確認されたと発表した。試験には約500人が参加した。';
    expect(sourcesOf(text, ['約6割', '約500人']).map((s) => s?.name)).toEqual(['東和製薬', '東和製薬']);
  });

  it('but an undated announcement later in the article does not', () => {
    const text = '市内で大雨が続いた。\n東和製薬は、工場の操業を止めたと発表した。従業員は約500人いる。';
    expect(nameOf(text, '約500人')).toBe('');
  });
});

describe('a sentence that sums up the ones before (こうした状況を明らかにした)', () => {
  const text =
    '南部の診療所2カ所では、先週だけで約500人が治療を受けた。診療所まで8時間歩く住民もいる。' +
    '国際医療団の現地代表が3日、声明でこうした状況を明らかにした。';

  it('names the party of the paragraph’s sentences before it that cite no one', () => {
    expect(namesOf(text, ['2カ所', '約500人', '8時間'])).toEqual(Array(3).fill('国際医療団の現地代表'));
  });

  it('stops at a sentence that cites someone else, and at the paragraph', () => {
    const cited =
      '市によると、避難者は300人に上る。診療所まで8時間歩く住民もいる。国際医療団がこうした状況を明らかにした。';
    expect(namesOf(cited, ['300人', '8時間'])).toEqual(['市', '国際医療団']);
    const apart = '避難者は300人に上る。\n国際医療団の代表が、こうした状況を明らかにした。';
    expect(namesOf(apart, ['300人'])).toEqual(['']);
  });

  it('a view shown sums up as well: こうした見通しを示した', () => {
    const text =
      '夏場は電力の需要が増える。8月の3日間で最大約40万キロワットが不足する恐れがある。東和電力が先週、こうした見通しを示した。';
    expect(namesOf(text, ['3日間', '約40万キロワット'])).toEqual(['東和電力', '東和電力']);
    const fresh = '8月の3日間で約40万キロワットが不足する恐れがある。東和電力は先週、新たな見通しを示した。';
    expect(namesOf(fresh, ['約40万キロワット'])).toEqual(['']);
  });

  it('but a sentence with figures of its own reports them, not those before', () => {
    const own = '避難者は300人に上る。国際医療団は、こうした状況を踏まえて5億円を支援すると発表した。';
    expect(namesOf(own, ['300人'])).toEqual(['']);
  });
});

describe('a sentence closing the paragraph that names its findings (こうした推計を、Xが明らかにした)', () => {
  it('names the party of every figure the paragraph told before it', () => {
    const est =
      '昨年の県内の観光消費額は4200億円で、過去最高を更新した。一人当たりは約3万円だった。' +
      'こうした推計を、東和県観光局が29日明らかにした。';
    expect(namesOf(est, ['4200億円', '約3万円'])).toEqual(['東和県観光局', '東和県観光局']);
    const numbers =
      '昨年度の空き家は１万２３００戸で、前年度より８％増えた。このうち老朽化したものは約３千戸だった。' +
      'これらの数字は、北浜県住宅課が１２日にまとめた。';
    expect(namesOf(numbers, ['１万２３００戸', '８％', '約３千戸'])).toEqual(Array(3).fill('北浜県住宅課'));
  });

  it('with or without a noun, by any verb of making known, in a broadcaster’s register', () => {
    const above =
      '今年の梨の出荷量は4200トンで、前年を15%下回った。平均単価も580円だった。以上は、山辺果樹協会がまとめた。';
    expect(namesOf(above, ['4200トン', '15%', '580円'])).toEqual(Array(3).fill('山辺果樹協会'));
    const tally =
      '祭りの来場者は52万人で、前年より3万人増えました。この集計結果を、緑川町観光協会が発表したということです。';
    expect(namesOf(tally, ['52万人', '3万人'])).toEqual(['緑川町観光協会', '緑川町観光協会']);
  });

  it('not こうした中、 (a connective naming no findings), nor past another party or the paragraph', () => {
    const meanwhile = '祭りの来場者は52万人で、前年より3万人増えた。こうした中、緑川町観光協会は新たな計画を発表した。';
    expect(namesOf(meanwhile, ['52万人', '3万人'])).toEqual(['', '']);
    const other =
      '東洋データによると、県内の倒産は120件だった。負債総額は340億円に上った。こうした推計を、県信用保証協会も明らかにした。';
    expect(namesOf(other, ['120件'])).toEqual(['東洋データ']);
    const apart = '北浜市の人口は約12万人だ。\n今年の出荷量は4200トンだった。以上は、山辺果樹協会がまとめた。';
    expect(namesOf(apart, ['約12万人', '4200トン'])).toEqual(['', '山辺果樹協会']);
    const quoted = '組合長は「出荷は3割減った」と話した。以上は、山辺果樹協会がまとめた。';
    expect(namesOf(quoted, ['3割'])).toEqual(['組合長']);
  });
});

describe('a broadcaster’s one-sentence paragraphs going on with an announcement', () => {
  it('pass it on while each gives figures of the release and cites no one', () => {
    const text = [
      '東和県消防局は、先週1週間に熱中症で救急搬送された人が8215人に上ったと発表しました。',
      'このうち65歳以上の高齢者が約57%を占めました。',
      '市町村別では、北川市が最も多い712人でした。',
    ].join('\n');
    expect(namesOf(text, ['約57%', '712人'])).toEqual(['東和県消防局', '東和県消防局']);
  });

  it('but not past a paragraph with no figure, nor past one that cites someone', () => {
    const plain = [
      '東和県消防局は、搬送者が8215人に上ったと発表しました。',
      '予防を呼びかけています。',
      '北川市は712人でした。',
    ];
    expect(namesOf(plain.join('\n'), ['712人'])).toEqual(['']);
    const cited = [
      '東和県消防局は、搬送者が8215人に上ったと発表しました。',
      '北川大学の調べでは、屋内での発症が約4割を占めます。',
      '北川市が最も多い712人でした。',
    ];
    expect(namesOf(cited.join('\n'), ['712人'])).toEqual(['']);
  });
});

describe('an announcement kept in force by a paragraph citing the same party', () => {
  const release = [
    '北山省は8日、小型船の安全ルールを見直すと発表した。検査の期間を10開庁日から5開庁日に短縮する。',
    '同省によると、昨年度の申請は約7万件だった。利用が伸びているという。',
  ];

  it('reaches the subjectless measures of the paragraph after (船体登録の制度も改める)', () => {
    const text = [...release, '船体登録の制度も改める。3年ごとの更新の間隔を5年に延ばす。'].join('\n');
    expect(namesOf(text, ['約7万件', '3年', '5年'])).toEqual(['北山省', '北山省', '北山省']);
  });

  it('not a new scene with a topic of its own, nor two paragraphs on', () => {
    const scene = [...release, '北山市の60代の男性は、船の検査に3週間待った。'].join('\n');
    expect(namesOf(scene, ['3週間'])).toEqual(['']);
    const far = [...release, '船体登録の制度も改める。', '港の岸壁は延長400メートルある。'].join('\n');
    expect(namesOf(far, ['400メートル'])).toEqual(['']);
    // Another party cited in between ends it as before. (An act on an object with its subject left
    // out, 3年ごとの更新を5年に延ばす, stays the story's body's whatever was cited: sources/plans.ts.)
    const other = [
      release[0],
      '南海大学の調べでは、事故は年に120件あった。',
      '船体登録の制度も改める。全長3メートル以上の船が対象となる。',
    ].join('\n');
    expect(namesOf(other, ['3メートル以上'])).toEqual(['']);
  });
});
