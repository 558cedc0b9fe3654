import { ACRONYM_STOPWORDS } from '../lexicon/acronym-stopwords';
import { MODEL_DESIGNATION_MARKS } from '../lexicon/designations';
import { POSITION_PREFIXES } from '../lexicon/name-prefixes';
import { CAPITAL, DIGIT, LATIN, toHalfWidth } from '../text/script';
import type { Candidate } from './candidate';
import { SUDACHI_PROPER_NOUN, sudachiCode } from './names-nothing';

// Two or more capitals, in half or full width, possibly joined by & (「CNN」, 「ＪＡＸＡ」, 「AT&T」).
const ACRONYM = new RegExp(`(?<![${LATIN}])[${CAPITAL}][${CAPITAL}&＆]*[${CAPITAL}](?![${LATIN}])`, 'g');

// A digit, hyphen or slash beside the capitals makes them a model or a code: 「MD-80」, 「DC-9/MD」,
// 「COVID-19」, 「FS2位」.
const CODE_NEIGHBOUR = new RegExp(String.raw`[${DIGIT}\-－‐/／'’]`);

/** True when the capitals at [start, end) name a model or a code, not a body: 「BBR1」, 「AA型」. */
function isDesignation(text: string, start: number, end: number): boolean {
  const after = text[end] ?? '';
  const before = text[start - 1] ?? '';
  return CODE_NEIGHBOUR.test(after) || CODE_NEIGHBOUR.test(before) || MODEL_DESIGNATION_MARKS.has(after);
}

/**
 * True for capitals that name no body whoever proposes them (the tagger included): common nouns
 * 「GDP」, 「ＡＩ」 and player positions 「ＭＦ」. Half or full width.
 */
export function isCommonAcronym(name: string): boolean {
  const s = toHalfWidth(name);
  return ACRONYM_STOPWORDS.has(s) || POSITION_PREFIXES.has(s);
}

/** Capital-letter acronyms as organisations: 「CSIS」, 「KDDI」; not 「GDP」 or 「AI」, nor models (「MD-80」). */
export function acronymCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    if (isCommonAcronym(m[0]) || isDesignation(text, m.index, m.index + m[0].length)) continue;
    // SudachiDict's proper nouns (ＮＨＫ, ＣＳＩＳ) are bodies more surely than capitals nobody lists.
    const confidence = sudachiCode(m[0]) === SUDACHI_PROPER_NOUN ? 0.8 : undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'organization',
      source: 'acronym',
      weight: 2,
      confidence,
    });
  }
  return out;
}
