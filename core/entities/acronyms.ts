import { ACRONYM_STOPWORDS } from '../lexicon/gazetteer-suffixes';
import type { Candidate } from './candidate';

// Two or more capitals, in half or full width, possibly joined by & (「CNN」, 「ＪＡＸＡ」, 「AT&T」).
const ACRONYM = /(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ][A-ZＡ-Ｚ&＆]*[A-ZＡ-Ｚ](?![A-Za-zＡ-Ｚａ-ｚ])/g;

/** Capital-letter acronyms as organisations: 「CSIS」, 「KDDI」; not 「GDP」 or 「AI」. */
export function acronymCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const s = m[0].replace(/[Ａ-Ｚ＆]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (ACRONYM_STOPWORDS.has(s)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'organization', source: 'acronym', weight: 2 });
  }
  return out;
}
