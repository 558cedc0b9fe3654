import { LEAGUE_PREFIXES, POSITION_PREFIXES } from '../lexicon/name-prefixes';
import { toHalfWidth } from '../text/script';
import type { Candidate } from './candidate';
import { gazetteerLabel } from './gazetteer';
import { classOf } from './token-hashes';

/** A katakana or Latin letter (not ・) at `i`: the start of a foreign company's name after 米 or 英. */
function foreignStart(text: string, i: number): boolean {
  const cls = classOf(text.charCodeAt(i));
  return cls === 'L' || (cls === 'A' && text[i] !== '・');
}

/**
 * Takes off what news glues before a name but is not part of it:
 * - a country's one-character short form before a foreign name is the country, a place of its own:
 *   「米オープンＡＩ」 → 米 + オープンＡＩ, 「英アーム」 → 英 + アーム;
 * - a player's position: 「ＦＷ興梠慎三」 → 興梠慎三, a person;
 * - a league before a club: 「Ｊ１浦和」 → 浦和.
 * The rest of the name must keep two characters or more (「米Ｘ」 is left alone).
 */
export function splitNamePrefixes(text: string, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const two = toHalfWidth(text.slice(c.start, c.start + 2));
    // 「ＧＫＩＤＳ」 is a company: a position is only glued before a name in kana or kanji.
    const foreignAfter = classOf(text.charCodeAt(c.start + 2)) === 'L';
    if (c.end - c.start >= 4 && POSITION_PREFIXES.has(two) && !foreignAfter) {
      out.push({ ...c, start: c.start + 2, type: 'person' });
      continue;
    }
    if (c.end - c.start >= 4 && LEAGUE_PREFIXES.has(two)) {
      out.push({ ...c, start: c.start + 2 });
      continue;
    }
    const first = text[c.start] as string;
    if (
      c.type !== 'place' &&
      c.end - c.start >= 3 &&
      gazetteerLabel(first) === 'country-short' &&
      foreignStart(text, c.start + 1)
    ) {
      out.push({ ...c, start: c.start, end: c.start + 1, type: 'place' }, { ...c, start: c.start + 1 });
      continue;
    }
    out.push(c);
  }
  return out;
}
