import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const read = (text: string) =>
  findDates(text, tokenizeText(text, tokenizer), '2025-07-10').map((d) => [d.text, d.value]);

/** この秋 is 今秋 in words: this year's season, as 今年の秋 is; この冬至 / この春闘 name no season. */
describe('この + a season', () => {
  it.each([
    ['新しい制度はこの秋にも始まる見通しだ。', 'この秋'],
    ['この夏は記録的な猛暑となった。', 'この夏'],
    ['この春、新たに3店を開いた。', 'この春'],
    ['この冬の電力需給は厳しい見通しだ。', 'この冬'],
    ['今年の秋には新型機を投入する。', '今年の秋'],
    ['今秋の総選挙に向けて準備を進める。', '今秋'],
  ])('reads %s as this year', (text, surface) => {
    expect(read(text)).toEqual([[surface, '2025']]);
  });

  it.each([
    'このほど秋の叙勲が発表された。',
    'この冬至には柚子湯を楽しんだ。',
    'この夏休みは家族で出かけた。',
    '同社はこの春闘で満額回答した。',
  ])('reads no season in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
