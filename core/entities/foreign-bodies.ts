import { STATE_BODY_ENDS } from '../lexicon/country-letters';
import { isProperNoun } from '../text/pos';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import type { TrieMatch } from './trie';

const BODY_ENDS: ReadonlySet<string> = new Set(STATE_BODY_ENDS);

/**
 * A country's one-character short form glued to a listed ministry, agency or army is one organisation,
 * that country's body: 「米国務省」, 「英外務省」, 「露国防省」 — not the place 米 and another 国務省.
 * The letter must be a name to kuromoji (「米」 as 名詞,固有名詞), as gazetteer.ts asks of it, and not
 * after 全 or another letter (「日米国防相会談」's 米 is one of two countries). Weighs over both parts.
 */
export function foreignBodyCandidates(text: string, tokens: readonly Token[], hits: readonly TrieMatch[]): Candidate[] {
  const letters = new Map<number, TrieMatch>();
  for (const m of hits) if (m.labels[0] === 'country-short' && m.end - m.start === 1) letters.set(m.end, m);
  const out: Candidate[] = [];
  for (const m of hits) {
    if (m.labels[0] !== 'ministry' || !BODY_ENDS.has(text[m.end - 1] as string)) continue;
    const letter = letters.get(m.start);
    if (!letter) continue;
    const before = text[letter.start - 1];
    if (before === '全' || (before !== undefined && letters.has(letter.start))) continue;
    const t = tokens.find((k) => k.start === letter.start);
    if (!t || !isProperNoun(t)) continue;
    out.push({ start: letter.start, end: m.end, type: 'organization', source: 'gazetteer', weight: 5 });
  }
  return out;
}
