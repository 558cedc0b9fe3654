import { AREA_PARTS } from '../lexicon/area-parts';
import { ADMINISTRATIVE_ENDS } from '../lexicon/place-suffixes';
import { ACCORDING_TO } from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import type { Candidate } from './candidate';
import { gazetteerType } from './gazetteer';

// 「倉庫を管理する「東和ロジパーク」によりますと」, 「みなと野動物公園によると」: a place that tells the
// news is the body that runs it, an organisation. Not a country, a prefecture or a city: 「遠野市によると」
// is the city's office, but a reader looks for the city, a place (ANNOTATION.md lists cities as places).
const CUE_AFTER = new RegExp(`^[」』]?(?:${alternation(ACCORDING_TO)}|の発表|の調べ)`);
const DIVISION_ENDS: ReadonlySet<string> = new Set(ADMINISTRATIVE_ENDS);
// 「沖縄県北部によると」: a part of an area is still the area.
const AREA_PART_END = new RegExp(`(?:${alternation(AREA_PARTS)})$`);

/** Retypes a place that is not a listed place nor a division (市, 県, 州 …) to an organisation where it is cited. */
export function speakingFacilities(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'place' || c.source === 'gazetteer' || !CUE_AFTER.test(text.slice(c.end, c.end + 8))) return c;
    const name = text.slice(c.start, c.end);
    if (gazetteerType(name) || DIVISION_ENDS.has(name.at(-1) as string) || AREA_PART_END.test(name)) return c;
    return { ...c, type: 'organization' };
  });
}
