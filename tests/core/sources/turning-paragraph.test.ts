import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

// A later paragraph that opens by turning to another matter (一方、) is the outlet's own, not the announcement
// the paragraph before carried on.
describe('a paragraph turning away from the announcement before it', () => {
  it('一方、 opening a later paragraph ends the previous paragraph’s announcement', () => {
    const text =
      '北山県茶業組合は5日、県産茶の輸出額が前年比12%増の18億円だったと発表した。\n' +
      '一方、県内の茶農家は約900戸と、この10年で3割減った。';
    expect(namesOf(text, ['12%', '18億円', '約900戸', '3割'])).toEqual(['北山県茶業組合', '北山県茶業組合', '', '']);
  });

  it('a later paragraph that does not turn away still goes on with it', () => {
    const text =
      '北山県茶業組合は5日、県産茶の輸出額が前年比12%増の18億円だったと発表した。\n' +
      '輸出量は約2000トンで、同5%増えた。';
    expect(namesOf(text, ['18億円', '約2000トン'])).toEqual(['北山県茶業組合', '北山県茶業組合']);
  });

  it('一方、 inside the announcer’s own paragraph goes on with it', () => {
    const text = '北山税関は5日、管内の輸出額が18億円だったと発表した。一方、輸入額は前年比7%減った。';
    expect(namesOf(text, ['18億円', '7%'])).toEqual(['北山税関', '北山税関']);
  });
});
