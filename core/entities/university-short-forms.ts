import { isNoun, isNumeral, isOrganizationName, isProperNoun, isSuffix } from '../text/pos';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/** Titles a university gives its staff: the body before 「の」 or 「・」 and a name with one is a university. */
const ACADEMIC_TITLES: readonly string[] = ['教授', '准教授', '助教授', '講師', '助教', '学長', '副学長'];
/** A faculty or graduate school after the short form is part of the body's name: 「北陸大理学部」. */
const FACULTY_TAILS: readonly string[] = ['学部', '大学院', '研究科'];
/** Words before 大 at most: 「南海+商科+大」. */
const MAX_NAME_WORDS = 3;
/** Tokens of the person's name and title after the link at most: 「メアリー・ブラウン准教授」. */
const MAX_PERSON_TOKENS = 7;

const isFaculty = (t: Token | undefined): boolean =>
  t !== undefined && isNoun(t) && FACULTY_TAILS.some((tail) => t.surface.endsWith(tail));
const isNameWord = (t: Token | undefined): boolean =>
  t !== undefined && isNoun(t) && !isSuffix(t) && !isNumeral(t) && t.surface !== '・';

/** True when a person's name, then an academic title, follows tokens [i, …): 「山本花子准教授」. */
function academicFollows(tokens: readonly Token[], i: number): boolean {
  let words = 0;
  for (let k = i; k < tokens.length && k - i < MAX_PERSON_TOKENS; k++) {
    const t = tokens[k] as Token;
    const two = t.surface + (tokens[k + 1]?.surface ?? '');
    if (ACADEMIC_TITLES.includes(t.surface) || ACADEMIC_TITLES.includes(two)) return words > 0;
    if (!isNoun(t) && t.surface !== '・') return false;
    words++;
  }
  return false;
}

/**
 * A university named by its short form in 大, with one of its staff after 「の」 or 「・」:
 * 「ボストン大のメアリー・ブラウン教授」, 「帝都体育大・岡本亮介教授」, 「新潟大医学部の山本准教授」 →
 * organisation (a faculty after 大 included). Without a named academic after it the rule says nothing:
 * Plain words before 大 make a name here (「帝都+体育+大」), so the candidate is trusted as an organ's is.
 * 「最大の山田教授」's 最大 is one plain word, 「関東大の」 alone is left to the tagger.
 */
export function universityShortFormCandidates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let from = i;
    if (t.surface === '大') {
      while (from > 0 && i - from < MAX_NAME_WORDS) {
        const p = tokens[from - 1] as Token;
        if (p.end !== (tokens[from] as Token).start || !isNameWord(p)) break;
        from--;
      }
      if (from === i) continue;
    } else if (!(t.surface.length > 1 && t.surface.endsWith('大') && (isOrganizationName(t) || isProperNoun(t)))) {
      continue;
    }
    let last = i;
    while (last - i < 2 && isFaculty(tokens[last + 1]) && (tokens[last] as Token).end === tokens[last + 1]?.start)
      last++;
    const link = tokens[last + 1];
    if (link?.surface !== 'の' && link?.surface !== '・') continue;
    if (!academicFollows(tokens, last + 2)) continue;
    out.push({
      start: (tokens[from] as Token).start,
      end: (tokens[last] as Token).end,
      type: 'organization',
      source: 'organ',
      weight: 11,
    });
  }
  return out;
}
