import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 大手電力会社10社は…発表した。このうち東都電力では…: a group of bodies announced together, and one of
// them is named for its own figures — they are that member's, not the whole group's.
describe('one member of a group of bodies that announced together', () => {
  it('named with では after このうち gives its own figures', () => {
    const a =
      '大手都市ガス4社は24日、7月使用分のガス料金を発表しました。' +
      'このうち関東を地盤とする北東ガスでは、標準家庭の料金は5,210円となり、6月より120円高くなります。';
    expect(analyzedNames(a, ['5,210円', '120円高'])).toEqual(['北東ガス', '北東ガス']);
    const b =
      '大手電力会社10社は24日、6月使用分の電気料金を発表した。このうち東都電力では、標準家庭の料金が8,930円と、5月より436円上がる。';
    expect(analyzedNames(b, ['8,930円', '436円'])).toEqual(['東都電力', '東都電力']);
  });

  it('named as the topic, or owning the subject with の, with a comma after このうち', () => {
    const c = '私鉄大手16社は今月2日までに、3月期決算を発表した。このうち北急電鉄は、純利益が320億円と過去最高だった。';
    expect(analyzedNames(c, ['320億円'])).toEqual(['北急電鉄']);
    const d =
      '大手電力会社10社は24日、6月使用分の電気料金を発表しました。' +
      'このうち、首都圏に電力を供給する東都電力の料金は8,930円で、5月より436円高くなります。';
    expect(analyzedNames(d, ['8,930円'])).toEqual(['東都電力']);
  });

  it('with a bracketed full name after an acronym, in a broadcaster’s register', () => {
    const e =
      '航空大手2社は、年末年始の予約状況を発表しました。' +
      'このうちＮＳＡ（日本スカイ航空）では、国際線の予約数が前年より12%増えたということです。';
    expect(analyzedNames(e, ['12%増'])).toEqual(['ＮＳＡ']);
  });

  it('but a place in an authority’s account, or the group as a whole, stays as it was', () => {
    const f =
      '気象庁によりますと、各地で記録的な大雨となりました。このうち高知県では、48時間の雨量が500ミリを超えたということです。';
    expect(analyzedNames(f, ['500ミリを超えた'])).toEqual(['気象庁']);
    const g =
      '大手電力会社10社は24日、6月使用分の電気料金を発表した。全社で5月より値上がりし、上げ幅は最大で520円となる。';
    expect(analyzedNames(g, ['最大で520円'])).toEqual(['大手電力会社10社']);
    const h = '東和電機は24日、新製品を発表した。このうち主力の冷蔵庫では、価格が12万円となる。';
    expect(analyzedNames(h, ['12万円'])).toEqual(['東和電機']);
  });
});
