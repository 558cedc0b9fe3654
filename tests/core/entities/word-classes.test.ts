import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { entityModel } from '../../../core/entities/model';
import { Sections, writeSections } from '../../../core/entities/model-format';
import { spanVector } from '../../../core/entities/span-features';
import { installWordClasses, WordClasses } from '../../../core/entities/word-classes';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

// Three vector rows of two dimensions; row → fine class; fine → coarse class.
const small = WordClasses.build(
  new Map([
    ['ガルシア', [0, 3]],
    ['ロドリゲス', [0, 3]],
    ['CNN', [1, 6]],
    ['スマホ', [2, 7]],
  ] as [string, [number, number]][]),
  [5, 6, 7],
  [0, 0, 0, 0, 0, 1, 1, 2],
  Int8Array.of(127, 0, 0, 127, -127, -127),
);

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});
afterEach(() => installWordClasses(entityModel().words));

describe('WordClasses', () => {
  it('gives listed words their class, coarse class and Sudachi code; strangers none', () => {
    const i = small.indexOf('ロドリゲス');
    expect(small.fineAt(i)).toBe(5);
    expect(small.fineOf('ガルシア')).toBe(5);
    expect(small.coarseOf(5)).toBe(1);
    expect(small.sudachiAt(i)).toBe(3);
    expect(small.indexOf('ゴンザレス')).toBe(-1);
    expect(small.fineAt(-1)).toBe(-1);
    expect(small.sudachiAt(-1)).toBe(0);
  });

  it('folds full-width Latin letters: ＣＮＮ is CNN', () => {
    expect(small.fineOf('ＣＮＮ')).toBe(6);
  });

  it('round-trips through its sections', () => {
    const bytes = writeSections(small.sections());
    const back = WordClasses.read(new Sections(bytes.buffer as ArrayBuffer));
    expect(back.size).toBe(4);
    expect(back.dims).toBe(2);
    expect(back.fineOf('スマホ')).toBe(7);
  });

  it('builds a span vector: mean of the name’s words, its last word, the word after', () => {
    installWordClasses(small);
    const tokens = tokenizeText('ガルシアとスマホ', tokenizer);
    const v = spanVector(tokens, 0, 1);
    expect(Array.from(v ?? [])).toEqual([1, 0, 1, 0, 0, 0]);
    installWordClasses(null);
    expect(spanVector(tokens, 0, 1)).toBeNull();
  });

  it('ships classes that put names of one kind together', () => {
    const wc = entityModel().words;
    expect(wc).not.toBeNull();
    expect(wc?.fineOf('田中')).toBe(wc?.fineOf('佐藤'));
    expect(wc?.fineOf('ガルシア')).toBe(wc?.fineOf('ロドリゲス'));
    expect(wc?.fineOf('田中')).not.toBe(wc?.fineOf('横浜'));
  });
});
