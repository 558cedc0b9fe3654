import { ELECTED_POSTS, ELECTION_WORDS } from '../lexicon/elections';
import { isNoun, isOrganizationName, isProperNoun, isSuffix } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/** At most this many words make the place's bare name before the post (安曇+野 in 「安曇野市長選」). */
const MAX_NAME_WORDS = 3;

/** An election after a place: where the place's name ends, and where the election's words do. */
interface Election {
  /** Where the post starts: the place's bare name ends here (「北杜|市長選」). */
  post: number;
  /** Where the place's name ends, with the division the post carries (「北杜市|長選」). */
  place: number;
  /** Where the election's words end. */
  end: number;
}

/** The election whose post is token i (「市長」+「選」, 「大統領」+「選」), or null. */
function electionAt(tokens: readonly Token[], i: number): Election | null {
  const t = tokens[i] as Token;
  const carried = ELECTED_POSTS.get(t.surface);
  const next = tokens[i + 1];
  if (carried === undefined || next?.start !== t.end || !ELECTION_WORDS.includes(next.surface)) return null;
  return { post: t.start, place: t.start + carried.length, end: next.end };
}

/**
 * The start of the place's bare name before the post at token i, from the words alone, or -1: nouns
 * back to the last word that is no noun, among them a proper name or a word the dictionary does not know
 * (「秋川|県知事選」), or two single kanji it splits one unknown name into (「北|杜|市長選」). 「前回市長選」
 * and 「次の市長選」 name no place.
 */
function bareNameStart(text: string, tokens: readonly Token[], i: number): number {
  let from = i;
  while (from > 0 && i - from < MAX_NAME_WORDS) {
    const t = tokens[from - 1] as Token;
    if (t.end !== (tokens[from] as Token).start || !isNoun(t) || isSuffix(t)) break;
    if (!isProperNoun(t) && t.known && t.surface.length > 1) break;
    from--;
  }
  const start = (tokens[from] as Token).start;
  return from < i && namesPlace(text, tokens, start, i) ? start : -1;
}

/** A count or a year starts a numbered election's own name: 「第45回総選挙」, 「2016年アメリカ大統領選」. */
const NUMBERED = /^[第0-9０-９]/;

/**
 * Whether the words from `start` to the post at token i name a place: a proper name or an unknown word
 * among them (「ウルグアイ|大統領選」), or single kanji (「北|杜|市長選」), not a count (「第45回総選挙」) or a
 * plain word (「連邦議会選挙」) — those name the election itself.
 */
function namesPlace(text: string, tokens: readonly Token[], start: number, i: number): boolean {
  if (NUMBERED.test(text[start] ?? '')) return false;
  const words = tokens.slice(tokenAt(tokens, start), i);
  return (
    words.some((t) => (isProperNoun(t) || !t.known) && !isOrganizationName(t)) ||
    (words.length >= 2 && words.every((t) => t.surface.length === 1))
  );
}

/**
 * A place before an election is the place, whatever kind the name was given: 「北杜市長選」 names 北杜市
 * (not a mayor 北杜), 「秋川県知事選」 秋川県, 「ウルグアイ大統領選」 the country (not
 * an event). A numbered election keeps its own name (「第45回衆議院議員総選挙」, 「2016年アメリカ大統領選」). The candidate over the name is cut to the place, or one is made from the words when
 * nothing was found there. Candidates come in and go out sorted by start.
 */
export function electionPlaces(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    const e = electionAt(tokens, i);
    if (!e) continue;
    out ??= [...cands];
    const at = out.findIndex((c) => c.start < e.post && c.end >= e.post);
    const c = out[at];
    if (c) {
      if (c.end <= e.end && c.type !== 'organization' && namesPlace(text, tokens, c.start, i))
        out[at] = { ...c, end: e.place, type: 'place' };
      continue;
    }
    const start = bareNameStart(text, tokens, i);
    if (start < 0 || out.some((x) => x.start < e.end && x.end > start)) continue;
    out.push({ start, end: e.place, type: 'place', source: 'suffix', weight: 4.5 });
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? [...cands];
}
