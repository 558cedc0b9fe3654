import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

/**
 * A headline ending with a short year set off by a space (「…過去最高　24年」) names the year its figures are
 * for, when the article writes that year in full; an anniversary ends a headline the same way (「震災　13年」)
 * and is left alone. Invented headlines and bodies.
 */
describe('a short year closing the headline', () => {
  it.each([
    ['県内の新車販売3%増、2年ぶり回復　24年\n県の協会は20日、2024年の新車販売台数を発表した。', '2025-01-21'],
    ['訪日客消費が最高　２４年\n観光庁は１５日、２０２４年の訪日客の消費額を発表した。', '2025-01-16'],
  ])('reads %s', (text, published) => {
    expect(dates(text, published)[0]).toEqual([expect.stringMatching(/^[2２][4４]年$/), '2024']);
  });

  it('leaves an anniversary, a year the body does not write, a count of years and a body line', () => {
    // 震災　13年: the body writes 2011年, not 2013年.
    expect(
      dates('北浜の震災　13年\n震災から13年を迎えた。2011年3月11日の記憶を語り継ぐ。', '2024-03-11')[0]?.[0],
    ).not.toBe('13年');
    // The body names the year only as 昨年: the tag is not read (no full year to match).
    expect(dates('県内の新車販売3%増　24年\n協会は20日、昨年の新車販売台数を発表した。', '2025-01-21')[0]?.[0]).toBe(
      '20日',
    );
    // 24年目 at the headline's end is a count of years (a duration word follows).
    expect(dates('老舗喫茶　開店24年目\n店は2024年に改装した。', '2025-01-21')[0]?.[0]).not.toBe('24年');
    // In the body, a space before 24年 at a line's end is no headline.
    expect(dates('見出し\n勤続　24年\n2024年に表彰。', '2025-01-21')[0]?.[0]).not.toBe('24年');
  });
});
