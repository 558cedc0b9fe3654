import type { Candidate } from './candidate';

// Two or three capitalised Latin words: 「Kim Won Jin」, 「Aminu ABUBAKAR」 (photo credits, bylines).
const LATIN_NAME = /(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][A-Za-z]+){1,2}(?![A-Za-z])/g;

// A credit joins the name and the agency with a slash: 「Kim Won Jin/AFP」, 「AFP/Aminu ABUBAKAR」.
const CREDIT_SLASH = /[/／]/;

/**
 * People written in Latin letters as given name + family name, the way agencies credit photographers:
 * only next to a credit's slash. Elsewhere capitalised words are far more often a product or a
 * company (「Microsoft Windows」, 「Devolver Digital」), which the tagger types better.
 */
export function latinNameCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LATIN_NAME)) {
    const end = m.index + m[0].length;
    if (!CREDIT_SLASH.test(text.charAt(m.index - 1)) && !CREDIT_SLASH.test(text.charAt(end))) continue;
    out.push({ start: m.index, end, type: 'person', source: 'latin', weight: 4 });
  }
  return out;
}
