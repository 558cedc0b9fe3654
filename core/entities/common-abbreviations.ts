import { isNoun, isNumeral, isPrefix } from '../text/pos';
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
export function commonAbbreviations(text: string, tokens: readonly Token[], chosen: readonly Candidate[]): Span[] {
  const out: Span[] = [];
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
    if (!isCommonTerm(tokens, from, last + 1)) continue;
    out.push({ start: open + 1, end: open + 1 + (m[1] as string).length });
  }
  return out;
}
