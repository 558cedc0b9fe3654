import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

// Sentences with no words (a lone full stop, spaces): the rules that read a sentence from its end
// (plans, the copula that names a report) must find nothing there, not fail.
describe('sentences with no words', () => {
  it.each(['.　', '。', '。。\n。', '　\n', '3人。。'])('%j', (text) => {
    expect(() => analyze(text, realTokenizer())).not.toThrow();
  });
});
