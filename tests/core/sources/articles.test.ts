import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const summary = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s ? '-' : s.type === 'byline' ? `(${s.name})` : s.name));

// Whole short articles, in our own words, mixing the cue families the way news copy does.
describe('attribution across a whole article', () => {
  it('a wire story: dateline byline, bare carry-back, によりますと, hearsay, anaphora', () => {
    const text = [
      '大雨で河川氾濫　住宅300棟が浸水',
      '【福岡＝共同】県内の河川が氾濫し、住宅約300棟が浸水した。県が12日、発表した。',
      '気象台によりますと、雨量は400ミリを超えました。平年の1.5倍にあたるということです。',
      '県内では昨年も大雨で2人が死亡している。',
      '国土交通省は、堤防の決壊は3カ所で確認されたと明らかにした。同省によると、復旧には2週間かかる。',
    ].join('\n');
    // The headline's 300棟 is the party's the body gives it (県), never the wire's that the dateline credits.
    expect(summary(text, ['300棟', '約300棟', '400ミリ', '1.5倍', '2人', '3カ所', '2週間'])).toEqual([
      '県',
      '県',
      '気象台',
      '気象台',
      '(共同)',
      '国土交通省',
      '国土交通省',
    ]);
  });

  it('a company announcement: dated lede in force for its paragraph and the next, then not', () => {
    const text = [
      '半導体大手の北辰テクノロジーは10日、今期の純利益が820億円になる見通しだと発表した。売上高は初めて1兆円を超える。',
      '新工場の投資額は約3000億円にのぼる。',
      '同社の田村和也社長は記者会見で「データセンター向けは2倍以上に増える」と述べた。',
      '一方、民間調査会社のテクノリサーチによると、世界の市場は年率8%で成長している。',
      '国内の半導体工場は20年前の半分に減った。',
    ].join('\n');
    expect(summary(text, ['820億円', '1兆円', '約3000億円', '2倍以上', '8%', '20年前'])).toEqual([
      '半導体大手の北辰テクノロジー',
      '半導体大手の北辰テクノロジー',
      '半導体大手の北辰テクノロジー',
      '半導体大手の北辰テクノロジーの田村和也社長',
      '民間調査会社のテクノリサーチ',
      '-',
    ]);
  });

  it('a subjectless quote opening a paragraph goes to the previous paragraph’s speaker', () => {
    const text = '山川市長は10日、記者会見で「観光客は回復している」と述べた。\n「来年は200万人を目指す」とも語った。';
    expect(summary(text, ['200万人'])).toEqual(['山川市長']);
  });
});

describe('a central-bank story', () => {
  it('a rate decided and a published report are the bank’s; the outlet’s own poll is no one’s', () => {
    const text = [
      '中央銀行は24日の会合で、政策金利を0.25%から0.5%に引き上げることを決めた。',
      '中央銀行が同日公表した展望リポートでは、物価上昇率の見通しを2.4%に上方修正した。',
      'エコノミスト30人を対象にした事前調査では、約8割が利上げを予想していた。',
    ].join('\n');
    expect(summary(text, ['0.25%', '0.5%', '2.4%', '30人', '約8割'])).toEqual([
      '中央銀行',
      '中央銀行',
      '中央銀行',
      '-',
      '-',
    ]);
  });
});

describe('a wire story from a conflict', () => {
  it('bare carry-back, a relayed quote, 同軍によれば, an alias in parentheses, background', () => {
    const text = [
      '【2月3日 AFP】北部の町で2日、空爆があり、少なくとも40人が死亡した。地元の保健当局が明らかにした。',
      '救急隊の広報担当者はAFPに対し、「まだ20人ほどが取り残されている」と語った。',
      '北方軍は声明で、標的は武装組織の拠点だったと主張した。同軍によれば、戦闘員15人を殺害したという。',
      '国連人道問題調整事務所（OCHA）は、住民の約9割が避難したと推定している。',
      '戦闘は1年以上続いている。',
    ].join('\n');
    const sources = sourcesOf(text, ['少なくとも40人', '20人', '15人', '約9割', '1年以上']);
    expect(sources.map((s) => (s?.type === 'byline' ? `(${s.name})` : s?.name))).toEqual([
      '地元の保健当局',
      '救急隊の広報担当者',
      '北方軍',
      '国連人道問題調整事務所（OCHA）',
      '(AFP)',
    ]);
    expect(sources[1]?.via).toBe('AFP');
    expect(sources[1]?.type).toBe('anonymous');
  });
});
