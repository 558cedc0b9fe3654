import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// What a party plans or forecasts is its own claim: only it can say what it will do.
describe('a plan or forecast closing the sentence', () => {
  it('is its topic’s: 政府は…を投じる, 同社は…を見込んでいる, …採用する予定です', () => {
    expect(namesOf('政府は少子化対策として、年3兆円規模を投じる。', ['年3兆円'])).toEqual(['政府']);
    const company = '東和電機は、来期の純利益を5%増の300億円と見込んでいる。東和電機は新卒を100人採用する予定です。';
    expect(namesOf(company, ['300億円', '100人'])).toEqual(['東和電機', '東和電機']);
  });

  it('is any act a body written as its topic sets ahead of now (研修を今月中に2回開く, 来年度に3校を新設する)', () => {
    const text =
      '東和県は、新しい制度が始まったことを受け、職員向けの研修を今月中に3回開く。東和市は来年度、小学校を2校新設します。';
    expect(namesOf(text, ['3回', '2校'])).toEqual(['東和県', '東和市']);
    // Done (開いた), with no time ahead (毎年3回開く), or told of a thing or a person, it is no plan.
    expect(namesOf('東和県は先月、研修を3回開いた。', ['3回'])).toEqual(['']);
    expect(namesOf('東和県は毎年、研修を3回開く。', ['3回'])).toEqual(['']);
    expect(namesOf('新庁舎は来年3月までに5階建てで完成する。', ['5階'])).toEqual(['']);
    // A team known only by its name is told of: 東和ライオンズは来週、6連戦を戦う.
    expect(namesOf('東和ライオンズは来週、敵地で6連戦を戦う。', ['6連戦'])).toEqual(['']);
    // Weighed (…かどうか検討する) or done up to now (これまでに決めている), it is no plan either.
    expect(namesOf('東和県は年内に20億円の予算を組むかどうか検討する。', ['20億円'])).toEqual(['']);
    expect(namesOf('東和県はこれまでに計30億円の支援を決めている。', ['30億円'])).toEqual(['']);
  });

  it('is a plan being worked out (…に抑える方向で調整を進めています, …増やす方針で検討している)', () => {
    const text =
      '東和県は、10月には料金を175円程度に抑える方向で調整を進めています。政府は、補助金を3割増やす方針で検討している。';
    expect(namesOf(text, ['175円程度', '3割'])).toEqual(['東和県', '政府']);
    // What others work out is not the topic's plan: 市長は…方向で調整が進んでいると述べた is a quote.
    expect(namesOf('東和県は、料金が2割上がったため調整を進めている。', ['2割'])).toEqual(['']);
  });

  it('with its subject left out, is the body the article is about', () => {
    const text =
      '東和電機が10日発表した決算は、純利益が2割増えた。\n' +
      '来期は売上高が3%増の5000億円、純利益は1%増の300億円を見込む。年間配当は10円増やして60円とする計画だ。';
    expect(namesOf(text, ['5000億円', '300億円', '60円'])).toEqual(['東和電機', '東和電機', '東和電機']);
  });

  it('an act on an object with no subject at all (…の希望退職を募る) is the body’s plan too', () => {
    const text =
      '東和電機は10日、業績予想を下方修正した。純利益は従来予想より30%少ない700億円を見込む。国内で500人の希望退職を募る。';
    expect(namesOf(text, ['500人'])).toEqual(['東和電機']);
    // A habit (毎年…開く), an act with a topic of its own, or one with no body in the story is none.
    expect(namesOf('東和県は研修を開いている。毎年3回研修を開く。', ['3回'])).toEqual(['']);
    expect(namesOf('山田さんは毎朝5時に起きる。30分かけて店の前を掃除する。', ['30分'])).toEqual(['']);
    expect(namesOf('大雨\n気象庁によると、県内では雨が300ミリを超えた。\n堤防を3カ所補強する。', ['3カ所'])).toEqual([
      '',
    ]);
  });

  it('but not a source only cited before (気象庁によると… then …する計画だ)', () => {
    const text = '大雨\n気象庁によると、県内では12日、雨量が300ミリを超えた。\n来年度は堤防を3カ所補強する計画だ。';
    expect(namesOf(text, ['3カ所'])).toEqual(['']);
  });

  it('but not when a person was named last: the plan is not theirs to make', () => {
    const text = '山田教授は「難しい課題だ」と述べた。来年は調査を3回行う予定だ。';
    expect(namesOf(text, ['3回'])).toEqual(['']);
  });

  it('nor when it is done (投じた), said of others (見込む声が多い), a state (占める) or an aim (目指す)', () => {
    expect(namesOf('政府は昨年、対策に3兆円を投じた。', ['3兆円'])).toEqual(['']);
    expect(namesOf('市場では来期も3%の成長を見込む声が多い。', ['3%'])).toEqual(['']);
    expect(namesOf('東和電機は国内市場の約10%を占める。', ['約10%'])).toEqual(['']);
    expect(namesOf('東和FCは、リーグ3連覇を目指す。', ['3連覇'])).toEqual(['']);
  });
});

