import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

// A count written inside a party's name says who the party is, as the outlet names it: not what it reported.
describe('a figure inside the name of the party it would be credited to', () => {
  it('is not the party’s own claim (民放キー局4社の出口調査は…と予測していた)', () => {
    const text = '民放キー局4社の出口調査は与党が過半数を取ると予測していたが、結果は届かなかった。';
    expect(namesOf(text, ['4社'])).toEqual(['']);
  });

  it('the figures the party reported keep it', () => {
    const text = '民放キー局4社の出口調査は与党が60議席を取ると予測していた。';
    expect(namesOf(text, ['4社', '60議席'])).toEqual(['', '民放キー局4社の出口調査']);
  });

  it('a figure outside the name is unchanged (東和電機は…3割増えたと発表した)', () => {
    const text = '東和電機は10日、売上高が3割増えたと発表した。';
    expect(namesOf(text, ['3割'])).toEqual(['東和電機']);
  });
});
