import { COUNTERS } from '../lexicon/counters';
import { parseNumeral } from '../numbers/numerals';
import type { Figure, Token } from '../types';

// A number written with digits, optionally grouped and multiplied: 5,000 / 1万1000 / 95万 / 4千.
const NUMBER = /[0-9０-９][0-9０-９,，.．]*(?:[十百千万億兆京][0-9０-９,，]*)*/g;

/** Finds figures: a number followed by a known counter. Sentence and source are filled in later. */
export function findFigures(text: string, _tokens: readonly Token[]): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const written = m[0].replace(/[,，.．]+$/, '');
    const after = start + written.length;
    const counter = COUNTERS.find((c) => text.startsWith(c.surface, after));
    const value = parseNumeral(written);
    if (!counter || value === null) continue;
    const end = after + counter.surface.length;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      sentence: '',
      value,
      min: null,
      max: null,
      unit: counter.unit,
      kind: counter.kind,
      approx: false,
      bound: null,
      source: null,
      core: written,
    });
  }
  return out;
}
