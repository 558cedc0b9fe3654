import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 「三つ目は北山協力機構（NCO）の報告書だ。日本の労働生産性は…31位で…」: a 報告書 named as what the
// paragraph is about gives the plain sentences after it, as its 報告 or 調査 does (the tagger splits 報告|書).
describe('a report book named with a present copula speaks for the sentences after it', () => {
  it.each([
    [
      '三つ目は北山協力機構（NCO）の報告書だ。日本の労働生産性は加盟38カ国中31位で、最下位が続く。',
      '31位',
      '北山協力機構',
    ],
    ['一つ目は北山協力機構の報告書だ。日本の労働生産性は加盟38カ国中31位だった。', '31位', '北山協力機構'],
    ['三つ目は北山協力機構（NCO）の報告書です。日本の労働生産性は３１位でした。', '３１位', '北山協力機構'],
    // what already held: a paper, a white paper, a clause naming who compiled it
    ['二つ目は東和大学の研究チームの論文だ。国内の空き家は約900万戸に上る。', '約900万戸', '東和大学の研究チーム'],
    ['次は南海県の白書である。県内の観光客は前年比12%増えた。', '12%', '南海県'],
    ['根拠は北山協力機構が今年まとめた報告書だ。日本の労働生産性は31位だった。', '31位', '北山協力機構'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a past copula tells a story, not the report the paragraph goes on with', () => {
    expect(nameOf('きっかけは北山協力機構の報告書だった。日本の労働生産性は31位だった。', '31位')).toBe('');
  });
});
