import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

describe('一 and a counter qualified by a clause ending on a verb is the thing itself', () => {
  it.each(['合意は和平に向けた一歩にすぎないと外相は述べた。', '新社長が踏み出した一歩は小さくない。'])(
    '%s',
    (text) => {
      expect(texts(text)).toEqual([]);
    },
  );

  it('a particle before it, or digits, leave the count', () => {
    expect(texts('四番打者がホームランを一発打った。')).toEqual(['一発']);
    expect(texts('市内で新たに一人が感染した。')).toEqual(['一人']);
    expect(texts('避難所に残った1人は高齢の男性だった。')).toEqual(['1人']);
  });
});
