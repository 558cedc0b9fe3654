import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// Xが調べたところ / Xが調査した結果: a body's survey told by its finding clause, with no survey noun in
// the sentence; a later unowned 調査は… or それによりますと is that body's survey.
describe('a body that examined (…が調べたところ) made the survey a later 調査は names', () => {
  it.each([
    [
      '県内の保育士の働き方について厚生省が調べたところ、残業のある人が半数を超えた。\n調査は昨年秋に約800施設を対象に行われ、およそ6000人が回答した。',
      '約800施設',
      '厚生省',
    ],
    // NHK register: full-width digits, それによりますと after the survey as topic
    [
      '市内の空き家について東和市が調べた結果、持ち主の分からない家が多いことがわかりました。\n調査は去年１０月に行われました。\nそれによりますと、空き家はおよそ１２００戸にのぼりました。',
      'およそ１２００戸',
      '東和市',
    ],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it.each([
    // a person who looked something up made no survey: the survey noun stays unowned
    [
      '田中さんが調べたところ、祖父の家は古い寺の近くにあった。\n調査は昨年秋に約800施設を対象に行われ、およそ6000人が回答した。',
      '約800施設',
      '田中さん',
    ],
    // 調べている with no finding clause: an investigation under way, no survey of the article
    [
      '警察が事故の原因を調べている。\n調査は昨年秋に約800施設を対象に行われ、およそ6000人が回答した。',
      '約800施設',
      '警察',
    ],
  ])('%s → not %s', (text, surface, notWant) => {
    expect(nameOf(text, surface)).not.toBe(notWant);
  });
});
