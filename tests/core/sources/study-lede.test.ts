import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// …ことが、Xの研究チームの分析でわかった in the lede: the team's study, told on in the paragraphs after.
describe('a research team’s finding in the lede opens the story (…ことが、…の研究チームの分析でわかった)', () => {
  const lede =
    '見出し\n県内の湖の透明度がこの30年で平均2.1メートル低下したことが、南浜大学と湖沼研究所の共同研究チームの分析でわかった。\n';

  it('the team’s deeds and the findings after them are its study', () => {
    const text = `${lede}チームは1990年以降の観測記録約4万件を調べた。特に夏場は、透明度が1メートルを下回る日が年間20日以上に増えていた。`;
    expect(analyzedNames(text, ['約4万件', '20日以上'])).toEqual(Array(2).fill('南浜大学と湖沼研究所の共同研究チーム'));
  });

  it('with another team word (…らの研究グループの調査で分かった) too', () => {
    const text =
      '見出し\n市街地の夜の気温が20年で1.5度上がったことが、東山大学の田中一郎教授らの研究グループの調査で分かった。\n' +
      'グループは市内の観測点約300カ所の記録を集めた。';
    expect(analyzedNames(text, ['約300カ所'])).toEqual(['東山大学の田中一郎教授らの研究グループ']);
  });

  it('a police tally or the outlet’s inquiry in the lede opens no story of its own', () => {
    const police =
      '見出し\n市内の空き巣が昨年より3割増えたことが、北山署の調べで分かった。\n男は昨年、現金約80万円を盗んだ。';
    expect(analyzedNames(police, ['約80万円'])).toEqual(['']);
    const asked = '見出し\n工場の出荷が2割減ったことが、関係者への取材で分かった。\n工場は部品約500個を作った。';
    expect(analyzedNames(asked, ['約500個'])).toEqual(['']);
  });

  it('the same finding later in the story is no lede', () => {
    const text =
      '見出し\n北浜湖で観光船が運航を始めた。\n湖の透明度が2.1メートル低下したことが、南浜大学の研究チームの分析でわかった。\n' +
      '初日の乗客は約200人だった。';
    expect(analyzedNames(text, ['約200人'])).toEqual(['']);
  });
});
