import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKuromoji } from '../../../cli/tokenizer';
import type { Tokenizer } from '../../../core/types';
import { fastTokenizer } from '../../../lib/kuromoji/fast-tokenizer';
import { kuromojiInternals } from '../../../lib/kuromoji/internals';

let kuromoji: Tokenizer;
let fast: Tokenizer;
beforeAll(async () => {
  kuromoji = await loadKuromoji();
  fast = fastTokenizer(kuromoji);
});

/** Tokens as kuromoji would serialise them (undefined fields dropped, as JSON does). */
const same = (text: string) =>
  expect(JSON.stringify(fast.tokenize(text))).toBe(JSON.stringify(kuromoji.tokenize(text)));

describe('fastTokenizer', () => {
  it('returns exactly kuromoji’s tokens on news-like sentences', () => {
    for (const text of [
      '政府は2025年度の補正予算として約3兆5千億円を計上したと、財務省の担当者が明らかにした。',
      'ロイター通信によると、ウクライナ東部ではおよそ1万2000人が避難した。',
      '「数十人が負傷した」と地元当局者は語った。ＣＮＮが報じた。',
      'ゼレンスキー大統領とプーチン大統領、習近平国家主席が会談する見通しだ。',
      '東京・渋谷区の人口は約23万人で、前年比1.5%増えた',
      'ｱｲｳ ＡＢＣ abc 123 ４５６ ?!（）…―〜',
      '、、。。',
      '',
    ])
      same(text);
  });

  it('hands pieces with surrogate pairs to kuromoji and still matches', () => {
    same('𠮷野家の社長は3万人と述べた。次の文には絵文字🎉がある、そして終わる。');
  });

  it('matches kuromoji on random mixes of scripts, punctuation and spaces', () => {
    const alphabet = [
      ...'あいうえおかきくけこんっーアイウエオカキクケコンヴ・日本東京市県人万円年月億兆第約a1Z９０ＡＢ .,、。「」（）!\n\t𠮷',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        same(chars.join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('matches kuromoji on long runs of one script (grouped unknown words)', () => {
    same(`${'カタカナ'.repeat(60)}とＡＢＣＤ${'Ｚ'.repeat(100)}と${'１２３'.repeat(50)}`);
  });

  it('refuses an object that is not a built kuromoji tokenizer', () => {
    expect(() => kuromojiInternals({ tokenize: () => [] })).toThrow(/kuromoji internals/);
  });
});
