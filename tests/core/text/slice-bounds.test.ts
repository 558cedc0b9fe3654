import { describe, expect, it } from 'vitest';
import { sliceBounds } from '../../../core/text/slice-bounds';

const pieces = (text: string, max: number) => sliceBounds(text, max).map(([s, e]) => text.slice(s, e));

describe('sliceBounds', () => {
  it('keeps whole lines, cuts a long line after its last 。, and covers the text without gaps', () => {
    const text = 'あいう。\nかきくけこ。さしすせそ。\nたち';
    expect(pieces(text, 9)).toEqual(['あいう。\n', 'かきくけこ。', 'さしすせそ。\nたち']);
    expect(pieces(text, 9).join('')).toBe(text);
  });
  it('never cuts a surrogate pair when a line has no 。 (𠮷 is two UTF-16 units)', () => {
    const text = 'あ𠮷𠮷𠮷';
    expect(pieces(text, 2)).toEqual(['あ', '𠮷', '𠮷', '𠮷']);
  });
});
