import { describe, expect, it } from 'vitest';
import { isJapaneseText } from '../../../../lib/content/page/language';

const ja = '市によると、今年の夏祭りには約3万人が訪れ、前の年より2割ほど多かった。';
const en =
  'The city said about 30,000 people visited the summer festival this year, some 20 percent more than last year.';
const zh = '市政府表示，今年夏季节日约有三万人参观，比去年增加两成左右。';

describe('isJapaneseText', () => {
  it('accepts Japanese prose and rejects English and Chinese', () => {
    expect(isJapaneseText(ja)).toBe(true);
    expect(isJapaneseText(en)).toBe(false);
    // Kanji alone is not Japanese: without kana this is Chinese.
    expect(isJapaneseText(zh.repeat(3))).toBe(false);
  });

  it('needs less evidence when the page declares lang="ja"', () => {
    const mixed = `${en} ${ja} ${ja}`;
    expect(isJapaneseText(mixed)).toBe(false);
    expect(isJapaneseText(mixed, 'ja-JP')).toBe(true);
  });

  it('needs some kana even on a lang="ja" page', () => {
    expect(isJapaneseText('東京 大阪 名古屋', 'ja')).toBe(false);
  });
});
