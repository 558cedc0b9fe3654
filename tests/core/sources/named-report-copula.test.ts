import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 「三つ目は北山協力機構（NCO）の報告だ。日本の労働生産性は加盟38カ国中31位で…」: a body's 報告 named as
// what the paragraph is about gives the plain sentences after it, as its 調査 or 推計 does.
describe('a report named with a present copula speaks for the sentences after it', () => {
  it.each([
    ['三つ目は北山協力機構（NCO）の報告だ。日本の労働生産性は加盟38カ国中31位で、最下位が続く。', ['38カ国', '31位']],
    ['一つ目は北山協力機構の報告だ。日本の労働生産性は加盟38カ国中31位だった。', ['31位']],
    ['三つ目は北山協力機構（NCO）の報告です。日本の労働生産性は３１位でした。', ['３１位']],
    // what already held: 調査, a clause naming who compiled it
    ['三つ目は北山協力機構の調査だ。日本の労働生産性は加盟38カ国中31位だった。', ['31位']],
    ['次は北山協力機構がまとめた推計である。日本の労働生産性は加盟38カ国中31位だった。', ['31位']],
  ])('%s', (text, figures) => {
    for (const f of figures) expect(nameOf(text, f)).toContain('北山協力機構');
  });

  it('a past copula tells a story, not the report the paragraph goes on with', () => {
    expect(nameOf('きっかけは北山協力機構の報告だった。日本の労働生産性は31位だった。', '31位')).toBe('');
  });
});
