import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('an according-to at the head of a paragraph does not reach a sentence about another body', () => {
  it.each([
    [
      '国連によると、国内の避難民は約340万人に上る。北国軍は兵力不足を補うため、18〜35歳の男性に最長2年間の兵役を課した。',
      ['約340万人', '最長2年間'],
      ['国連', ''],
    ],
    [
      '防衛省関係者によると、施設の整備は全体の6割程度にとどまる。日本政府は移転費として最大28億ドルを負担することになっている。',
      ['6割程度', '最大28億ドル'],
      ['防衛省関係者', ''],
    ],
  ])('%s', (text, figures, sources) => {
    expect(namesOf(text, figures)).toEqual(sources);
  });

  it.each([
    // The same body named again, hearsay, or no body as the topic: the according-to goes on.
    [
      '北浜県警によると、男は約300万円を奪った。男は別の店でも50万円を奪っていたという。',
      ['約300万円', '50万円'],
      ['北浜県警', '北浜県警'],
    ],
    ['北浜市によると、来場者は約12万人だった。前年より2割増えた。', ['約12万人', '2割増'], ['北浜市', '北浜市']],
    [
      '国連によると、避難民は約340万人に上る。北国軍は3万人を動員したという。',
      ['約340万人', '3万人'],
      ['国連', '国連'],
    ],
    // A body ranked in the tally (a copula closes it) is still the tally's.
    [
      '北浜県警によると、事故の死者は82人だった。南浜市は12人で県内2位だった。',
      ['82人', '12人'],
      ['北浜県警', '北浜県警'],
    ],
  ])('negative: %s', (text, figures, sources) => {
    expect(namesOf(text, figures)).toEqual(sources);
  });
});
