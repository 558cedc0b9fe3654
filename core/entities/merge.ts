import type { Candidate } from './candidate';

/**
 * Picks non-overlapping candidates: heavier evidence first, then the longer span, then the earlier
 * one. 「プーチン大統領」: the title rule (プーチン, person) outweighs a proper-noun guess of the same
 * word; 「ロシア国防省」: the gazetteer's full name beats 「ロシア」 alone by length at equal weight.
 * Returns candidates sorted by start.
 */
export function mergeCandidates(cands: readonly Candidate[], length: number): Candidate[] {
  const order = cands
    .filter((c) => c.start >= 0 && c.end <= length && c.end > c.start)
    .sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const out: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
