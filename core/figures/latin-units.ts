import Qty from 'js-quantities';
import type { CounterEntry } from '../lexicon/counters';
import { LATIN_UNIT_EXTRAS, LATIN_UNIT_STOPS } from '../lexicon/latin-units';

/**
 * Units written in Latin letters after a number, as tech and science news writes them: 4500mAh,
 * 3.5GHz, 10Gbps, 458ppi, 3nm, 120Hz. The catalogue is js-quantities (UCUM-like names with SI
 * prefixes): it knows 72 of the 82 units we listed from tech, energy and science news; what it lacks
 * (KB, TFLOPS, cc, lx …) is in core/lexicon/latin-units.ts. It also reads many words that are no unit
 * in news (PC = petacoulomb, TV = teravolt, 3rd, 5G, 4K), so only these are asked:
 * two letters or more, not an all-capital acronym unless prefix + B or W (GB, MW), not a stop word.
 */

// A run of Latin letters (and µ, Ω), optionally "per" another: km/h, MB/s, kg/m2.
const RUN = /[A-Za-zµμΩ]+(?:\/[A-Za-zµμΩ]+[23]?)?[23]?/y;
const CAPITALS = /^[A-Z]+$/;
// All-capital units news writes: GB, TB, KB, MW, GW (a prefix, then bytes or watts).
const CAPITAL_UNIT = /^[KMGTPE][BW]$/;
const LETTER_AFTER = /[A-Za-z0-9]/;
const LATIN_WORD = /^[A-Za-zµμΩ]+(?:\/[A-Za-zµμΩ]+[23]?)?[23]?$/;

const cache = new Map<string, CounterEntry | null>();

/** The Latin unit written at `pos` of `folded` (half-width text), or null. */
export function latinUnitAt(folded: string, pos: number): { entry: CounterEntry; end: number } | null {
  RUN.lastIndex = pos;
  const m = RUN.exec(folded);
  if (!m) return null;
  const end = pos + m[0].length;
  // 5G LTE is fine, but 5Gx or 3D2 is a name: the run must end the word.
  if (LETTER_AFTER.test(folded[end] ?? '')) return null;
  const entry = unitEntry(m[0]);
  return entry ? { entry, end } : null;
}

/** The counter entry for a Latin unit word, or null when it is no unit news writes. */
export function unitEntry(word: string): CounterEntry | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const entry = lookUp(word);
  if (cache.size < 4096) cache.set(word, entry);
  return entry;
}

function lookUp(word: string): CounterEntry | null {
  const extra = LATIN_UNIT_EXTRAS.get(word);
  if (extra) return { surface: word, unit: word, kind: extra };
  if (word.length < 2 || LATIN_UNIT_STOPS.has(word)) return null;
  if (CAPITALS.test(word) && !CAPITAL_UNIT.test(word)) return null;
  let kind: string;
  try {
    kind = Qty(`1 ${word}`).kind();
  } catch {
    return null;
  }
  if (kind === 'unitless' && !word.startsWith('pp')) return null;
  return { surface: word, unit: word, kind: kind === 'time' ? 'duration' : 'measure' };
}

/**
 * `value` in Latin unit `from` written in unit `to`, when both are units of one kind the catalogue
 * converts (470MHz → 0.47 GHz); null otherwise (GB and mAh, or a unit only our extras know).
 */
export function convertLatin(value: number, from: string, to: string): number | null {
  // Both were read as units already (g and kg by the counter table): only what the catalogue
  // converts is asked, never our extras (mAh), and only units in Latin letters.
  if (LATIN_UNIT_EXTRAS.has(from) || LATIN_UNIT_EXTRAS.has(to) || !LATIN_WORD.test(from) || !LATIN_WORD.test(to))
    return null;
  try {
    const q = Qty(`${value} ${from}`);
    // 3.6 GHz in MHz is 3600, not 3600.0000000000005.
    return q.isCompatible(to) ? Number(q.to(to).scalar.toPrecision(12)) : null;
  } catch {
    return null;
  }
}
