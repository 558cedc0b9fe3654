import { beforeAll } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

/** [text, value] pairs findDates reports for `text` (no tokens: every span counts as a word). */
export function dates(text: string, published: string | null = '2025-07-10'): [string, unknown][] {
  return findDates(text, [], published).map((d) => [d.text, d.value]);
}

/** A case read with real tokens: the text, its publication date, the [text, value] pairs it must give. */
export type TokenCase = readonly [string, string, readonly (readonly [string, unknown])[]];

/**
 * findDates over kuromoji's tokens, as the analyser calls it (a clause's verb and a word's class decide
 * some dates: 反映される夏以降, 企画展「…」で公開する). Call at a test file's top level: the tokenizer loads
 * before the file's tests.
 */
export function tokenDates(): (text: string, published: string) => [string, unknown][] {
  let tokenizer: Tokenizer;
  beforeAll(async () => {
    tokenizer = await loadNodeTokenizer();
  });
  return (text, published) => findDates(text, tokenizeText(text, tokenizer), published).map((d) => [d.text, d.value]);
}
