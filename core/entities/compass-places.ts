import { AREA_PARTS } from '../lexicon/area-parts';
import { KATAKANA } from '../text/script';
import type { Candidate } from './candidate';
import { isPlainWordWhole } from './names-nothing';

/** The compass parts of an area, longest first: 南東部 before 東部 (AREA_PARTS without 地方, 沿岸 …). */
const COMPASS: readonly string[] = AREA_PARTS.filter((w) => w.endsWith('部')).sort((a, b) => b.length - a.length);
const KATAKANA_NAME = new RegExp(`^[${KATAKANA}ー・]{2,}$`, 'u');

/** A foreign name in katakana that no dictionary files as a plain word (西部ガス's ガス is one). */
const foreignName = (name: string): boolean => KATAKANA_NAME.test(name) && !isPlainWordWhole(name);

/** The compass part written right before offset `p` (inside the candidate or before it), or ''. */
const compassBefore = (text: string, p: number): string => COMPASS.find((w) => text.startsWith(w, p - w.length)) ?? '';

/**
 * A foreign name in katakana after a compass part is a place in that part of a country: 「南東部マリウポリ」,
 * 「北部ハルキウの攻防」 → マリウポリ, ハルキウ (places), whatever the tagger typed them; the compass word is
 * no part of the name. Only katakana that is no plain word: 「西部ガス」 and 「中部電力」 are companies.
 * A place keeps its kind and loses the compass word; people keep theirs.
 */
export function compassPlaces(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type === 'person') return c;
    const inside = COMPASS.find((w) => text.startsWith(w, c.start) && c.end - c.start > w.length) ?? '';
    const start = c.start + inside.length;
    if (!foreignName(text.slice(start, c.end))) return c;
    if (inside === '' && compassBefore(text, c.start) === '') return c;
    return { ...c, start, type: 'place' };
  });
}
