import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTING_VERB_READINGS, REPORTING_VERBS } from '../../../core/lexicon/reporting-cues';
import { basicReading } from '../../../core/sources/reporting-verbs';
import { tokenizeText } from '../../../core/text/tokens';
import { loadTokenizer, nameOf, realTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const tokens = (text: string) => tokenizeText(text, realTokenizer());

describe('a reporting verb in any spelling', () => {
  it('reads the basic form from the surface reading: 語っ → カタル, 呼び掛け → ヨビカケル', () => {
    const [kataru] = tokens('語った');
    const [yobikake] = tokens('呼び掛けた');
    const [hanashi] = tokens('話します');
    expect(kataru && basicReading(kataru)).toBe('カタル');
    expect(yobikake && basicReading(yobikake)).toBe('ヨビカケル');
    expect(hanashi && basicReading(hanashi)).toBe('ハナス');
  });

  it('has every one-word verb of the lexicon in the readings table, and nothing else', () => {
    const readings = new Set<string>();
    for (const verb of REPORTING_VERBS) {
      const ts = tokens(verb);
      if (ts.length !== 1) continue; // 語気を強める: several words, matched otherwise
      const r = basicReading(ts[0] as (typeof ts)[number]);
      expect(r, verb).not.toBeNull();
      readings.add(r as string);
      // Each listed reading is kuromoji's (みる and 見る share ミル; one spelling is listed).
      const listed = REPORTING_VERB_READINGS.get(verb);
      if (listed) expect(listed, verb).toBe(r);
    }
    expect(new Set(REPORTING_VERB_READINGS.values())).toEqual(readings);
  });

  it.each([
    ['国連は30日、約2億ドルの緊急支援を各国に呼び掛けた。', '約2億ドル', '国連'],
    ['財務省は、税収の不足を3兆円と見積っている。', '3兆円', '財務省'],
    ['田中社長は、赤字が2期続いたと打明けた。', '2期', '田中社長'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('but another word of the same sound is not: 応える is not 答える, 解く is not 説く', () => {
    expect(nameOf('山田監督は、ファンの期待に3年ぶりの優勝で応えた。', '3年ぶり')).toBe('');
    expect(nameOf('山田教授は、難しい問題を5問解いた。', '5問')).toBe('');
  });
});

describe('two parties, each with its own clause (AはXを提示し、BはYを求めた)', () => {
  it('gives each clause its own topic', () => {
    const text = '労使交渉で、会社側は月額1万2000円の賃上げを提示し、組合側は2万円を求めた。';
    expect(sourcesOf(text, ['1万2000円', '2万円']).map((s) => s?.name)).toEqual(['会社側', '組合側']);
    const bodies = '東和電機は月額1万2000円の賃上げを提示し、労組は2万円を求めた。';
    expect(sourcesOf(bodies, ['1万2000円', '2万円']).map((s) => s?.name)).toEqual(['東和電機', '労組']);
  });

  it("but a later clause with no topic of its own is still the first party's", () => {
    const text = '東和電機は月額1万2000円の賃上げを提示し、3年間で300億円を投資する計画を発表した。';
    expect(sourcesOf(text, ['1万2000円', '300億円']).map((s) => s?.name)).toEqual(['東和電機', '東和電機']);
  });
});

describe('a plan a body decides (経済対策を閣議決定した, 予算案を決めた)', () => {
  it('is its release: the figures of the plan are the decider’s, into the next paragraph', () => {
    expect(sourcesOf('政府は、総額39兆円の経済対策を閣議決定した。', ['39兆円']).map((s) => s?.name)).toEqual(['政府']);
    expect(sourcesOf('北山市は、総額820億円の来年度予算案を決めた。', ['820億円']).map((s) => s?.name)).toEqual([
      '北山市',
    ]);
    const next = ['政府は、経済対策を閣議決定した。', '事業規模は39兆円。電気代の補助に1兆円を計上した。'].join('\n');
    expect(sourcesOf(next, ['39兆円', '1兆円']).map((s) => s?.name)).toEqual(['政府', '政府']);
  });

  it('and a value decided is the decider’s too (閣議で…50円引き上げることを決めた)', () => {
    const deed = '政府は閣議で、最低賃金を50円引き上げることを決めた。';
    expect(sourcesOf(deed, ['50円']).map((s) => (s && s.type !== 'byline' ? s.name : ''))).toEqual(['政府']);
  });
});

describe('a report announced in a clause that goes on (…の結果を公表し、…)', () => {
  it('gives its figures in the rest of the sentence', () => {
    const text =
      '連合はきょう、1回目の回答集計の結果を公表し、賃上げ率は平均で5.28%と、去年を1.48ポイント上回りました。';
    expect(sourcesOf(text, ['5.28%', '1.48ポイント']).map((s) => s?.name)).toEqual(['連合', '連合']);
  });

  it('but what follows another announcement is not its content (新製品を発表し、株価は5%上昇した)', () => {
    expect(sourcesOf('東和電機は新製品を発表し、株価は5%上昇した。', ['5%'])[0]).toBeNull();
  });
});

// …と評価している: an assessment body's finding is its claim, as と分析している is.
describe('と評価する reports what the assessor found', () => {
  it.each([
    [
      '気象庁のまとめでは、海面水温は約1.2度上がった。国連の気候変動に関する政府間パネル（IPCC）は、気温が1度上がるごとに水蒸気量は約7%増えると評価している。',
      '約7%',
      'IPCC',
    ],
    ['格付け会社の東和格付けは、同社の信用力が2段階下がったと評価した。', '2段階', '東和格付け'],
  ])('%s', (text, figure, name) => {
    expect(nameOf(text, figure)).toContain(name);
  });
});
