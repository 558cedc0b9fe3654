import { isNoun, isNumeral, isOrganizationName, isPrefix } from '../text/pos';
import { CAPITAL, DIGIT, LATIN } from '../text/script';
import type { Token } from '../types';
import type { Candidate, Span } from './candidate';
import { isCommonTerm } from './common-words';

/** An abbreviation in brackets: capitals, digits and hyphens, half or full width (「EV」, 「ＥＶ」, 「COVID-19」). */
const ABBREVIATION_PAREN = new RegExp(String.raw`[（(]([${CAPITAL}][${LATIN}${DIGIT}&＆\-－]*)[）)]`, 'g');

/**
 * Bracketed abbreviations of common nouns, which name no entity: 「電気自動車（ＥＶ）」, 「人工知能（AI）」,
 * 「国内総生産（GDP）」. The abbreviation stands for the words before it, so when those are plain
 * dictionary words it is a common noun too. After a name the first pass chose (「国際原子力機関（IAEA）」)
 * or words ending in an organisation's last word (「国際エネルギー機関（IEA）」) it is a name's short form.
 */
export function commonAbbreviations(tokens: readonly Token[], bracketed: readonly Bracketed[]): Span[] {
  return bracketed.filter((b) => !b.listed && isCommonTerm(tokens, b.from, b.last + 1)).map((b) => b.inner);
}

/**
 * 「全日本空輸（ＡＮＡ）」: an abbreviation the dictionary files as an organisation (名詞,固有名詞,組織)
 * names one, and so do the words it abbreviates, however plain they are (全日本 + 空輸), when no name
 * was found there. Both become organisation candidates.
 */
export function abbreviatedNames(tokens: readonly Token[], bracketed: readonly Bracketed[]): Candidate[] {
  return bracketed
    .filter((b) => b.listed && b.last + 1 - b.from <= MAX_ABBREVIATED_WORDS)
    .flatMap((b): Candidate[] => [
      {
        start: (tokens[b.from] as Token).start,
        end: b.inner.start - 1,
        type: 'organization',
        source: 'paren',
        weight: 11,
      },
      { ...b.inner, type: 'organization', source: 'paren', weight: 11 },
    ]);
}

/** Words an abbreviated name may have before its bracket (全日本+空輸, 国際+協力+機構). */
const MAX_ABBREVIATED_WORDS = 4;

export interface Bracketed {
  /** The abbreviation inside the brackets. */
  inner: Span;
  /** The first and last token of the compound noun right before the bracket. */
  from: number;
  last: number;
  /** Whether the dictionary lists the abbreviation, one word, as an organisation (ＡＮＡ, ＮＨＫ; kuromoji calls any unknown capitals 組織). */
  listed: boolean;
}

/** Bracketed abbreviations after a compound noun that no chosen name ends right before. */
export function bracketedAbbreviations(
  text: string,
  tokens: readonly Token[],
  chosen: readonly Candidate[],
): Bracketed[] {
  const out: Bracketed[] = [];
  let byEnd: Map<number, number> | null = null;
  let namedEnds: Set<number> | null = null;
  for (const m of text.matchAll(ABBREVIATION_PAREN)) {
    const open = m.index;
    // Built on the first bracket only: most texts have none.
    byEnd ??= new Map(tokens.map((t, i) => [t.end, i]));
    namedEnds ??= new Set(chosen.map((c) => c.end));
    const last = byEnd.get(open);
    if (last === undefined || namedEnds.has(open)) continue;
    // The compound noun right before the bracket: 電気+自動車, 国内+総+生産.
    let from = last;
    while (from > 0) {
      const p = tokens[from - 1] as Token;
      if (p.end !== (tokens[from] as Token).start || (!isNoun(p) && !isPrefix(p)) || isNumeral(p)) break;
      from--;
    }
    // 「主要7カ国（G7）」: a count before the bracket (a numeral, then its counter) is no name it abbreviates.
    if (from > 0 && isNumeral(tokens[from - 1]) && (tokens[from - 1] as Token).end === (tokens[from] as Token).start)
      continue;
    const inner = { start: open + 1, end: open + 1 + (m[1] as string).length };
    const word = tokens[last + 2];
    const listed = word?.start === inner.start && word.end === inner.end && word.known && isOrganizationName(word);
    out.push({ inner, from, last, listed });
  }
  return out;
}
