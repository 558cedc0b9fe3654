import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

// How far a source named at the head of a sentence reaches into the sentences after it.
describe('a new scene ends an according-to', () => {
  it('a sentence opening on another place (〇〇では、) is not the earlier source’s account', () => {
    const text =
      '鉄道にも影響が出ています。東和鉄道によりますと、始発から全線で運転を見合わせ、120本が運休しました。' +
      '羽田空港では、強風のため少なくとも30便が欠航しました。';
    expect(namesOf(text, ['120本', '少なくとも30便'])).toEqual(['東和鉄道', '']);
  });

  it('nor after a connective (また、市内では、), which otherwise continues a report', () => {
    const text =
      '県によりますと、住宅20棟が浸水しました。また、市内では、少なくとも8か所で道路が通行止めになっています。';
    expect(namesOf(text, ['20棟', '少なくとも8か所'])).toEqual(['県', '']);
    const goesOn = '県によりますと、住宅20棟が浸水しました。また、3人がけがをしました。';
    expect(namesOf(goesOn, ['20棟', '3人'])).toEqual(['県', '県']);
  });

  it('but hearsay in the new scene is still the source’s (…ということです)', () => {
    const text =
      '警察によりますと、北町では住宅の裏山が崩れ、80代の女性が死亡しました。' +
      '南町では、川に転落した車から70代の男性が救助されたということです。';
    expect(namesOf(text, ['80代', '70代'])).toEqual(['警察', '警察']);
  });

  it('nor does it reach a later clause that opens on another place (…運休し、伊丹空港では…)', () => {
    const text =
      '鉄道にも影響が出た。東和鉄道によると、本線は終日運転を見合わせ、計40本が運休した。' +
      '北山鉄道も一部区間で運休し、伊丹空港（大阪府）では発着便計12便が欠航した。';
    expect(namesOf(text, ['計40本', '計12便'])).toEqual(['東和鉄道', '']);
  });

  it('but a bare place inside the sentence (店内では) is the same scene seen closer', () => {
    const text =
      '警察によりますと、男は刃物を持って店に押し入りました。男は店員を脅し、店内では客3人がけがをしました。';
    expect(namesOf(text, ['3人'])).toEqual(['警察']);
  });

  it('and the clauses before that scene, and a clause with no setting, are still the source’s', () => {
    const text =
      '東和鉄道によると、本線は終日運転を見合わせた。支線も一部区間で運休し、計15本が運休した。' +
      '特急は計8本が運休し、伊丹空港では12便が欠航した。';
    expect(namesOf(text, ['計15本', '計8本', '12便'])).toEqual(['東和鉄道', '東和鉄道', '']);
  });

  it('and an act the data is told of (輸出では, 販売では: a サ変 noun) is no new scene', () => {
    const text = '財務省によると、4月の貿易収支は4600億円の赤字だった。輸出では、自動車が約3割を占めた。';
    expect(namesOf(text, ['約3割'])).toEqual(['財務省']);
    const sales = '東和電機によりますと、新製品は3月に出荷します。販売では、初年度に10万台を目指します。';
    expect(namesOf(sales, ['10万台'])).toEqual(['東和電機']);
  });

  it('and a part of an area (九州南部では, 県北部では) is the report’s own area seen closer', () => {
    const text =
      '気象庁によると、低気圧の影響で東日本は8日にかけて荒れた天気になる。' +
      '東北南部では9日朝までの24時間に多い所で120ミリの雨が予想される。北陸地方では、6メートルの波が予想される。';
    expect(namesOf(text, ['120ミリ', '6メートル'])).toEqual(['気象庁', '気象庁']);
    const county =
      '県によりますと、住宅20棟が浸水しました。県北部では、少なくとも8か所で道路が通行止めになっています。';
    expect(namesOf(county, ['少なくとも8か所'])).toEqual(['県']);
    // After a company's account an area is another scene: the railway does not report the flights.
    const railway =
      '東和鉄道によりますと、本線は始発から運転を見合わせ、80本が運休しました。九州北部では、少なくとも20便が欠航しました。';
    expect(namesOf(railway, ['80本', '少なくとも20便'])).toEqual(['東和鉄道', '']);
    // A region named whole (四国では) or a facility (羽田空港では) is still another scene.
    const whole = '気象庁によると、東日本は8日にかけて荒れた天気になる。四国では、最高気温が25度まで上がった。';
    expect(namesOf(whole, ['25度'])).toEqual(['']);
    // 一方 turns to another matter: heatstroke counts are not the weather agency's.
    const meanwhile =
      '気象庁によると、今月の平均気温は平年より1.2度高かった。一方、東京都内各地では熱中症で計85人が搬送された。';
    expect(namesOf(meanwhile, ['1.2度', '計85人'])).toEqual(['気象庁', '']);
  });

  it('and a body that speaks with では is no new scene', () => {
    const text = '東和電機によりますと、新製品は3月に出荷します。同社では、初年度に10万台を見込んでいます。';
    expect(namesOf(text, ['10万台'])).toEqual(['東和電機']);
  });
});