describe('a body setting a value it controls (引き上げる, 引き下げる, 修正する), in either tense', () => {
  it('is that body’s figure: a rate, a wage, its own forecast', () => {
    expect(namesOf('東和銀行は、来春の初任給を30万円に引き上げた。', ['30万円'])).toEqual(['東和銀行']);
    expect(namesOf('県は、移住支援金を最大100万円に引き上げる。', ['最大100万円'])).toEqual(['県']);
    const revised = '東和電機は8日、業績予想を下方修正し、純利益を前期比20%減の300億円に引き下げた。';
    expect(namesOf(revised, ['20%', '300億円'])).toEqual(['東和電機', '東和電機']);
    expect(namesOf('北山電機は、今期の純利益の予想を500億円に上方修正した。', ['500億円'])).toEqual(['北山電機']);
  });

  it('and a plan stated as a figure with と (…を1000万台と計画している) is the planner’s', () => {
    expect(namesOf('東和自動車は、今年度の世界販売を1000万台と計画している。', ['1000万台'])).toEqual(['東和自動車']);
  });

  it('but not a person’s deed, nor a count of companies a survey tallies', () => {
    expect(namesOf('山田選手は、打率を3割1分に引き上げた。', ['3割1分'])).toEqual(['']);
    expect(namesOf('ビール大手4社は缶ビールを10月から6～10%程度引き上げる。', ['4社', '6～10%'])).toEqual(['', '']);
  });
});

describe('a plan noun closing the sentence with no copula (…増やす方針。)', () => {
  it('is its topic’s plan, an abbreviated board (市教委, 府警) included', () => {
    expect(namesOf('市教委は来年度、学校図書館の司書を約80人に増やす方針。', ['約80人'])).toEqual(['市教委']);
    expect(namesOf('府警は年内に、防犯カメラを300台増やす予定。', ['300台'])).toEqual(['府警']);
  });

  it('and so is a shortened commission or election board (規制委, 県選管) as its topic', () => {
    expect(sourcesOf('規制委は来年度、検査官を40人増やす方針。', ['40人'])[0]).toMatchObject({
      name: '規制委',
      type: 'government',
    });
    expect(namesOf('県選管は、期日前投票所を12か所に増やす予定だ。', ['12か所'])).toEqual(['県選管']);
  });

  it('but not a plan noun after a past verb or standing alone', () => {
    expect(namesOf('市教委は昨年、司書を約80人に増やした方針。', ['約80人'])).toEqual(['']);
    expect(namesOf('司書は約80人。今後の方針。', ['約80人'])).toEqual(['']);
  });

  it('nor a thing planned (…建設されていく予定。): its subject plans nothing', () => {
    expect(namesOf('新しい庁舎は、約2年かけて駅前に建設されていく予定。', ['約2年'])).toEqual(['']);
  });
});

describe('a municipality opening the sentence with では', () => {
  it('plans as its government (松江市では…方針だ), not the source cited before', () => {
    const text =
      '観光庁によると、消費額は約5兆円だった。松江市では混雑対策として、来年度から駐車料金を1.5倍に引き上げる方針だ。';
    expect(namesOf(text, ['約5兆円', '1.5倍'])).toEqual(['観光庁', '松江市']);
  });

  it('but a country or an area within a place (市内では) plans nothing by that', () => {
    expect(namesOf('市内では、来年度に店舗が30店増える予定だ。', ['30店'])).toEqual(['']);
  });
});

describe('a subjectless forecast right after a person’s words', () => {
  it('is that person’s view (…と指摘。…を見込む), not the release the article opened with', () => {
    const text =
      '内閣府が14日発表した速報値は、年率2.0%増だった。' +
      '東和総研の山本一郎主任研究員は「輸出の反動は避けられない」と分析。10〜12月期は年率0.8%程度の減少を見込む。';
    expect(namesOf(text, ['年率2.0%増', '0.8%程度'])).toEqual(['内閣府', '東和総研の山本一郎主任研究員']);
  });

  it('only in the very next sentence: with a sentence between, the economist is no longer who forecasts', () => {
    const text =
      '内閣府が14日発表した速報値は、年率2.0%増だった。' +
      '東和総研の山本一郎主任研究員は「輸出の反動は避けられない」と分析。個人消費も力強さを欠いた。' +
      '10〜12月期は年率0.8%程度の減少を見込む。';
    expect(namesOf(text, ['0.8%程度'])).not.toEqual(['東和総研の山本一郎主任研究員']);
  });

  it('but a forecast after words of the body’s own officer is the body’s', () => {
    const text =
      '東和電機が10日発表した決算は、純利益が2割増えた。東和電機の田中社長は「海外が伸びた」と述べた。' +
      '来期は売上高5000億円を見込む。';
    expect(namesOf(text, ['5000億円'])).toEqual(['東和電機']);
  });
});

describe('a body settling its own figures (据え置いた, 見直した, 計上した, 盛り込んだ, 取り崩す)', () => {
  it('with the subject left out, in either tense, is the body the story announced', () => {
    const city =
      '北山市は7日、新年度予算案を発表した。\n財源不足を補うため、基金から15億円を取り崩す。' +
      '保育所の定員を増やす事業に8億円を計上した。\n駅前の再開発には総額60億円を投じる計画で、初年度分として12億円を盛り込んだ。';
    expect(namesOf(city, ['15億円', '8億円', '60億円', '12億円'])).toEqual(['北山市', '北山市', '北山市', '北山市']);
    const company =
      '東和電機が5日発表した決算は、純利益が3%増の500億円となった。\n' +
      '通期の業績予想は、売上高4000億円といずれも据え置いた。下期の想定為替レートは1ドル=140円に見直した。';
    expect(namesOf(company, ['4000億円', '140円'])).toEqual(['東和電機', '東和電機']);
  });

  it('but a subject inside what was settled did not settle it (…国が指導する仕組みを強化することも盛り込んだ)', () => {
    const text =
      '物流調査会は提言をまとめた。\n提言では、運賃を8%引き上げるよう求めた。' +
      'また、待ち時間を1時間以内に抑えるよう、国が荷主を指導する仕組みを強化することも盛り込んだ。';
    expect(namesOf(text, ['1時間以内'])[0]).toContain('物流調査会');
  });
});
