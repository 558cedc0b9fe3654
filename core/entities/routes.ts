import { KANJI, KATAKANA } from '../text/script';
import type { Candidate } from './candidate';

// 羽田―那覇線, 東京－大阪間, 博多〜鹿児島中央間: two ends joined by a dash, then what runs between them.
const DASH = '―－—‐–−\\-〜～';
const END = `[${KANJI}${KATAKANA}ー]`;
const END_CHAR = new RegExp(END, 'u');
const ROUTE = new RegExp(`(${END}{1,8})[${DASH}](${END}{1,8}?)(?:線|間|便|航路|路線|ルート|区間)`, 'gu');
/** The longest end read from the letters alone, with no name proposed there (羽田, 鹿児島中央). */
const MAX_BARE = 5;

/**
 * The two ends of a route are places, whatever was guessed for them: 「羽田―那覇線」 names the airports
 * 羽田 and 那覇 (not a person 羽田 and a place 那覇線), 「東京－大阪間」 the two cities. A candidate over an
 * end is cut to it and typed a place; an end nobody proposed is added when it is short and stands
 * alone (after a particle or a mark: 「日航の羽田－那覇間」).
 */
export function routeEnds(text: string, cands: readonly Candidate[]): Candidate[] {
  // `to` is where what a guess over the end may reach: the right end's 線 or 間 goes with it.
  const ends: { start: number; end: number; to: number }[] = [];
  for (const m of text.matchAll(ROUTE)) {
    const dash = (m.index ?? 0) + (m[1] as string).length;
    const left = leftEnd(text, cands, dash, m[1] as string);
    const right = { start: dash + 1, end: dash + 1 + (m[2] as string).length, to: (m.index ?? 0) + m[0].length };
    const rightNamed = cands.some((c) => c.start < right.end && c.end > right.start);
    if (left && (rightNamed || right.end - right.start >= 2)) ends.push(left, right);
  }
  if (ends.length === 0) return [...cands];
  const out = cands.filter((c) => ends.every((e) => c.end <= e.start || c.start >= e.to));
  for (const e of ends) {
    const over = cands.find((c) => c.start < e.end && c.end > e.start);
    out.push({ ...(over ?? { source: 'gazetteer', weight: 1 }), start: e.start, end: e.end, type: 'place' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The left end: a candidate ending at the dash, or the letters before it when they stand alone. */
function leftEnd(text: string, cands: readonly Candidate[], dash: number, run: string) {
  const named = cands.find((c) => c.end === dash && c.start >= dash - run.length);
  if (named) return { start: named.start, end: dash, to: dash };
  const start = dash - run.length;
  // 国内線羽田―: letters running on from a word before are no name read alone
  if (run.length > MAX_BARE || run.length < 2 || END_CHAR.test(text[start - 1] ?? '')) return null;
  return { start, end: dash, to: dash };
}
