import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 最も高かったのは北浜新聞の48%: in a sentence about polls, an outlet before の owns the poll result after it.
describe('a poll result written as its outlet’s (…新聞の48%) is that outlet’s poll', () => {
  const compared =
    '先週末の各社の世論調査を比べると、最も高かったのは北浜新聞の48%、最も低かったのは南海通信の39%で、その差は9ポイントだった。';
  it.each([
    [compared, '48%', '北浜新聞'],
    [compared, '39%', '南海通信'],
    // NHK register, full-width digits, a broadcaster
    ['与党の支持率を調査ごとに見ると、最も高いのは東和テレビの４４％でした。', '４４％', '東和テレビ'],
    // a paper whose name opens on an adverbial word (毎晩 “every night”), owning its poll with の
    ['毎晩新報の世論調査では、内閣を支持すると答えた人は41%だった。', '41%', '毎晩新報'],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it.each([
    // the gap between the polls is the writer's reckoning: the cue holds for its clause only
    [compared, '9ポイント', ''],
    // no survey named: a channel's own share is what is measured
    ['年末の番組の視聴率は、東和テレビの15%が最も高かった。', '15%', ''],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it('a party measured by the polls is no pollster (北進党の30%)', () => {
    const text = '先週末の世論調査を比べると、最も支持が高かったのは北進党の30%だった。';
    expect(nameOf(text, '30%')).not.toBe('北進党');
  });
});
