import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const read = (text: string) => figures(text).map((f) => [f.text, f.kind]);

describe('N年 after an event noun, closing its phrase: how long it has gone on', () => {
  // 内戦2年、: a headline's phrase, the civil war in its second year.
  it.each([
    ['ミャンマー内戦3年、停戦の兆し見えず', '3年'],
    ['民営化7年、路線の半数が赤字に', '7年'],
    ['震災12年　仮設住宅なお残る', '12年'],
  ])('%s', (text, years) => {
    expect(read(text)).toContainEqual([years, 'duration']);
  });

  // An era's or a calendar's name before N年 makes a year, as does a particle (同社は24年、).
  it.each([
    '令和5年、法律が改正された。',
    '天保4年、大飢饉が起きた。',
    '西暦8年、寺が建てられた。',
    '同社は24年、東証に上場した。',
    '優勝したのは県立西浜高校2年、山田涼さんだった。',
    '受賞者は東山中3年、佐藤花さん。',
  ])('stays no figure: %s', (text) => {
    expect(read(text).filter(([, kind]) => kind === 'duration')).toEqual([]);
  });
});

describe('N期M年: the years a number of terms add up to', () => {
  it('reads the years after the terms', () => {
    expect(read('市長は2期8年の市政を振り返った。')).toEqual([
      ['2期', 'duration'],
      ['8年', 'duration'],
    ]);
  });

  it('leaves an ordinal term alone (第3期12年度 is a fiscal year)', () => {
    expect(read('第3期12年の計画書')).not.toContainEqual(['12年', 'duration']);
  });
});
