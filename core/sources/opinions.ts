import { OPINION_NOUNS } from '../lexicon/reporting-cues';
import { isPredicateWord } from '../text/pos';
import type { Token } from '../types';
import type { SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import type { Speaker } from './topic';

/** A view closing its sentence, as written, and the people it says hold it, if it names them. */
export interface Opinion {
  cue: string;
  holder: Speaker | null;
}

// Where the holders of a view are written after it: …との見方が市場関係者の間で出ている,
// …との声が地元の商店主から上がった, …との指摘が専門家の中で相次ぐ.
const HOLDER_TAILS: readonly (readonly string[])[] = [
  ['の', '間', 'で'],
  ['の', '間', 'から'],
  ['の', '間', 'に'],
  ['の', '中', 'で'],
  ['から'],
];
// How many tokens the holders' phrase may take: 国内の大手証券会社のアナリスト.
const MAX_HOLDER = 10;

/**
 * 「との分析もある」, 「との見方が強い」, 「との声が上がっている」: と + の + a noun of opinion + も / が,
 * then the predicate closing the sentence — with the people who hold it between them, if written
 * (との見方が市場関係者の間で出ている). Returns the cue as written, or null.
 */
export function opinionAt(tokens: readonly Token[], v: SentenceView, i: number): Opinion | null {
  // …に上るという見方も出ている: IPADIC's one word という links the view as との does.
  const link = tokens[i]?.surface === 'という' ? 'という' : tokens[i + 1]?.surface === 'の' ? 'との' : null;
  const at = link === 'という' ? i + 1 : i + 2;
  const noun = tokens[at];
  const particle = tokens[at + 1];
  if (!link || !noun || !OPINION_NOUNS.has(noun.surface)) return null;
  if (particle?.surface !== 'も' && particle?.surface !== 'が') return null;
  let k = at + 2;
  let cue = `${link}${noun.surface}${particle.surface}`;
  const holder = holderAt(tokens, v, k);
  if (holder) {
    cue += holder.written;
    k = holder.next;
  }
  for (; k < v.end && k < at + 7 + (holder ? holder.next - at - 2 : 0); k++) {
    const t = tokens[k] as Token;
    if (t.surface === '。') return { cue, holder: holder?.speaker ?? null };
    if (!(isPredicateWord(t) || t.surface === 'て' || t.surface === 'で')) {
      return null;
    }
    cue += t.surface;
  }
  return k === v.end ? { cue, holder: holder?.speaker ?? null } : null;
}

/** The people named at token `k` as holding a view, with the tail that says so (の間で, から). */
function holderAt(
  tokens: readonly Token[],
  v: SentenceView,
  k: number,
): { speaker: Speaker; written: string; next: number } | null {
  for (let m = k + 1; m < v.end && m <= k + MAX_HOLDER; m++) {
    const tail = HOLDER_TAILS.find((w) => w.every((s, j) => tokens[m + j]?.surface === s));
    if (!tail) continue;
    // The phrase must fill the stretch: 市場関係者 in 市場関係者の間で, not 間 alone.
    const phrase = phraseEndingAt(tokens, m - 1, k);
    if (!phrase || phrase.first !== k) return null;
    const type = sourceTypeOf(phrase);
    if (!type || type === 'document') return null;
    return { speaker: { phrase, type }, written: `${phrase.text}${tail.join('')}`, next: m + tail.length };
  }
  return null;
}
