import { COURT_HEADS, JUDGE_TITLES } from '../lexicon/source-nouns';
import { isGenitive } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { phraseEndingAt } from './name-phrase';
import type { Speaker } from './topic';

// How many words before a court's head its name may start (北山地方裁判所東和支部).
const COURT_SPAN = 6;

const endsInAny = (s: string, words: readonly string[]) => words.some((w) => s.endsWith(w));

/**
 * The party an order given by `who` is told as: for a judge (山内理恵裁判長は…約8600万円の支払いを命じた)
 * the court — the one the judge's name gives (東和地裁の佐藤裁判長), else the last one the paragraph named
 * before it (判決が23日、東和地裁であった。) — or no one, never the judge. Undefined when `who` is no judge.
 */
export function benchOf(text: string, tokens: readonly Token[], who: Speaker): Speaker | null | undefined {
  if (who.type !== 'person' || !endsInAny(who.phrase.text, JUDGE_TITLES)) return undefined;
  const opens = text.lastIndexOf('\n', who.phrase.start) + 1;
  const from = tokenAt(tokens, opens);
  for (let k = who.phrase.last - 1; k >= from && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!endsInAny(t.surface, COURT_HEADS)) continue;
    // Inside the judge's name a court is followed by の (東和地裁の佐藤裁判長); before it, any court named.
    if (k >= who.phrase.first && !isGenitive(tokens[k + 1])) continue;
    const court = phraseEndingAt(tokens, k, Math.max(from, k - COURT_SPAN));
    if (court && endsInAny(court.text, COURT_HEADS)) return { phrase: court, type: 'government' };
  }
  return null;
}
