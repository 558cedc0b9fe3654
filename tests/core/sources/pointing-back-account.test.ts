import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// これは県がまとめたもので: pointing back, a credit names the sentence right before it; past that, only
// sentences that go on with the same account (no topic or subject of their own) are its too.
describe('これは…まとめたものだ names an account whose later sentences have no subject of their own', () => {
  it.each([
    [
      '市内の空き巣の被害は昨年、312件に上り、過去10年で最多となった。前の年の約1.4倍に増えた。これは市が8日にまとめたもので、夜間の被害が目立った。',
      '312件',
      '市',
    ],
    // NHK register, full-width digits
    [
      '県内で見つかった野生のシカは去年、４８００頭に上りました。おととしより３割ほど多くなりました。これは県が１２日にまとめたものです。',
      '４８００頭',
      '県',
    ],
    // the sentence right before, as before
    [
      '市内の空き巣の被害は昨年、312件に上り、過去10年で最多となった。前の年の約1.4倍に増えた。これは市が8日にまとめたもので、夜間の被害が目立った。',
      '約1.4倍',
      '市',
    ],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it.each([
    // a sentence with a topic of its own between: the figure before it is the outlet's background
    ['北山町の人口は約1万2000人だ。町の財政は厳しく、基金は3年で底をつく。これは町がまとめたものだ。', '約1万2000人'],
    // the topic says what is counted: 5市町 is the outlet's description, not the compiled figure
    [
      '県と周辺5市町に寄せられた苦情は昨年、412件に上った。前の年の約1.4倍に増えた。これは県が8日にまとめたものだ。',
      '5市町',
    ],
  ])('%s → none for %s', (text, surface) => {
    expect(nameOf(text, surface)).toBe('');
  });
});
