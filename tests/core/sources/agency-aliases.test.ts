import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a body named with its alias in brackets is the topic that speaks, not a subject inside its words', () => {
  it.each([
    [
      '東洋安全研究所（TSI）は、イランが決断すれば半年以内に空母2隻を建造できると分析している。',
      '2隻',
      '東洋安全研究所',
    ],
    ['国際海洋機構（IMO）は、中国が今年、漁船を約300隻増やしたと指摘した。', '約300隻', '国際海洋機構'],
    ['東和経済研究所（TERI）は、フランスが来年の成長率を1.2%に下げるとみている。', '1.2%', '東和経済研究所'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    // A note in brackets (a count, an edition) is no alias: the event gives its words to the body after it.
    ['北浜夏祭り（第3回）は、主催する実行委員会が、来場者を約3万人と見込んでいる。', '約3万人', '実行委員会'],
  ])('negative: %s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});

describe('the topics inside a report told with と (…とする集計を公表した) are its words, not the announcer', () => {
  it.each([
    [
      '国際難民機構（IRO）は今月上旬、死者は約2400人で、このうち女性は495人だったとする集計を公表した。',
      '495人',
      '国際難民機構',
    ],
    [
      '国際難民機構は先週、避難民は約80万人で、うち女性は31万人に上るとする報告書を公表した。',
      '31万人',
      '国際難民機構',
    ],
    ['東和総研は、来場者は約120万人で、うち海外客は18万人だったとの推計をまとめた。', '18万人', '東和総研'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    // A comma closing a clause of deeds (…受け入れ、) still opens the clause of the next party's announcement.
    ['北浜市は避難民を約300人受け入れ、県が支援金を1億円とする案を発表した。', '1億円', '県'],
  ])('negative: %s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});

describe('a country whose clause describes the subject before 推計で did not make the estimate', () => {
  it.each([
    [
      '東和機関は報告書で、イランが保有する濃縮ウランが推計で約440キロに上るとの見方を示した。',
      '約440キロ',
      '東和機関',
    ],
    ['米軍は、ロシアが保有する戦車が推計で約3000両に減ったとみている。', '約3000両', '米軍'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    // The subject of the clause that made the report owns it.
    ['東和総研がまとめた推計で、県内の観光客は約440万人に上った。', '約440万人', '東和総研'],
    // A subject inside a clause describing whom a survey asked (経験がある人) leaves the surveyor its own.
    ['東和電機が車を持つ人に実施した調査では、回答者の約6割が値上げに反対した。', '約6割', '東和電機'],
  ])('negative: %s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});
