import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const read = (text: string) => figures(text).map((f) => [f.text, f.value, f.unit]);

/**
 * A currency's hundredth written after one of its whole unit: 1円30銭 is 1.3 円 and 1ドル25セント 1.25
 * ドル, an amount, not one yen as the base of a rate of 30 (1円につき, 1ドル=150円 still are rates).
 */
describe('one yen or dollar and its hundredths', () => {
  it.each([
    ['灯油の店頭価格は前週より1円30銭上がった。', '1円30銭', 1.3, '円'],
    ['為替は前日比1円５銭の円安となった。', '1円５銭', 1.05, '円'],
    ['価格は1ドル25セントだった。', '1ドル25セント', 1.25, 'ドル'],
    ['株価は3ドル40セント高で引けた。', '3ドル40セント高', 3.4, 'ドル'],
  ])('reads %s as one amount', (text, span, value, unit) => {
    expect(read(text)).toContainEqual([span, value, unit]);
  });

  it.each([
    ['買い物1円につき1ポイントがたまる。', 1, 'ポイント'],
    ['相場は1ドル=148円まで下げた。', 148, '円'],
  ])('still reads the rate in %s', (text, value, unit) => {
    expect(figures(text).map((f) => [f.value, f.unit])).toContainEqual([value, unit]);
  });
});
