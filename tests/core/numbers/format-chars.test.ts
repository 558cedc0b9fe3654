import { beforeAll, describe, expect, it } from 'vitest';
import { originalSpan, stripFormatChars } from '../../../core/numbers/format-chars';
import type { Token } from '../../../core/types';
import { dates } from '../dates/helpers';
import { figures, loadTokenizer } from '../figures/helpers';

beforeAll(loadTokenizer);

const ZWSP = '\u200B';
const token = (surface: string, start: number): Token => ({
  surface,
  start,
  end: start + surface.length,
  pos: '名詞',
  pos1: '数',
  pos2: '*',
  pos3: '*',
  basic: surface,
  reading: null,
  known: true,
});

describe('stripFormatChars', () => {
  it('leaves text without format characters alone', () => {
    expect(stripFormatChars('予算は1億2千万円だ。', [])).toBeNull();
  });

  it('takes them out and maps every offset back', () => {
    const text = `1億${ZWSP}2千万円`;
    const s = stripFormatChars(text, [token('1', 0), token('億', 1), token(ZWSP, 2), token('2', 3)]);
    expect(s?.text).toBe('1億2千万円');
    expect(s?.tokens.map((t) => [t.surface, t.start, t.end])).toEqual([
      ['1', 0, 1],
      ['億', 1, 2],
      ['2', 2, 3],
    ]);
    if (!s) return;
    // The whole number in the stripped text covers the invisible character in the original.
    expect(originalSpan(s, 0, 6)).toEqual({ start: 0, end: 7 });
    // A span starting after it does not cover it.
    expect(originalSpan(s, 2, 6)).toEqual({ start: 3, end: 7 });
  });

  it('keeps astral characters (emoji) whole', () => {
    const s = stripFormatChars(`😀${ZWSP}3人`, []);
    expect(s?.text).toBe('😀3人');
  });
});

describe('numbers with invisible characters inside (issue 16)', () => {
  it.each([
    [`予算は1億${ZWSP}2千万円だ。`, 120000000],
    [`予算は1億2千万${ZWSP}円だ。`, 120000000],
    ['参加者は1\u00AD500人だった。', 1500],
    ['参加者は3\u2060万人を超えた。', 30000],
    ['売上高は\uFEFF５，０００億円だった。', 500000000000],
    ['支持率は4\u200E2%だった。', 42],
  ])('%s', (text, value) => {
    const [f, ...rest] = figures(text);
    expect(rest).toEqual([]);
    expect(f?.value).toBe(value);
    // Offsets point into the text as given: the mark covers what the reader sees.
    expect(f && text.slice(f.start, f.end)).toBe(f?.text);
  });

  it('marks the whole number, invisible characters included', () => {
    const text = `予算は1億${ZWSP}2千万円だ。`;
    const [f] = figures(text);
    expect([f?.start, f?.end, f?.core]).toEqual([3, 10, `1億${ZWSP}2千万`]);
  });

  it('reads dates through them too', () => {
    expect(dates(`2025年7${ZWSP}月10日に発表した。`)).toEqual([[`2025年7${ZWSP}月10日`, '2025-07-10']]);
  });
});

describe('the format characters we strip', () => {
  it('are exactly the BMP characters of Unicode category Cf', () => {
    const cf = /\p{Cf}/u;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const stripped = stripFormatChars(`1${ch}2`, [])?.text === '12';
      expect(stripped, c.toString(16)).toBe(cf.test(ch));
    }
  });
});
