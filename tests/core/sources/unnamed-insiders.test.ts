import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a bare “insiders made it known” closing a scoop’s paragraph names every sentence before it', () => {
  it.each([
    [
      '北浜市が来年度から、子育て世帯に1世帯あたり3万円を支給する方向で調整していることが8日、分かった。総額は約5億円となる見通しだ。複数の市関係者が明らかにした。',
      '3万円',
      '市関係者',
    ],
    [
      '政府が経済対策の規模を20兆円程度とする方向で調整していることが分かった。補正予算は10兆円規模となる見通しだ。政府関係者が23日までに明らかにした。',
      '20兆円程度',
      '政府関係者',
    ],
    [
      '与党が年収の壁を178万円に引き上げる方向で調整していることが分かりました。減税の規模は年間7兆円程度となる見込みです。複数の与党関係者が明らかにしました。',
      '178万円',
      '与党',
    ],
  ])('%s', (text, figure, source) => {
    // (与党's own plan, 方向で調整している, is the ruling party's or its insiders': either names it.)
    expect(nameOf(text, figure)).toContain(source);
  });

  it('これは…ものだ names only the sentence right before it', () => {
    const text = '北浜市の人口は約12万人。市の財政は厳しく、基金は3年で底をつく。これは、地元紙が報じたものだ。';
    expect(nameOf(text, '約12万人')).toBe('');
  });

  it('a report with content of its own names nothing before it', () => {
    const text = '北浜市の人口は約12万人だ。\n市は8日、新しい計画を発表した。';
    expect(nameOf(text, '約12万人')).toBe('');
  });
});

describe('unnamed insiders cited by name of their role are the source, not the body named before', () => {
  it.each([
    [
      '北浜署は8日、元職員の男を業務上横領の疑いで逮捕した。\n捜査関係者によると、男は2020年から約800万円を着服していたとみられる。',
      '約800万円',
      '捜査関係者',
    ],
    [
      '北浜市は8日、元職員の男を懲戒免職にしたと発表した。\n市関係者によると、男は昨年の内部監査で約200万円の不足を指摘された。',
      '約200万円',
      '市関係者',
    ],
    [
      '北浜県警は8日、男を逮捕しました。\n警察関係者によりますと、男は調べに対し、これまでに30回ほど盗んだと話しているということです。',
      '30回',
      '警察関係者',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});
