import type { Token } from '../types';

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);

/**
 * Splits tokens into sentence-sized runs [from, to) for the tagger: after 。！？ and wherever a line
 * break or skipped text separates two tokens. The tagger was trained on single sentences, so it
 * decodes the same units at run time (and Viterbi stays linear in the article).
 */
export function tokenSegments(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const prev = tokens[i - 1] as Token;
    const cur = tokens[i];
    if (!cur || cur.start !== prev.end || SENTENCE_END.has(prev.surface)) {
      out.push([from, i]);
      from = i;
    }
  }
  return out;
}
