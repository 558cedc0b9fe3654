import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

// 「…」と興奮気味。: a sentence closing on a noun of manner after a quote (体言止め) reports the quote,
// as 「…」と興奮気味に話した would.
describe('a quote closed by a noun of manner (「…」と興奮気味。)', () => {
  it('the topic speaks the quote', () => {
    const text = '主将の川村健一（28）は「2万人の前で勝てて最高だった」と興奮気味。';
    expect(namesOf(text, ['2万人'])).toEqual(['主将の川村健一']);
    expect(namesOf('監督の森田浩二は「3連勝できたのは大きい」と満足げ。', ['3連勝'])).toEqual(['監督の森田浩二']);
  });

  it('negative: と before a noun of comparison or a list is no report', () => {
    expect(namesOf('監督の森田浩二は、今年の入場料は「2000円」と同じ。', ['2000円'])).toEqual(['']);
    expect(namesOf('森田浩二は「3連勝」と「5連勝」。', ['3連勝'])).toEqual(['']);
  });

  it('negative: the suffix must close the sentence (と興奮気味の観客)', () => {
    const text = '「2万人の前で勝てて最高だった」と興奮気味の観客が話していた。';
    expect(namesOf(text, ['2万人'])).not.toEqual(['興奮気味']);
  });
});
