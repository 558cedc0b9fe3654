import { isCommonNoun, isNoun, isSahenNoun, isSuffix } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { DateMention, Token } from '../types';
import { parseYmd, type Ymd } from './calendar';
import type { Candidate } from './scan';

/** The shortest event noun looked for (大会, 選挙, 式典; a one-kanji noun is too loose to find again). */
const MIN_EVENT = 2;

/**
 * 「8月31日に開かれた花火大会 … 大会当日に駅を利用した」: a day word glued to an event noun (大会当日,
 * 選挙翌日) counts from the day the article dated that event — the last day named before the event's
 * first mention, in the same sentence. Returns where the mention starts (the event noun's start) and
 * the event's day, or null when the word has no noun glued before it or the event was never dated.
 */
export function eventDay(
  text: string,
  tokens: readonly Token[],
  c: Candidate,
  dated: readonly DateMention[],
): { start: number; day: Ymd } | null {
  const { spec } = c;
  const rel = spec.kind === 'calendar' && spec.day?.type === 'rel' ? spec.day.word : null;
  if (rel?.anchor !== 'previous' || rel.unit !== 'day') return null;
  const t = tokens[tokenAt(tokens, c.start - 1)];
  if (!t || t.end !== c.start || !isNoun(t) || isSuffix(t) || t.surface.length < MIN_EVENT) return null;
  if (!isCommonNoun(t) && !isSahenNoun(t)) return null;
  const first = text.indexOf(t.surface);
  if (first < 0 || first >= t.start) return null;
  const before = dated.filter((d) => d.end <= first && !text.slice(d.end, first).includes('。')).at(-1);
  const day = before && typeof before.value === 'string' ? parseYmd(before.value.slice(0, 10)) : null;
  return day ? { start: t.start, day } : null;
}
