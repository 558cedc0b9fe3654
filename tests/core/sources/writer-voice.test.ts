import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' ? '' : s.name));

describe('how far an according-to at the head of a paragraph reaches', () => {
  it('goes on through plain statements of the same data', () => {
    const text = '県によると、昨年の観光客は50万人だった。宿泊客は12万人で、前年を上回った。';
    expect(names(text, ['50万人', '12万人'])).toEqual(['県', '県']);
  });

  it('goes on into a breakdown of the data (〜別では, 内訳では): no new scene', () => {
    const text =
      '総務省によると、昨年の転入者は1200人で、このうち外国人は300人だった。年代別では、20代が全体の4割を占めた。';
    expect(names(text, ['1200人', '300人', '4割'])).toEqual(['総務省', '総務省', '総務省']);
    const parts = '市によると、寄付は計80件あった。内訳では、個人からが6割だった。';
    expect(names(parts, ['80件', '6割'])).toEqual(['市', '市']);
  });

  it('stops at a conjecture or judgement of the writer (…そうだ, …だろう, …かもしれない)', () => {
    const modal =
      '民間調査会社によると、契約件数は前年より15%増えた。月額3000円という料金は安くはないが、利用者はさらに増えそうだ。';
    expect(names(modal, ['15%', '3000円'])).toEqual(['民間調査会社', '']);
    const guess = '気象台によると、雨量は200ミリに達した。川の水位は3メートルを超えるだろう。';
    expect(names(guess, ['200ミリ', '3メートル'])).toEqual(['気象台', '']);
    const maybe = '協会によると、会員は400社に増えた。今後は500社に届くかもしれない。';
    expect(names(maybe, ['400社', '500社'])).toEqual(['協会', '']);
  });

  it('stops at a condition the writer weighs against the record (…終えれば、2012年以来となる)', () => {
    const text =
      '山田は昨季、38試合に登板した。球団関係者によると、オフには約2カ月間、米国でフォームの改良に取り組んだという。' +
      'シーズン50試合以上に登板した投手が防御率1点台で終えれば、リーグでは2015年以来となる。';
    expect(names(text, ['約2カ月間', '50試合以上'])).toEqual(['球団関係者', '']);
    const polite = '協会によると、加盟店は980店に増えました。1000店を超えれば、初めてになります。';
    expect(names(polite, ['980店', '1000店'])).toEqual(['協会', '']);
  });

  it('but a projection on a condition (…進めば、人口が10万人となる) is still the source’s', () => {
    const text = '市によると、人口は減り続けている。計画通り進めば、2030年には人口が10万人となる。';
    expect(names(text, ['10万人'])).toEqual(['市']);
  });

  it('but a warning on a condition (…降れば、…おそれがあります) is still the forecaster’s', () => {
    const text = '気象台によりますと、今後1時間に50ミリの雨が降れば、土砂災害の危険度が高まるおそれがあります。';
    expect(names(text, ['50ミリ'])).toEqual(['気象台']);
  });

  it('a forecast relayed in the polite form (…降るでしょう) is still the forecaster’s', () => {
    const text = '気象台によりますと、前線が北上しています。あすにかけて多いところで150ミリの雨が降るでしょう。';
    expect(names(text, ['150ミリ'])).toEqual(['気象台']);
  });

  it('stops at the writer’s own inference from the figures (…ことになる, …計算になる)', () => {
    const text =
      '研究所の推計では、会員が1万人を割るのは2040年ごろとされていた。実際は12年も早く、その線を割ったことになる。';
    expect(names(text, ['1万人', '12年'])).toEqual(['研究所', '']);
    const sum = '市によると、補助は総額600万円だった。1世帯あたり3万円の計算になる。';
    expect(names(sum, ['600万円', '3万円'])).toEqual(['市', '']);
  });

  it('and the writer’s voice holds for the rest of the paragraph', () => {
    const text =
      '調査会社によると、普及率は27%に上がった。価格はまだ高いと言わざるを得ないだろう。2万円台なら買いやすい。';
    expect(names(text, ['27%', '2万円'])).toEqual(['調査会社', '']);
  });

  it('stops where the writer is the topic (筆者は…)', () => {
    const text = '販売店によると、売れ筋は5万円台の機種だった。筆者は3台を比べてみた。';
    expect(names(text, ['5万円', '3台'])).toEqual(['販売店', '']);
  });

  it('a hearsay そうだ after a finished form is the source’s report, not a guess', () => {
    const text = '組合によると、加入者は800人に増えた。来年は1000人を目指すそうだ。';
    expect(names(text, ['800人', '1000人'])).toEqual(['組合', '組合']);
  });
});
