import { isCounter, isGenitive, isNumeral, isPredicateWord } from '../text/pos';
import { ROUND_CLOSERS, ROUND_OPENERS } from '../text/script';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { type NamePhrase, phraseEndingAt, phraseStartingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import type { Speaker } from './topic';

const hasOpening = (s: string): boolean => s.includes('（') || s.includes('(');

/**
 * The speaker named in brackets right after a quote: 「売上は前年の2倍になった」（山田社長）. The
 * quote is theirs; the cue is the bracket as written, and may describe them by age (（70代の女性）). An age
 * alone, a place or a credit (（共同）) names nobody.
 */
export function findBracketedSpeakers(tokens: readonly Token[], v: SentenceView): Cue[] {
  const out: Cue[] = [];
  // 」（山田社長） needs an opening round bracket: a sentence without one is passed over whole.
  if (!hasOpening(v.sentence.text)) return out;
  for (let i = v.first + 1; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (!ROUND_OPENERS.has(t.surface) || depthAt(v, i) > 0) continue;
    const close = tokens[i - 1] as Token;
    if (close.surface !== '」' && close.surface !== '』') continue;
    const open = quoteOpening(tokens, v, i - 1);
    const who = open < 0 ? null : bracketed(tokens, v, i);
    if (!who) continue;
    out.push({
      kind: 'quote',
      speaker: who.phrase,
      type: who.type,
      cue: textOf(tokens, i, ageAfter(tokens, who.phrase.next)),
      contentStart: (tokens[open] as Token).start,
      contentEnd: close.end,
      announce: false,
      via: null,
    });
  }
  return out;
}

/**
 * A line that is only a speaker in brackets, as television news writes before the words it
 * quotes on the next lines: （近所の住民）.
 */
export function speakerLabel(tokens: readonly Token[], v: SentenceView): Speaker | null {
  if (!ROUND_OPENERS.has((tokens[v.first] as Token | undefined)?.surface ?? '')) return null;
  const who = bracketed(tokens, v, v.first);
  return who && who.phrase.next + 1 === v.end ? who : null;
}

/** The name phrase filling the brackets opened at token `i`, when it is a speaker: （山田社長）, （近所の住民）. */
function bracketed(tokens: readonly Token[], v: SentenceView, i: number): Speaker | null {
  // Brackets hold a description alone, which may qualify twice: （都内の私立高校の進路指導担当教諭）…
  const whole = phraseStartingAt(tokens, i + 1, v.end, 2);
  // …or a clause describing the person they end with: （小学5年の長女がいる40代の母親）.
  const phrase =
    whole && ROUND_CLOSERS.has(tokens[ageAfter(tokens, whole.next)]?.surface ?? '')
      ? whole
      : describedInBrackets(tokens, v, i);
  if (!phrase) return null;
  // （34）, （34歳）: an age. A number before the person word describes them: （東和市の70代男性）.
  const head = tokens[phrase.last];
  if (isNumeral(head) || isCounter(head)) return null;
  // 「ホテル東和」（大阪市）: where a name is, not who speaks.
  if (phrase.headPlace) return null;
  // A person or someone unnamed speaks; （共同）, （ロイター）, （東京都） credit a photo or place a name.
  const type = sourceTypeOf(phrase) ?? (phrase.hasPerson ? 'person' : null);
  return type === 'person' || type === 'anonymous' ? { phrase, type } : null;
}

// How far a describing clause in brackets may run before its person.
const MAX_DESCRIPTION = 24;

/**
 * The person a bracketed description ends with, after a clause that describes them: （小学5年の長女が
 * いる40代の母親） → 母親. The clause ends in a predicate (いる, 勤める, 営む) right before the phrase
 * or before an age qualifier of it; nothing in the brackets opens a quote or ends a sentence.
 */
function describedInBrackets(tokens: readonly Token[], v: SentenceView, i: number): NamePhrase | null {
  let close = -1;
  for (let k = i + 1; k < v.end && k <= i + MAX_DESCRIPTION; k++) {
    const s = (tokens[k] as Token).surface;
    if (ROUND_CLOSERS.has(s)) {
      close = k;
      break;
    }
    if (ROUND_OPENERS.has(s) || s === '「' || s === '。') return null;
  }
  if (close < i + 3) return null;
  const phrase = phraseEndingAt(tokens, close - 1, i + 1);
  if (!phrase || phrase.first <= i + 1) return null;
  // …いる母親 / …いる40代の母親: a predicate right before, or an age qualifier after one.
  const before = tokens[phrase.first - 1];
  if (!isPredicateWord(before) && !isGenitive(before)) return null;
  for (let k = i + 1; k < phrase.first; k++) if (isPredicateWord(tokens[k])) return phrase;
  return null;
}

/** Past an age set after the person with a comma (（北区の会社員女性、31歳）): the token after it, else `k`. */
function ageAfter(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.surface !== '、' || !isNumeral(tokens[k + 1])) return k;
  let j = k + 1;
  while (isNumeral(tokens[j])) j++;
  if (tokens[j]?.surface === '歳') j++;
  return j;
}

/** The 「 that opens the quote closing at token `close`, or -1. */
function quoteOpening(tokens: readonly Token[], v: SentenceView, close: number): number {
  const d = depthAt(v, close);
  for (let k = close - 1; k >= v.first; k--) {
    const s = (tokens[k] as Token).surface;
    if ((s === '「' || s === '『') && depthAt(v, k) === d) return k;
  }
  return -1;
}

function textOf(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k <= to && k < tokens.length; k++) s += (tokens[k] as Token).surface;
  return s;
}
