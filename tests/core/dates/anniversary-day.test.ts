import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from '../figures/helpers';
import { tokenDates } from './helpers';

const read = tokenDates();
beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

/** 「発生から12日で3年となった」: the day a length of time since something is reached is a date. */
describe('the day an anniversary is reached', () => {
  it.each([
    ['地震の発生から、12日で3年となった。', [['12日', '2025-06-12']]],
    ['開業から20日で半年を迎えた。', [['20日', '2025-06-20']]],
  ])('reads %s as a date, no length', (text, want) => {
    expect(read(text, '2025-06-20')).toEqual(want);
    expect(texts(text)).not.toContain(want[0]?.[0]);
  });

  it('keeps lengths: 5日で完売, 3日で1年分の雨', () => {
    expect(read('新商品は5日で完売した。3日で1年分の雨が降った。', '2025-06-20')).toEqual([]);
  });
});
