import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a survey whose findings were made known goes on in the plain sentences of its paragraph', () => {
  it.each([
    [
      '在宅勤務を続けたい人が62%に上ることが、東和キャリアの調査で分かった。出社を望む人は18%にとどまった。',
      '18%',
      '東和キャリア',
    ],
    // NHK register, full-width digits, アンケート
    [
      '在宅勤務を続けたい人が６２％に上ることが、東和キャリアのアンケート調査で分かりました。出社を望む人は１８％にとどまりました。',
      '１８％',
      '東和キャリア',
    ],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it.each([
    // another actor's deed after it
    [
      '在宅勤務を続けたい人が62%に上ることが、東和キャリアの調査で分かった。政府は来年度、約30億円を補助する。',
      '約30億円',
      '政府',
    ],
    // the next paragraph is the outlet's own
    [
      '在宅勤務を続けたい人が62%に上ることが、東和キャリアの調査で分かった。\n在宅勤務の導入率は全国で約3割とされる。',
      '約3割',
      '',
    ],
    // what reporters found out is no survey: the next sentence is not carried
    [
      '男が約3年前から犯行を繰り返していたことが、捜査関係者への取材で分かった。被害額は約500万円に上る。',
      '約500万円',
      '',
    ],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });
});
