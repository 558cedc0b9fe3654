import { isNoun, isNounPrefix } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Span } from './candidate';
import { isCommonWord } from './common-words';

/**
 * Whether a name would end in a prefix cut from the noun it is attached to: 「今期純利益」's 今期純 (純 is
 * IPADIC's 接頭詞,名詞接続 before 利益), 「前年同期比」 — a word of the text split in two, no name. A name's
 * last word is never a prefix waiting for its noun.
 */
export function endsInCutPrefix(tokens: readonly Token[], c: Span): boolean {
  const i = tokenAt(tokens, c.end - 1);
  const last = tokens[i];
  const next = tokens[i + 1];
  if (!last || last.end !== c.end || last.start <= c.start || !isNounPrefix(last)) return false;
  // Only after a plain word (「今期」): after a name the kanji may be the end of a given name the
  // dictionary also knows as a prefix (「大谷翔平」's 平).
  const before = tokens[i - 1];
  if (!before || !isCommonWord(before)) return false;
  return next !== undefined && next.start === last.end && isNoun(next);
}
