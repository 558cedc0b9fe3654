import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('how far an according-to at the head of a paragraph reaches', () => {
  it('goes on through plain statements of the same data', () => {
    const text = '県によると、昨年の観光客は50万人だった。宿泊客は12万人で、前年を上回った。';
    expect(namesOf(text, ['50万人', '12万人'])).toEqual(['県', '県']);
  });

  it('goes on into a breakdown of the data (〜別では, 内訳では): no new scene', () => {
    const text =
      '総務省によると、昨年の転入者は1200人で、このうち外国人は300人だった。年代別では、20代が全体の4割を占めた。';
    expect(namesOf(text, ['1200人', '300人', '4割'])).toEqual(['総務省', '総務省', '総務省']);
    const parts = '市によると、寄付は計80件あった。内訳では、個人からが6割だった。';
    expect(namesOf(parts, ['80件', '6割'])).toEqual(['市', '市']);
  });

  it('stops at a conjecture or judgement of the writer (…そうだ, …だろう, …かもしれない)', () => {
    const modal =
      '民間調査会社によると、契約件数は前年より15%増えた。月額3000円という料金は安くはないが、利用者はさらに増えそうだ。';
    expect(namesOf(modal, ['15%', '3000円'])).toEqual(['民間調査会社', '']);
    const guess = '気象台によると、雨量は200ミリに達した。川の水位は3メートルを超えるだろう。';
    expect(namesOf(guess, ['200ミリ', '3メートル'])).toEqual(['気象台', '']);
    const maybe = '協会によると、会員は400社に増えた。今後は500社に届くかもしれない。';
    expect(namesOf(maybe, ['400社', '500社'])).toEqual(['協会', '']);
  });

  it('stops at a condition the writer weighs against the record (…終えれば、2012年以来となる)', () => {
    const text =
      '山田は昨季、38試合に登板した。球団関係者によると、オフには約2カ月間、米国でフォームの改良に取り組んだという。' +
      'シーズン50試合以上に登板した投手が防御率1点台で終えれば、リーグでは2015年以来となる。';
    expect(namesOf(text, ['約2カ月間', '50試合以上'])).toEqual(['球団関係者', '']);
    const polite = '協会によると、加盟店は980店に増えました。1000店を超えれば、初めてになります。';
    expect(namesOf(polite, ['980店', '1000店'])).toEqual(['協会', '']);
  });

  it('but a projection on a condition (…進めば、人口が10万人となる) is still the source’s', () => {
    const text = '市によると、人口は減り続けている。計画通り進めば、2030年には人口が10万人となる。';
    expect(namesOf(text, ['10万人'])).toEqual(['市']);
  });

  it('but a warning on a condition (…降れば、…おそれがあります) is still the forecaster’s', () => {
    const text = '気象台によりますと、今後1時間に50ミリの雨が降れば、土砂災害の危険度が高まるおそれがあります。';
    expect(namesOf(text, ['50ミリ'])).toEqual(['気象台']);
  });

  it('a forecast relayed in the polite form (…降るでしょう) is still the forecaster’s', () => {
    const text = '気象台によりますと、前線が北上しています。あすにかけて多いところで150ミリの雨が降るでしょう。';
    expect(namesOf(text, ['150ミリ'])).toEqual(['気象台']);
  });

  it('stops at the writer’s own inference from the figures (…ことになる, …計算になる)', () => {
    const text =
      '研究所の推計では、会員が1万人を割るのは2040年ごろとされていた。実際は12年も早く、その線を割ったことになる。';
    expect(namesOf(text, ['1万人', '12年'])).toEqual(['研究所', '']);
    const sum = '市によると、補助は総額600万円だった。1世帯あたり3万円の計算になる。';
    expect(namesOf(sum, ['600万円', '3万円'])).toEqual(['市', '']);
  });

  it('and the writer’s voice holds for the rest of the paragraph', () => {
    const text =
      '調査会社によると、普及率は27%に上がった。価格はまだ高いと言わざるを得ないだろう。2万円台なら買いやすい。';
    expect(namesOf(text, ['27%', '2万円'])).toEqual(['調査会社', '']);
  });

  it('stops where the writer is the topic (筆者は…)', () => {
    const text = '販売店によると、売れ筋は5万円台の機種だった。筆者は3台を比べてみた。';
    expect(namesOf(text, ['5万円', '3台'])).toEqual(['販売店', '']);
  });

  it('a hearsay そうだ after a finished form is the source’s report, not a guess', () => {
    const text = '組合によると、加入者は800人に増えた。来年は1000人を目指すそうだ。';
    expect(namesOf(text, ['800人', '1000人'])).toEqual(['組合', '組合']);
  });
});