describe('a report of data framed with では', () => {
  it('reports its own sentence, not the hearsay after it', () => {
    const text =
      '映画は公開から3日間で動員50万人を記録した。興行調査会社の週末ランキングでは4週連続で1位となった。' +
      '2回以上見たリピーターが全体の2割を占めるとみられる。';
    expect(namesOf(text, ['4週連続', '2割'])).toEqual(['興行調査会社', '']);
  });

  it('while a party’s account with によると gives its hearsay', () => {
    const text = '映画は好調だ。配給会社によると、動員は50万人を超えた。リピーターが2割を占めるという。';
    expect(namesOf(text, ['50万人', '2割'])).toEqual(['配給会社', '配給会社']);
  });

  it('and a continuation (さらに、) goes on with the same survey', () => {
    const text = '東和損保の調査では、回答者の6割が不安を感じていた。さらに、3割が対策をしていなかった。';
    expect(namesOf(text, ['6割', '3割'])).toEqual(['東和損保', '東和損保']);
  });
});

describe('a published report only compared with', () => {
  it('holds for its own sentence when it is the object of another predicate (…の平均値を上回った)', () => {
    const text =
      '東和電機が5日発表した4-9月期の決算は、純利益が前年同期比3%増の500億円となった。' +
      '共同通信が集計したアナリスト8人の予想の平均値480億円を上回った。' +
      '7-9月期単独では、営業利益が前年同期比5%減の200億円だった。';
    expect(namesOf(text, ['500億円', '8人', '480億円', '5%減', '200億円'])).toEqual([
      '東和電機',
      '共同通信',
      '共同通信',
      '東和電機',
      '東和電機',
    ]);
  });

  it('but goes on when it is what the sentence is about (…が発表したGDPは)', () => {
    const text = '内閣府が15日発表した7～9月期のGDPは年率2.8%増えた。個人消費が3.7%増と堅調だった。';
    expect(namesOf(text, ['2.8%', '3.7%'])).toEqual(['内閣府', '内閣府']);
    // …15日に発表した: the date may take its particle.
    const ni = '県が10日に発表した5月時点の県内の有効求人倍率は1.21倍で、前の月より0.02ポイント下がった。';
    expect(namesOf(ni, ['1.21倍', '0.02ポイント'])).toEqual(['県', '県']);
  });

  it('a report published by no one written (同時に発表した…は) is the release the story reports', () => {
    const text = [
      '総務省が10日発表した2月の家計調査は、消費支出が前年より2.1%減った。',
      '品目別では、食料が1.5%減だった。',
      '同時に発表した1月の確報値は、0.8%減だった。',
    ].join('\n');
    expect(namesOf(text, ['2.1%', '0.8%'])).toEqual(['総務省', '総務省']);
    // No release in the story: no one.
    expect(namesOf('同時に発表した1月の確報値は、0.8%減だった。', ['0.8%'])).toEqual(['']);
  });
});

describe('two according-tos in one sentence', () => {
  it('a figure takes the one written last before it (…によりますと、…上昇し、…厚生労働省の統計で…)', () => {
    const text =
      '総務省によりますと、1月の物価は前年より2.0%上昇していて、実質賃金は、厚生労働省の統計で22か月連続でマイナスとなっています。';
    expect(namesOf(text, ['2.0%', '22か月連続'])).toEqual(['総務省', '厚生労働省']);
  });
});
