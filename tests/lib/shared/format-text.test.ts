import { describe, expect, it } from 'vitest';
import { displayText } from '../../../lib/shared/format-text';

describe('page text made safe to show', () => {
  it('removes bidi overrides, embeddings, isolates and marks, so a sentence cannot be mirrored', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE would draw 「人万3」 and drag the cells after it along.
    expect(displayText('避難者は\u202E3万人\u202Cに上った')).toBe('避難者は3万人に上った');
    expect(displayText('\u2067開いたまま')).toBe('開いたまま');
    expect(displayText('a\u200Fb\u200Ec\u061Cd\u202Ae\u202Bf\u202Dg\u2066h\u2068i\u2069')).toBe('abcdefghi');
  });
  it('turns line breaks and tabs into one space and drops other control characters', () => {
    expect(displayText('一行目\r\n二行目\t三\u2028四\u2029五')).toBe('一行目 二行目 三 四 五');
    expect(displayText('ベル\u0007と\u0000ヌル\u007Fと\u009B')).toBe('ベルとヌルと');
  });
  it('leaves ordinary text, joiners and right-to-left script as they are', () => {
    const s = '東京（ＡＦＰ）＝3万人 👩‍👩‍👧 مرحبا';
    expect(displayText(s)).toBe(s);
  });
});
