import { describe, expect, it } from 'vitest';
import { tokenDates } from './helpers';

const read = tokenDates();

/**
 * A month the headline names with no year is the month the body writes with its year: the headline's plain
 * form (響く, 落ち込む) tells a past event and would push the month to the year to come. Invented articles.
 */
describe('a headline month takes the year the body gives it', () => {
  it.each([
    [
      '県産米の輸出2割減　12月、円高響く\n\n県は27日、2024年12月の県産米の輸出量が前年同月から2割減ったと発表した。',
      '2025-01-28',
      '2024-12',
    ],
    ['新車販売が落ち込む　11月\n\n協会によると、2024年11月の新車販売は前年同月を下回った。', '2025-01-10', '2024-11'],
  ])('%s', (text, published, value) => {
    expect(read(text, published)[0]).toEqual([expect.stringMatching(/月$/), value]);
  });

  it('leaves a headline month the body does not write, or writes with another month', () => {
    // The body writes no month with a year, or another month (2024年11月): the headline's month reads as
    // it does alone (12月、…響く in January: this December, by its plain form).
    const alone = read('輸出2割減　12月、円高響く', '2025-01-28')[0];
    expect(read('輸出2割減　12月、円高響く\n\n市は27日、輸出の統計を発表した。', '2025-01-28')[0]).toEqual(alone);
    expect(read('輸出2割減　12月、円高響く\n\n2024年11月の輸出量も減った。', '2025-01-28')[0]).toEqual(alone);
    expect(alone).toEqual(['12月', '2025-12']);
  });
});
