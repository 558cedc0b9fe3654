import { WIRE_SERVICES } from '../lexicon/source-nouns';
import { KATAKANA } from '../text/script';
import type { Candidate } from './candidate';
import { isOutlet } from './credit-outlets';
import { gazetteerType } from './gazetteer';

// 「【ジュネーブ＝東和通信】」, 「（ナイロビ＝東和通信）」: ＝ in a dateline or a credit joins where the
// story was filed and who filed it, two names: the place before and the outlet after. Elsewhere ＝ may
// join one name's two spellings (「JAXA＝宇宙航空研究開発機構」), left as it is.
const EQUALS = /[＝=]/;
const WIRES: ReadonlySet<string> = new Set(WIRE_SERVICES);
const KATAKANA_NAME = new RegExp(`^[${KATAKANA}ー・]{2,}$`);
const BRACKET_OPEN = /[【（(［[]/;

/** Whether `left` names where a dateline was filed: a listed place, or katakana right after its bracket. */
function isDatelinePlace(text: string, start: number, left: string): boolean {
  if (gazetteerType(left) === 'place') return true;
  return KATAKANA_NAME.test(left) && BRACKET_OPEN.test(text[start - 1] ?? '');
}

/** Splits a candidate at ＝ when a place stands before it and an outlet after (see above). */
export function splitDatelines(text: string, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const name = text.slice(c.start, c.end);
    const at = name.search(EQUALS);
    if (at < 0) {
      out.push(c);
      continue;
    }
    const left = name.slice(0, at);
    const right = name.slice(at + 1);
    if (left && right && isDatelinePlace(text, c.start, left) && isOutlet(right))
      out.push({ ...c, end: c.start + at, type: 'place' }, { ...c, start: c.start + at + 1, type: 'organization' });
    else out.push(c);
  }
  return out;
}

// 「【ナイロビ＝北斗通信】」: a dateline opening the story.
const DATELINE = /【([^】＝=\n]{2,16})[＝=]([^】＝=\n]{2,16})】/g;

/**
 * The place and the outlet of a dateline naming an outlet that is not a wire service, as candidates
 * that outweigh the tagger's reading of the words (「北斗通信」 is no person 北斗). A wire's dateline
 * (「【ワシントン＝共同】」) is credit-outlets.ts's: its wire is marked, as in a closing 「（共同）」.
 */
export function datelineCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const left = m[1] as string;
    const right = m[2] as string;
    const start = m.index + 1;
    if (!isDatelinePlace(text, start, left) || !isOutlet(right) || WIRES.has(right)) continue;
    const at = start + left.length + 1;
    out.push(
      { start, end: start + left.length, type: 'place', source: 'suffix', weight: 11, confidence: 0.85 },
      { start: at, end: at + right.length, type: 'organization', source: 'suffix', weight: 11, confidence: 0.85 },
    );
  }
  return out;
}
