import type { Candidate } from './candidate';

// Two or three capitalised Latin words: 「Kim Won Jin」, 「Aminu ABUBAKAR」 (photo credits, bylines).
const LATIN_NAME = /(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][A-Za-z]+){1,2}(?![A-Za-z])/g;

/** People written in Latin letters as given name + family name, the way agencies credit photographers. */
export function latinNameCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LATIN_NAME)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'person', source: 'latin', weight: 4 });
  }
  return out;
}
