import type { Token } from '../types';
import type { SentenceView } from './cue';

/**
 * Nouns of an outlook that close a clause with で before a speaker's quote: 見通しで、「…」とみている. The
 * outlook is the speaker's as much as the quote is (予定で is a plan, not a view, and is left out).
 */
const OUTLOOK_NOUNS: ReadonlySet<string> = new Set(['見通し', '見込み']);

/**
 * 「同社は、年間では2万品目に達する見通しで、「来年も続く」とみている」: a clause closing on an outlook noun
 * and で, right before the quote the verb reports, is the speaker's outlook — the quote's content reaches
 * back to the clause's start. `open` is the quote's opening bracket, `clause` the clause's first token.
 * Returns the offset the content starts at, or null when no outlook stands before the quote.
 */
export function outlookBefore(tokens: readonly Token[], v: SentenceView, open: number, clause: number): number | null {
  let k = open - 1;
  if (tokens[k]?.surface === '、') k--;
  if (tokens[k]?.surface !== 'で' || k - 1 < Math.max(clause, v.first)) return null;
  if (!OUTLOOK_NOUNS.has(tokens[k - 1]?.surface ?? '')) return null;
  return (tokens[clause] as Token).start;
}
