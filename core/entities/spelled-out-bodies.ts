import { GENERIC_PREFIXES } from '../lexicon/generic-prefixes';
import { ORGANIZATION_SUFFIXES, SPELLED_OUT_BODY_ENDS } from '../lexicon/organization-suffixes';
import { isNoun, isSuffix } from '../text/pos';
import { CAPITAL } from '../text/script';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { isOrgPart } from './name-like';

// A body's formal name is often plain words only, which suffix-rules.ts does not take for a name
// (「国際半導体製造装置材料協会」, 「電力広域的運営推進機関」): what says it is one is the initials the article
// gives it in brackets right after — 「…協会（ＳＥＭＩ）」, 「…機関（OCCTO）」. A common noun's initials
// (「電気自動車（ＥＶ）」, 「非政府組織（ＮＧＯ）」) follow no body's last word.

/** Latin capitals in brackets, two to eight: 「（SEMI）」, 「（ＯＣＣＴＯ）」. */
const INITIALS = new RegExp(`^[（(][${CAPITAL}]{2,8}[）)]`);
/** A body's last word: an organisation suffix (協会, 銀行, 連盟) or a word that ends bodies spelled out (機関). */
const ENDS: ReadonlySet<string> = new Set([...ORGANIZATION_SUFFIXES.keys(), ...SPELLED_OUT_BODY_ENDS]);
/** Fewest words before the last word: 「欧州中央銀行（ECB）」 has three, 「国際エネルギー機関（IEA）」 two. */
const MIN_WORDS = 2;
/** Most words before it, as in suffix-rules.ts (国際+半導体+製造+装置+材料 before 協会). */
const MAX_WORDS = 6;

const startsName = (t: Token): boolean => isNoun(t) && !isSuffix(t) && !GENERIC_PREFIXES.has(t.surface);

/** Organisations spelled out in plain words before their bracketed Latin initials (see above). */
export function spelledOutBodyCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!ENDS.has(t.surface) || !INITIALS.test(text.slice(t.end, t.end + 10))) continue;
    let from = i;
    while (from > 0 && i - from < MAX_WORDS) {
      const before = tokens[from - 1] as Token;
      if (before.end !== (tokens[from] as Token).start || !isOrgPart(before) || before.surface === '・') break;
      from--;
    }
    // 「同協会」, 「各機関」: a generic first word points at a body, it names none.
    while (from < i && !startsName(tokens[from] as Token)) from++;
    if (i - from < MIN_WORDS) continue;
    out.push({
      start: (tokens[from] as Token).start,
      end: t.end,
      type: 'organization',
      source: 'suffix',
      weight: 4.5,
      confidence: 0.8,
    });
  }
  return out;
}
