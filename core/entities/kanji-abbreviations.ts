import { ENTITY_ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import { ORGANIZATION_SUFFIXES } from '../lexicon/organization-suffixes';
import { WordIndex } from '../lexicon/word-table';
import { isCounter, isNoun, isNumeral, isPrefix } from '../text/pos';
import { KANJI } from '../text/script';
import type { Token } from '../types';
import type { Candidate } from './candidate';

// 「全国勤労者連盟（勤労連）」, 「日本商工経営者協会（経営協）」: a body's name, then in brackets a short
// form of its own characters in order. Both are the body's names, however plain their words.
const KANJI_PAREN = new RegExp(`[（(]([${KANJI}]{2,5})[）)]`, 'gu');
const HEADS = WordIndex.of([...ORGANIZATION_SUFFIXES.keys(), ...ENTITY_ORGANIZATION_HEADS]);
/** Words a body's name may hold before its bracket (全+日本+勤労+者+連合). */
const MAX_WORDS = 6;

/**
 * Whether every character of `short` appears in `long` in order, and not only in its last word
 * (「国際協力機構（機構）」 repeats the kind of body, it shortens no name).
 */
function abbreviates(short: string, long: string, head: string): boolean {
  if (long.length < short.length + 2 || long.endsWith(short)) return false;
  if (long.indexOf(short[0] as string) >= long.length - head.length) return false;
  let at = 0;
  for (const ch of short) {
    const i = long.indexOf(ch, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/**
 * A body's name ending in an organisation's last word (連合, 協会, 連盟, 機構 …) with a kanji short form
 * of its characters in brackets: both are organisation candidates. 「電気自動車（電動車）」 ends in no
 * body's word and 「物価上昇率（上昇率）」 shortens nothing: neither is marked.
 */
export function kanjiAbbreviationCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  let byEnd: Map<number, number> | null = null;
  for (const m of text.matchAll(KANJI_PAREN)) {
    byEnd ??= new Map(tokens.map((t, i) => [t.end, i]));
    const last = byEnd.get(m.index);
    if (last === undefined) continue;
    let from = last;
    while (from > 0 && last - from < MAX_WORDS - 1) {
      const p = tokens[from - 1] as Token;
      // 「第14期全国人民代表大会（全人代）」: a counter ends the number before it and starts no name.
      if (p.end !== (tokens[from] as Token).start || (!isNoun(p) && !isPrefix(p)) || isNumeral(p) || isCounter(p))
        break;
      from--;
    }
    const start = (tokens[from] as Token).start;
    const long = text.slice(start, m.index);
    const short = m[1] as string;
    const head = HEADS.longestEndingAt(text, m.index, (w) => w.length < long.length);
    if (!head || !abbreviates(short, long, head[0])) continue;
    const inner = m.index + 1;
    out.push(
      { start, end: m.index, type: 'organization', source: 'paren', weight: 11 },
      { start: inner, end: inner + short.length, type: 'organization', source: 'paren', weight: 11 },
    );
  }
  return out;
}
