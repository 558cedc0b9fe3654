import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { analyze } from '../../../core/analyze';
import { findFigures } from '../../../core/figures';
import { type CountedFigure, countedNoun } from '../../../core/figures/counted';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

/** The figures of a sentence with what each counts: [figure text, counts]. */
function counts(text: string): [string, string | null][] {
  const tokens = tokenizeText(text, tokenizer);
  return findFigures(text, tokens).map((f) => [f.text, countedNoun(text, tokens, f)]);
}

// Text the rules read: nouns, particles, verbs, numerals, counters, clause ends and quotes.
const JAPANESE = [...'兵士病床使用率者数のうち中はがもをにと人件円%万億約超え派遣した。、「」（）\n0123456789三十'];

/** What the figure written `fig` in `text` counts. */
function countOf(text: string, fig: string): string | null | undefined {
  return counts(text).find(([t]) => t === fig)?.[1];
}

describe('countedNoun: (a) the noun phrase after の', () => {
  it.each([
    ['隣国は最大2万人の義勇兵を送り込む構えだ。', '最大2万人', '義勇兵'],
    ['同国は数十万発の弾薬を前線に運んだ。', '数十万発', '弾薬'],
    ['工場では約3万2000台の出荷が止まった。', '約3万2000台', '出荷'],
    ['新たに40機の無人攻撃機を購入した。', '40機', '無人攻撃機'],
    ['45歳の男性が逮捕された。', '45歳', '男性'],
    ['2万人を超える避難民が国境に押し寄せた。', '2万人を超える', '避難民'],
    ['新機種は6.1型の有機ELパネルを採用した。', '6.1型', '有機ELパネル'],
    ['説明会には40もの団体が詰めかけた。', '40', '団体'],
    ['事故で7人もの乗客が負傷した。', '7人', '乗客'],
  ])('%s', (text, fig, want) => {
    expect(countOf(text, fig)).toBe(want);
  });

  it('gives each of two coordinated figures its own noun', () => {
    expect(counts('3,000人の作業員と500人の警備員を配置した。')).toEqual([
      ['3,000人', '作業員'],
      ['500人', '警備員'],
    ]);
  });
});

describe('countedNoun: (b) the noun phrase just before', () => {
  it.each([
    ['けが人12人、行方不明者3人が確認された。', '12人', 'けが人'],
    ['参加した学生のうち約200人が途中で帰った。', '約200人', '学生'],
    ['若年層の約4割が投票に行かなかった。', '約4割', '若年層'],
  ])('%s', (text, fig, want) => {
    expect(countOf(text, fig)).toBe(want);
  });
});

describe('countedNoun: (c) a topic or subject in the same clause', () => {
  it.each([
    ['今回の豪雨による死者は少なくとも15人に上った。', '少なくとも15人', '死者'],
    ['完全失業率は2.6%に改善した。', '2.6%', '完全失業率'],
    ['被害総額は最大で800億円に達する見込みだ。', '最大で800億円', '被害総額'],
    ['今年に入って山火事が37件起きている。', '37件', '山火事'],
    ['観光客も前年の1.5倍に増えた。', '1.5倍', '観光客'],
    ['参加者の数は2倍に膨らんだ。', '2倍', '参加者'],
    ['負傷者は県内で28人だった。', '28人', '負傷者'],
    ['輸出は前年比4%増えた。', '前年比4%増', '輸出'],
    ['来場者数は今年、延べ120万人となった。', '120万人', '来場者数'],
    // A superlative before the figure ranks it; the topic names what is counted.
    ['1時間の雨量は観測史上最多の120ミリを記録した。', '120ミリ', '雨量'],
    // A value the topic reached is its value, though written as an object.
    ['平均視聴率は関西地区で18.4%を記録した。', '18.4%', '平均視聴率'],
    ['会員数は先月、300万人を突破した。', '300万人', '会員数'],
    ['回答者は女性が約6割を占めた。', '約6割', '女性'],
    // 年間 says per year; the topic names what is counted.
    ['駅の乗降客は年間約800万人にのぼる。', '約800万人', '乗降客'],
  ])('%s', (text, fig, want) => {
    expect(countOf(text, fig)).toBe(want);
  });
});

