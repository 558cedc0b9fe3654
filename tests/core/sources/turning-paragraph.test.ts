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

  it('a later paragraph opening on a new scene (…選では、) ends it too', () => {
    const text =
      '北浜県選挙管理委員会は4日、知事選の投票率が48.2%だったと発表した。\n' +
      '注目の南浜市長選では、現職が得票率52.6%で新人を約3ポイント差で破った。';
    expect(namesOf(text, ['48.2%', '52.6%', '約3ポイント'])).toEqual(['北浜県選挙管理委員会', '', '']);
  });

  it('a part of the area the announcement covers (県南部では) goes on with it', () => {
    const text =
      '北浜地方気象台は4日、県内の降水量が平年の1.5倍だったと発表した。\n' +
      '北浜県南部では、24時間で180ミリの雨が降った。';
    expect(namesOf(text, ['1.5倍', '180ミリ'])).toEqual(['北浜地方気象台', '北浜地方気象台']);
  });

  it('a setting with no name (歳出では、) is a part of what was announced and goes on with it', () => {
    const text =
      '南浜市は6日、新年度の予算案を発表した。一般会計は920億円だった。\n' +
      '歳出では、福祉費を前年度比3.1%増の310億円とした。';
    expect(namesOf(text, ['920億円', '310億円'])).toEqual(['南浜市', '南浜市']);
  });
});
