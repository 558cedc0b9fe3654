import { describe, expect, it } from 'vitest';
import { alternation, WordIndex, wordsWhere, wordTable } from '../../../core/lexicon/word-table';

describe('wordTable and wordsWhere', () => {
  it('keeps the written order and gives each reader its named view', () => {
    const t = wordTable<readonly string[]>({ 議長: ['source', 'name'], 記者: ['source'], ちゃん: ['name'] });
    expect([...t.keys()]).toEqual(['議長', '記者', 'ちゃん']);
    expect(wordsWhere(t, (r) => r.includes('name'))).toEqual(['議長', 'ちゃん']);
  });
});

describe('WordIndex', () => {
  const index = new WordIndex<string>([
    ['カ月', 'month'],
    ['カ月間', 'months'],
    ['官', 'official'],
    ['報道官', 'spokesperson'],
    ['カ月', 'listed twice'],
  ]);

  it('finds the longest word starting at a position (カ月間 over カ月)', () => {
    expect(index.longestAt('3カ月間で', 1)).toEqual(['カ月間', 'months']);
    expect(index.longestAt('3カ月で', 1)).toEqual(['カ月', 'month']);
    expect(index.longestAt('3年で', 1)).toBeUndefined();
    // A word listed twice keeps its first attributes.
    expect([...index.startingAt('カ月', 0)]).toEqual([['カ月', 'month']]);
  });

  it('finds the longest word ending at a position (報道官 over 官), and asks `ok` in that order', () => {
    expect(index.longestEndingAt('米報道官は', 4)).toEqual(['報道官', 'spokesperson']);
    expect(index.longestSuffixOf('米報道官')).toBe('報道官');
    expect(index.longestEndingAt('米報道官', 4, (w) => w.length < 3)).toEqual(['官', 'official']);
    expect([...index.endingAt('報道官', 3)].map(([w]) => w)).toEqual(['報道官', '官']);
    // Never before the start of the text.
    expect(index.longestEndingAt('道官', 2)).toEqual(['官', 'official']);
  });

  it('indexes plain words', () => {
    const words = WordIndex.of(['州', '県', '郡']);
    expect(words.longestAt('県庁', 0)?.[0]).toBe('県');
    expect(words.longestAt('', 0)).toBeUndefined();
  });
});

describe('alternation', () => {
  it('puts longer words first and escapes syntax characters', () => {
    const re = new RegExp(alternation(['報告', '報告書', '(株)']), 'g');
    expect('報告書と報告と(株)'.match(re)).toEqual(['報告書', '報告', '(株)']);
  });
});
