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

// A text cut off after a contrast's comma, as a paywall cuts a lead: no clause follows it to read.
describe('a text ending on a contrast', () => {
  it.each([
    '作品約60点が掲載された。森下さんは削除を求めたが、',
    '訴状によると、同社のサイトには作品約60点が掲載された。森下さんは削除を求めたが、',
  ])('%j', (text) => {
    expect(() => analyze(text, realTokenizer())).not.toThrow();
  });
});
