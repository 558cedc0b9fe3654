import { describe, expect, it } from 'vitest';
import {
  DIGIT,
  HALF_WIDTH_KATAKANA,
  HIRAGANA,
  isDigit,
  isKanji,
  isLatin,
  KANA,
  KANJI,
  KATAKANA,
  LATIN,
  toFullWidth,
  toHalfWidth,
  toKatakana,
} from '../../../core/text/script';

const only = (cls: string) => new RegExp(`^[${cls}]+$`, 'u');

describe('script classes', () => {
  it('spell each script once, in both widths where Japanese text uses both', () => {
    expect(only(DIGIT).test('2025２０２５')).toBe(true);
    expect(only(LATIN).test('CNNｃｎｎＣＮＮ')).toBe(true);
    expect(only(HIRAGANA).test('ゆくゆくゝ')).toBe(true);
    expect(only(KATAKANA).test('ヴァイオリンヵヶ')).toBe(true);
    expect(only(KATAKANA).test('ミサイル・ー')).toBe(false);
    expect(only(KANA).test('ミサイル・ツー')).toBe(true);
    expect(only(HALF_WIDTH_KATAKANA).test('ｱｲｳｰ')).toBe(true);
    // Kanji in every block: 﨑 (compatibility), 𠮷 (beyond the BMP), the iteration mark 々 and 〇.
    expect(only(KANJI).test('山﨑𠮷野家々〇')).toBe(true);
    expect(only(KANJI).test('ひらがな')).toBe(false);
  });

  it('test one character, and a missing one is none', () => {
    expect(isDigit('３')).toBe(true);
    expect(isDigit('三')).toBe(false);
    expect(isLatin('ｋ')).toBe(true);
    expect(isKanji('𠮷野')).toBe(true);
    expect(isKanji('ア')).toBe(false);
    expect(isDigit(undefined)).toBe(false);
    expect(isKanji('')).toBe(false);
  });
});

describe('folding', () => {
  it('folds widths one unit for one, so offsets survive', () => {
    expect(toFullWidth('CNNが3万人')).toBe('ＣＮＮが３万人');
    expect(toHalfWidth('ｋｍ１０％')).toBe('km10%');
    expect(toKatakana('のべる')).toBe('ノベル');
    for (const s of ['F-16と3件', 'ｋｍ、ＣＯ２', 'きのう述べた']) {
      expect(toFullWidth(s)).toHaveLength(s.length);
      expect(toHalfWidth(s)).toHaveLength(s.length);
      expect(toKatakana(s)).toHaveLength(s.length);
    }
  });
});
