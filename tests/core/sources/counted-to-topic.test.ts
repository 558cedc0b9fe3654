import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 宿泊客は延べ30万人と、去年を5%上回ると見込んでいます: the people a clause of 「Xは N と、」 counts are what
// the estimate is of, never who makes it — the estimate is the report's in force, as with 「Xは N で、」.
// Our own sentences, broadcaster's and paper's register.
describe('people counted by 「…は N と、」 are not the estimate’s speaker', () => {
  it.each([
    [
      '北浜観光協会は10日、夏の観光客の見通しを発表しました。宿泊客は延べ30万人と、去年を5%上回ると見込んでいます。',
      ['30万人', '5%'],
      '北浜観光協会',
    ],
    [
      '北浜観光協会は10日、夏の観光客の見通しを発表しました。\n日帰り客は45万人と、去年を12%上回ると推計しています。',
      ['45万人', '12%'],
      '北浜観光協会',
    ],
    // paper, 約, a date inserted
    [
      '東和総研は12日、年末年始の帰省の予測をまとめた。帰省する人は約1,800万人と、前年より3%増えるとしている。',
      ['約1,800万人', '3%'],
      '東和総研',
    ],
    // full-width digits, 利用者
    [
      '北浜鉄道は２３日までに、連休中の利用の見通しを公表した。利用者は延べ８４万人と、前年並みになるとみている。',
      ['８４万人'],
      '北浜鉄道',
    ],
  ])('%s', (text, figures, who) => {
    for (const f of figures) expect(nameOf(text, f)).toBe(who);
  });
});

describe('who still speaks', () => {
  it('a body with 「N と、」 keeps its own estimate', () => {
    expect(nameOf('東和電機は、純利益を1,200億円と、前期比8%増を見込んでいる。', '1,200億円')).toBe('東和電機');
  });

  it('a person going with others (友人2人と、) still speaks', () => {
    expect(nameOf('男性は友人2人と、「1時間は待った」と話した。', '1時間')).toBe('男性');
  });
});
