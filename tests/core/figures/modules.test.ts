import { describe, expect, it } from 'vitest';
import { isGluedNumber, isKanjiNumber } from '../../../core/figures/context';
import { prefixQualifiers, suffixQualifiers } from '../../../core/figures/qualify';
import { refineUnit } from '../../../core/figures/units';
import { COUNTER_BY_SURFACE, counterAt } from '../../../core/lexicon/counters';
import { numeralAt } from '../../../core/numbers/scan';

const at = (text: string, n: string) => [text.indexOf(n), text.indexOf(n) + n.length] as const;

describe('numeralAt', () => {
  it('reads the longest numeral and stops before a counter', () => {
    expect(numeralAt('1万1000人', 0)?.written).toBe('1万1000');
    expect(numeralAt('5,000人', 0)?.written).toBe('5,000');
    expect(numeralAt('5,00人', 0)?.written).toBe('5');
    expect(numeralAt('万一', 0)).toBeNull();
    expect(numeralAt('十数万人', 0)?.reading).toMatchObject({ min: 110000, vague: true });
  });
});

describe('isGluedNumber', () => {
  it.each([
    ['G7サミット', '7'],
    ['F-16を', '16'],
    ['iPhone 16を', '16'],
    ['03-1234-5678', '03'],
    ['/2025/07/', '07'],
    ['12:30に', '30'],
    ['第2次', '2'],
  ])('%s: %s is glued', (text, n) => {
    const [s, e] = at(text, n);
    expect(isGluedNumber(text, s, e)).toBe(true);
  });

  it('leaves a plain quantity alone', () => {
    expect(isGluedNumber('兵士3万人', 2, 4)).toBe(false);
  });
});

describe('isKanjiNumber (no tokens: lexicon only)', () => {
  const isCounter = (w: string) => COUNTER_BY_SURFACE.has(w);
  it('vetoes numeral words and accepts plain kanji numbers', () => {
    expect(isKanjiNumber('唯一の例', [], 1, 2, isCounter)).toBe(false);
    expect(isKanjiNumber('一部の店', [], 0, 1, isCounter)).toBe(false);
    expect(isKanjiNumber('三万人', [], 0, 2, isCounter)).toBe(true);
    expect(isKanjiNumber('十分後', [], 0, 1, isCounter)).toBe(true);
  });
});

describe('qualifiers', () => {
  it('stacks prefixes backwards from the number', () => {
    const q = prefixQualifiers('は最大震度6', 5);
    expect([q.edge, q.bound, q.unit, q.words]).toEqual([1, 'max', '震度', ['震度', '最大']]);
  });
  it('reads suffixes in order', () => {
    const q = suffixQualifiers('人以上に上る', 1);
    expect([q.edge, q.bound]).toEqual([3, 'min']);
  });
});

describe('counters and units', () => {
  it('prefers the longest counter', () => {
    expect(counterAt('カ月間', 0)?.surface).toBe('カ月間');
    expect(counterAt('キロワット', 0)?.unit).toBe('kW');
  });
  it('reads キロ by context', () => {
    const kiro = COUNTER_BY_SURFACE.get('キロ');
    if (!kiro) throw new Error('キロ missing');
    expect(refineUnit('重さ20キロ', 2, kiro, null).unit).toBe('kg');
    expect(refineUnit('距離20キロ', 2, kiro, null).unit).toBe('km');
  });
});
