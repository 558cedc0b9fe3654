import type { Candidate } from './candidate';

/** The marks that join the items of one list: 「成田、羽田、関西」, 「梅田・南森町」. */
const LIST_MARKS = '、・';
/** Sources that saw a person by more than the word: a title or honorific, a description, a bracket. */
const SURE_PEOPLE: ReadonlySet<Candidate['source']> = new Set(['title', 'apposition', 'paren']);

/** Whether candidates a and b are neighbours in one list: a, then 、 or ・, then b. */
const joined = (text: string, a: Candidate, b: Candidate): boolean =>
  b.start === a.end + 1 && LIST_MARKS.includes(text[a.end] as string);

/**
 * A surname-like word among places is a place: 「成田、羽田、関西など主要空港」's 羽田, 「（梅田、南森町、
 * 淀屋橋）」's 梅田. Only in a list of at least two other places and no person, and only where nothing but
 * the word said person (「成田、羽田さん、関西」 keeps its honorific's person, and 「東京都の山田、大阪府の
 * 鈴木」 is no list of places). Candidates come in sorted by start and keep their order.
 */
export function listedPlaces(text: string, cands: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (c.type !== 'person' || SURE_PEOPLE.has(c.source)) continue;
    let from = i;
    while (from > 0 && joined(text, cands[from - 1] as Candidate, cands[from] as Candidate)) from--;
    let to = i + 1;
    while (to < cands.length && joined(text, cands[to - 1] as Candidate, cands[to] as Candidate)) to++;
    const others = [...cands.slice(from, i), ...cands.slice(i + 1, to)];
    if (others.length >= 2 && others.every((o) => o.type === 'place')) {
      out ??= [...cands];
      out[i] = { ...c, type: 'place' };
    }
  }
  return out ?? (cands as Candidate[]);
}
