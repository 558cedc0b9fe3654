import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../cli/tokenizer';
import type { WordInfo } from '../../core/text/tokens';
import type { Tokenizer } from '../../core/types';
import { extensionImage } from '../../scripts/dictionary-assets';
import { readImage, SECTION_NAMES } from '../../tokenizer/image';
import { loadKuromoji, readDictionaryImage } from '../../tokenizer/node';
import { type ImageTokenizer, tokenizerFromImage } from '../../tokenizer/tokenizer';

let kuromoji: Tokenizer;
let ours: Tokenizer;
beforeAll(async () => {
  kuromoji = await loadKuromoji();
  ours = await loadNodeTokenizer();
}, 120_000);

/** Tokens as kuromoji serialises them (word ids, positions and undefined fields included). */
const same = (text: string) =>
  expect(JSON.stringify(ours.tokenize(text))).toBe(JSON.stringify(kuromoji.tokenize(text)));

describe('the image tokenizer', () => {
  it('returns exactly kuromoji’s tokens on news-like sentences', () => {
    for (const text of [
      '政府は2025年度の補正予算として約3兆5千億円を計上したと、財務省の担当者が明らかにした。',
      'ロイター通信によると、ウクライナ東部ではおよそ1万2000人が避難した。',
      '「数十人が負傷した」と地元当局者は語った。ＣＮＮが報じた。',
      'ゼレンスキー大統領とプーチン大統領、習近平国家主席が会談する見通しだ。',
      '東京・渋谷区の人口は約23万人で、前年比1.5%増えた',
      '書かれた本を読まなかったので、行きたくない。美しかった。',
      'ｱｲｳ ＡＢＣ abc 123 ４５６ ?!（）…―〜',
      '、、。。',
      '',
    ])
      same(text);
  });

  it('follows kuromoji around surrogate pairs, lopsided positions and all', () => {
    same('𠮷野家の社長は3万人と述べた。次の文には絵文字🎉がある、そして終わる。');
    same('😀😀😀あ😀漢字𠮷𠮷カタカナ😀ABC');
    same('𠮷');
  });

  it('matches kuromoji on random mixes of scripts, punctuation, spaces and surrogate pairs', () => {
    const alphabet = [
      ...'あいうえおかきくけこんっーアイウエオカキクケコンヴ・日本東京市県人万円年月億兆第約a1Z９０ＡＢ .,、。「」（）!\n\t',
      '𠮷',
      '😀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        same(chars.join(''));
      }),
      { numRuns: 800 },
    );
  });

  it('matches kuromoji on long runs of one script (grouped unknown words)', () => {
    same(`${'カタカナ'.repeat(60)}とＡＢＣＤ${'Ｚ'.repeat(100)}と${'１２３'.repeat(50)}`);
    same(`${'あ'.repeat(300)}${'漢'.repeat(200)}${' '.repeat(50)}`);
  });

  it('matches kuromoji on every character class: each BMP character alone and in a run', () => {
    // One piece per block of 64 code units (surrogates and 、。 left out), all classes met. U+0000
    // is kuromoji's trie terminator: kuromoji throws on it, ours reads it as an unknown symbol.
    for (let c = 0; c < 0x10000; c += 64) {
      let text = '';
      for (let u = Math.max(1, c); u < c + 64; u++)
        if ((u < 0xd800 || u > 0xdfff) && u !== 0x3001 && u !== 0x3002) text += String.fromCharCode(u);
      same(text);
    }
    expect(() => kuromoji.tokenize('a\u0000b')).toThrow();
    expect(ours.tokenize('a\u0000b').map((t) => t.surface_form)).toEqual(['a', '\u0000', 'b']);
  });
});

describe('the extension’s image (kuromoji’s word ids left out)', () => {
  const words = (t: ImageTokenizer, text: string) => {
    const out: [number, WordInfo][] = [];
    t.tokenizeWords(text, (units, word) => out.push([units, word]));
    return out;
  };

  it('is the whole image less the word ids, and gives the pipeline the same words', async () => {
    const whole = await readDictionaryImage();
    const bytes = await readFile(await extensionImage());
    const ext = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const a = readImage(whole);
    const b = readImage(ext);
    expect(b.wordIds.length).toBe(0);
    expect(a.wordIds.length).toBeGreaterThan(0);
    expect(whole.byteLength - ext.byteLength).toBeGreaterThanOrEqual(a.wordIds.byteLength);
    for (const n of SECTION_NAMES)
      if (n !== 'wordIds')
        expect(
          Buffer.from(b[n].buffer, b[n].byteOffset, b[n].byteLength).equals(
            Buffer.from(a[n].buffer, a[n].byteOffset, a[n].byteLength),
          ),
        ).toBe(true);
    const [wholeT, extT] = [tokenizerFromImage(whole), tokenizerFromImage(ext)];
    const text = '市の推計では、来年度までに約1500人の雇用が生まれるという。ｱｲｳ ABC';
    expect(words(extT, text)).toEqual(words(wholeT, text));
    // kuromoji's own token objects still come, with no word id to give.
    const tokens = extT.tokenize('東京に行く') as unknown as { word_id: number; surface_form: string }[];
    expect(tokens.map((t) => t.surface_form)).toEqual(['東京', 'に', '行く']);
    expect(tokens.every((t) => t.word_id === -1)).toBe(true);
  });
});
