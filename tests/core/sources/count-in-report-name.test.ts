import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 民放4社の出口調査は…と予測していた: 4社 says who made the survey, in the outlet's words.
describe('a count inside a report’s own name is not credited to that report', () => {
  const text = '民放4社の出口調査は野党が過半数の25議席を取ると予測していた。';
  it('the count of its makers is the outlet’s', () => {
    expect(nameOf(text, '4社')).toBe('');
  });
  it('what the report predicts stays the report’s', () => {
    expect(nameOf(text, '25議席')).toBe('民放4社の出口調査');
  });
  it('a count in a body’s name is untouched (民放2社によると: the body speaks)', () => {
    expect(nameOf('東和テレビなど民放2社の世論調査によると、支持率は41%だった。', '41%')).not.toBe('');
  });
});