describe('countedNoun: (d) null when the article does not say', () => {
  it.each([
    ['交渉は9カ月間続いた。', '9カ月間'],
    ['政府は2万人を派遣した。', '2万人'],
    ['同社は500億円を投じる。', '500億円'],
    ['住民は高台に避難し、約300人が体育館に泊まった。', '約300人'],
    ['北部では40人が死亡した。', '40人'],
    ['広報官は約600人と説明した。', '約600人'],
    ['昨年の2倍に達した。', '2倍'],
    ['3年前に比べて2割減った。', '2割'],
    // The word after another number is its counter: 4打数2安打 counts no 打数.
    ['4打数2安打と活躍した。', '2安打'],
    ['通算150勝を挙げた。', '150勝'],
    ['それぞれ3人ずつ選んだ。', '3人'],
    // A board that decides is no thing counted (教育委員会は…2園を1園に).
    ['東野町教育委員会は9日、町内の保育園2園を1園にまとめる方針を示した。', '1園'],
  ])('%s', (text, fig) => {
    const found = counts(text).find(([t]) => t.startsWith(fig) || fig.startsWith(t));
    expect(found, `figure ${fig} not found in ${JSON.stringify(counts(text))}`).toBeDefined();
    expect(found?.[1]).toBeNull();
  });
});

describe('countedNoun: a phrase does not run over a line break', () => {
  it('leaves a headline above out of the topic (…の改定案\\n入館料は1500円…)', () => {
    expect(countOf('市立美術館が料金の改定案\n入館料は1500円になる。', '1500円')).toBe('入館料');
    expect(countOf('第2期の計画\n参加企業が12社に増えた。', '12社')).toBe('参加企業');
  });
});

describe('countedNoun: a part taken with うち', () => {
  it.each([
    // The money or share of a segment is still the whole's quantity.
    ['純利益は前年比8%増の240億円で、うち半導体部門が150億円だった。', '150億円', '純利益'],
    ['輸出額は3兆円、うち自動車が1兆2000億円だった。', '1兆2000億円', '輸出額'],
    // Members of the whole are what the part counts.
    ['けが人は18人で、うち高齢者が7人だった。', '7人', '高齢者'],
    ['営業収益は4200億円、うち国内が7割を占めた。', '7割', '営業収益'],
    // A bare count or a place after うち counts the whole.
    ['逮捕者40人、うち5人が未成年だった。', '5人', '逮捕者'],
    ['感染者は52人で、うち大阪府が20人だった。', '20人', '感染者'],
  ])('%s', (text, fig, want) => {
    expect(countOf(text, fig)).toBe(want);
  });
});

describe('countedNoun: what those counted do is not what is counted', () => {
  it.each([
    ['4県の低迷が全体を押し下げた。', '4県'],
    ['5社の撤退が続いた。', '5社'],
    ['200人の参加を見込む。', '200人'],
  ])('%s', (text, fig) => {
    expect(countOf(text, fig)).toBeNull();
  });

  it('keeps what is done to goods or what events are (3万台の出荷, 2件の調査)', () => {
    expect(countOf('新車8000台の出荷が遅れた。', '8000台')).toBe('出荷');
    expect(countOf('市は2件の調査を始めた。', '2件')).toBe('調査');
    expect(countOf('300人の参加者が集まった。', '300人')).toBe('参加者');
    expect(countOf('12人の映画監督が短編を撮った。', '12人')).toBe('映画監督');
  });
});

describe('counts in the analysis', () => {
  it('is on every figure analyze() assembles, null where unsaid', () => {
    const text = '兵士は5,000人、期間は3週間だ。';
    expect(analyze(text, tokenizer).figures.map((f) => f.counts)).toEqual(['兵士', null]);
  });

  it('caps a long compound at its head', () => {
    const text = '国際共同宇宙探査計画参加国研究者派遣人数は300人だ。';
    const got = countOf(text, '300人');
    expect(got).toMatch(/研究者派遣人数$/);
    expect(got?.length).toBeLessThanOrEqual(12);
  });

  // No try/catch guards countedNoun: a bug must show, not turn into a missing `counts`.
  it('never throws, even on a figure whose offsets lie outside the tokens', () => {
    const japanese = fc.string({ unit: fc.constantFrom(...JAPANESE), maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), japanese), fc.nat(300), fc.nat(300), (text, a, b) => {
        const tokens = tokenizeText(text, tokenizer);
        const f: CountedFigure = { start: Math.min(a, b), end: Math.max(a, b), kind: 'count', unit: '人' };
        const out = countedNoun(text, tokens, f);
        expect(out === null || typeof out === 'string').toBe(true);
        for (const g of findFigures(text, tokens)) countedNoun(text, tokens, g);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what a price counts', () => {
  it('is not the tax wording before it (税込2,980円)', () => {
    const text = '価格は税込2,980円だ。';
    const tokens = tokenizeText(text, tokenizer);
    const [f] = findFigures(text, tokens);
    expect(f && countedNoun(text, tokens, f)).toBe('価格');
  });
});
