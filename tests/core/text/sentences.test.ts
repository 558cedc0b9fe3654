import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceIndexAt, splitSentences } from '../../../core/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at 。！？ and keeps the closing bracket with its sentence', () => {
    expect(texts('雨が降った。風も強い！本当か？（終わり。）')).toEqual([
      '雨が降った。',
      '風も強い！',
      '本当か？',
      '（終わり。）',
    ]);
  });

  it('reads a full-width full stop between digits as a decimal point, elsewhere as a sentence end', () => {
    expect(texts('出生率は１．１５で、過去最低だった．次の文。')).toEqual([
      '出生率は１．１５で、過去最低だった．',
      '次の文。',
    ]);
  });

  it('never splits inside 「」『』 or parentheses', () => {
    const t = '「来年は増やす。再来年もだ」と社長は語った。次の文。';
    expect(texts(t)).toEqual(['「来年は増やす。再来年もだ」と社長は語った。', '次の文。']);
    expect(texts('『一つ目。二つ目』という本だ。')).toHaveLength(1);
    expect(texts('会社（本社・東京。従業員300人）は発表した。')).toHaveLength(1);
  });

  it('ends a sentence at a quote that ends with 。 and is not taken up by と', () => {
    expect(texts('「もう限界だ。」男はつぶやいた。')).toEqual(['「もう限界だ。」', '男はつぶやいた。']);
    expect(texts('「もう限界だ。」と男は言った。')).toHaveLength(1);
  });

  it('treats an unmatched bracket as plain text, so it cannot swallow the line', () => {
    expect(texts('彼は「そう言った。次の文。最後の文。')).toEqual(['彼は「そう言った。', '次の文。', '最後の文。']);
    expect(texts('閉じ）だけがある。次の文。')).toEqual(['閉じ）だけがある。', '次の文。']);
  });

  it('numbers paragraphs by lines, skipping blank lines, and at 。 + ideographic space', () => {
    const s = splitSentences('一つ目。\n\n二つ目。三つ目。　四つ目。');
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['一つ目。', 0],
      ['二つ目。', 1],
      ['三つ目。', 1],
      ['四つ目。', 2],
    ]);
  });

  it('trims surrounding spaces and keeps exact offsets', () => {
    const t = '　見出し\n　本文です。次です。';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(texts(t)).toEqual(['見出し', '本文です。', '次です。']);
  });

  it('finds the sentence at an offset', () => {
    const t = '一つ目。二つ目。';
    const s = splitSentences(t);
    expect(sentenceAt(s, 5)?.text).toBe('二つ目。');
    expect(sentenceIndexAt(s, 0)).toBe(0);
    expect(sentenceIndexAt(s, 99)).toBe(-1);
  });

  it('property: sentences are sorted, disjoint, exact slices, and cover every non-space character', () => {
    const alphabet = fc.constantFrom(
      'あ',
      '字',
      '。',
      '！',
      '「',
      '」',
      '（',
      '）',
      '\n',
      '　',
      ' ',
      'A',
      '1',
      '『',
      '』',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const t = chars.join('');
        const s = splitSentences(t);
        let covered = 0;
        let prevEnd = 0;
        for (const x of s) {
          expect(x.start).toBeGreaterThanOrEqual(prevEnd);
          expect(x.end).toBeGreaterThan(x.start);
          expect(t.slice(x.start, x.end)).toBe(x.text);
          covered += x.text.replace(/\s/g, '').length;
          prevEnd = x.end;
        }
        expect(covered).toBe(t.replace(/\s/g, '').length);
      }),
    );
  });

  it('property: a balanced quote is never cut', () => {
    const part = fc.stringMatching(/^[あ字。！]{0,8}$/);
    fc.assert(
      fc.property(part, part, part, (a, q, b) => {
        const t = `${a}「${q}」${b}`;
        const open = a.length;
        const s = splitSentences(t);
        expect(sentenceIndexAt(s, open)).toBe(sentenceIndexAt(s, open + q.length + 1));
      }),
    );
  });
});