// 線状降水帯は、…現象だ: a definition is the writer explaining a term, not the release or the
// according-to before it, and the paragraph it opens goes on in the writer's voice.
describe('a sentence defining a term is the writer’s', () => {
  it.each([
    [
      '気象庁は27日、九州南部が梅雨入りしたとみられると発表した。\n線状降水帯は、発達した積乱雲が次々と同じ場所にかかり、数時間にわたって激しい雨を降らせる現象だ。3時間の雨量が100ミリを超えることも珍しくない。',
      ['数時間', '3時間'],
    ],
    [
      '厚生労働省は10日、インフルエンザが流行期に入ったと発表しました。\n潜伏期間とは、感染してから症状が出るまでの期間のことで、長いと2週間ほどになります。',
      ['2週間'],
    ],
    [
      '東和電機は、新型電池の量産を始めると発表した。\n全固体電池は、電解質を固体にした電池の総称で、10年ほど前から開発が進む。',
      ['10年'],
    ],
    [
      '北山県警によると、現場では濃い霧が出ていた。移流霧は、暖かく湿った空気が冷たい海面に流れ込んで数キロ先まで広がる現象です。',
      ['数キロ'],
    ],
  ])('%s', (text, figures) => {
    expect(namesOf(text, figures)).toEqual(figures.map(() => ''));
  });

  it('what a plan says (…減らすものだ) and the body’s own figures stay the body’s', () => {
    expect(
      namesOf('国土交通省は5日、新しい計画を発表した。\n計画は、2030年までに事故を3割減らすものだ。', ['3割'])[0],
    ).toContain('国土交通省');
    expect(
      namesOf('気象庁は27日、梅雨入りしたとみられると発表した。\n平年より3日早く、雨量は平年の2倍だった。', ['2倍']),
    ).toEqual(['気象庁']);
  });
});

// 前作の最終興収は42億円だった: a past fact about an earlier work is the writer's record for comparison,
// not the distributor's account of the new one; the same thing's earlier figure (前年同期は) stays theirs.
describe('a past fact about an earlier work is the writer’s', () => {
  it.each([
    ['配給のミズホシ映画によると、公開から17日間の興収は31億円に達した。前作の最終興収は42億円だった。', '42億円'],
    [
      'ソラノ・ゲームスは4日、新作の販売が50万本を超えたと発表した。前作は発売から1年で120万本を売り上げた。',
      '120万本',
    ],
    ['東和自動車によると、新型車の受注は1万台に達した。先代モデルの年間販売台数は3万台でした。', '3万台'],
  ])('%s', (text, figure) => {
    expect(namesOf(text, [figure])).toEqual(['']);
  });

  it('the same thing’s earlier figure stays the source’s', () => {
    const text = '配給のミズホシ映画によると、公開から17日間の興収は31億円に達した。前年同期は25億円だった。';
    expect(namesOf(text, ['25億円'])).toEqual(['配給のミズホシ映画']);
  });
});

// 賃上げ率が5%台に乗る中でも、…: a clause of circumstance opening the sentence is the writer's setting;
// the rest of the sentence stays with the source carried.
describe('a figure in a clause of circumstance (…中で, …なか) is the writer’s', () => {
  it.each([
    [
      '人材会社のミライワークは9日、転職意識調査の結果を公表した。\n今年の春闘で大手企業の賃上げ率が5%台に乗る中でも、「給与は上がっていない」と答えた人が全体の約4割に上ったという。',
      ['5%台', '約4割'],
      ['', '人材会社のミライワーク'],
    ],
    [
      '東和市は、市民アンケートの結果を発表しました。ガソリン価格が1リットル180円を超える中、車の利用を減らしたと答えた人は7割に上ったということです。',
      ['180円', '7割'],
      ['', '東和市'],
    ],
    [
      '北辰総研によると、家計の節約志向が強まっている。物価が前年より3%上昇した中で、外食を控える人は半数を超えたという。',
      ['3%'],
      [''],
    ],
  ])('%s', (text, figures, expected) => {
    expect(namesOf(text, figures)).toEqual(expected);
  });

  it('a speaker of the sentence itself vouches for it; 期間中 is no clause', () => {
    expect(namesOf('東和電機は、売上高が10%伸びる中、利益が5%減ったと発表した。', ['10%'])).toEqual(['東和電機']);
    expect(namesOf('北山市によると、祭りの期間中、約3万人が訪れたという。', ['約3万人'])).toEqual(['北山市']);
  });

  it('a body’s own accounts as the clause’s subject are its figures (売上高が10%伸びる中、)', () => {
    const text = '東和電機は10日、決算を発表した。\n売上高が10%伸びる中、営業利益は20億円に達したという。';
    expect(namesOf(text, ['10%', '20億円'])).toEqual(['東和電機', '東和電機']);
  });
});

// 新制度は、…を支給する仕組みだ: how the announced plan works is the body's account, no definition of a term.
describe('a sentence telling how an announced plan works stays the announcer’s', () => {
  it('仕組みだ closes no definition', () => {
    const text =
      '北山市は10日、子育て世帯への新たな支援制度を発表した。新制度は、年収500万円以下の世帯に月1万円を支給する仕組みだ。';
    expect(namesOf(text, ['月1万円'])).toEqual(['北山市']);
  });
});
