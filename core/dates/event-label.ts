/**
 * A day written as the label of an event it qualifies (「12月1日開会の市議会」「5日投開票の市長選」「20日発売の
 * 新型機」): the day names which event is meant, the story does not move to it, so a later 同日 still means
 * the day the story told of (「市は26日、…12月1日開会の市議会に提出する。…JR北海道は同日、」 → the 26th).
 */

import { isPrefix, isSahenNoun } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';

/**
 * Whether the tokens from `end` are a verbal noun (名詞,サ変接続: 開会, 発売, 施行; a prefix may lead,
 * 投+開票) then の: the day before `end` labels an event. Without tokens, false.
 */
export function eventLabel(tokens: readonly Token[], end: number): boolean {
  let i = tokenAt(tokens, end);
  if (tokens[i]?.start !== end) return false;
  if (isPrefix(tokens[i])) i++;
  let nouns = 0;
  while (isSahenNoun(tokens[i]) && nouns < 2) {
    i++;
    nouns++;
  }
  const no = tokens[i];
  return nouns > 0 && no?.surface === 'の' && no.pos === '助詞';
}
