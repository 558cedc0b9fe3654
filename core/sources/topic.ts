import type { SourceType, Token } from '../types';
import { depthAt, type SentenceView } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';

/** A name phrase that can speak, with its type. */
export interface Speaker {
  phrase: NamePhrase;
  type: SourceType;
}

// には / では / とは / からは: the は of an adverbial, not a topic.
const NOT_TOPIC_BEFORE = new Set(['に', 'で', 'と', 'から', 'まで', 'へ', 'より', 'て', 'の']);

/** The speaker phrase ending right before the particle at token `p`, if it looks like a source. */
export function speakerBefore(tokens: readonly Token[], p: number, lo: number): Speaker | null {
  const prev = tokens[p - 1];
  if (!prev || p - 1 < lo || NOT_TOPIC_BEFORE.has(prev.surface)) return null;
  const phrase = phraseEndingAt(tokens, p - 1, lo);
  if (!phrase) return null;
  const type = sourceTypeOf(phrase);
  return type ? { phrase, type } : null;
}

/**
 * The leftmost source-like topic or subject in tokens [lo, hi) outside quotes:
 * 「セルゲイ・ショイグ議長は、…と発表した」 → セルゲイ・ショイグ議長. `が` subjects count only
 * when `allowGa` (総務省が試算をまとめた), since が inside a quoted clause is usually the content's.
 */
export function findTopic(
  tokens: readonly Token[],
  v: SentenceView,
  lo: number,
  hi: number,
  allowGa: boolean,
): Speaker | null {
  for (let i = lo; i < hi; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    const topic = t.surface === 'は' && t.pos1 === '係助詞';
    // Xが「…」と語った: a subject right before a quote speaks it.
    const subject = t.surface === 'が' && t.pos1 === '格助詞' && (allowGa || tokens[i + 1]?.surface === '「');
    if (topic || subject) {
      const s = speakerBefore(tokens, i, lo);
      if (s) return s;
    }
  }
  return null;
}

/**
 * Every source-like phrase before は/が/の in a sentence, as antecedents for 同氏 / 同紙:
 * 「英ガーディアン紙が調査報道を続けている。同紙によると…」.
 */
export function namedParties(tokens: readonly Token[], v: SentenceView): Speaker[] {
  const out: Speaker[] = [];
  for (let i = v.first + 1; i < v.end; i++) {
    const t = tokens[i] as Token;
    const particle = t.surface === 'は' || t.surface === 'が' || (t.surface === 'の' && t.pos1 === '連体化');
    if (!particle || !/^(?:係助詞|格助詞|連体化)$/.test(t.pos1)) continue;
    const s = speakerBefore(tokens, i, v.first);
    if (s && s.type !== 'document') out.push(s);
  }
  return out;
}
