import { ORGANIZATION_NAMES } from '../lexicon/gazetteer-orgs';
import { PERSON_NAMES } from '../lexicon/gazetteer-people';
import { PLACE_NAMES } from '../lexicon/gazetteer-places';
import { GAZETTEER_LABEL_TYPES } from '../lexicon/gazetteer-types';
import { isProperNoun } from '../text/pos';
import type { EntityType, Token } from '../types';
import type { Candidate } from './candidate';
import { buildTrie, matchAll, type Trie, type TrieMatch, trieLabels } from './trie';

let trie: Trie | null = null;
let readings: Map<string, string> | null = null;

/** The one trie over every gazetteer, built on first use. Labels are the list names (country, party…). */
export function gazetteerTrie(): Trie {
  if (!trie) {
    const all = [...PLACE_NAMES, ...ORGANIZATION_NAMES, ...PERSON_NAMES];
    trie = buildTrie(all.map(([name, label]) => [name, label] as const));
    readings = new Map(all.filter((e) => e.at(2)).map((e) => [e[0], e[2] as string]));
  }
  return trie;
}

/** The list a name is held in exactly (「米」 → country-short), else null. */
export function gazetteerLabel(name: string): string | null {
  return trieLabels(gazetteerTrie(), name)?.[0] ?? null;
}

/** The type of a name the lists hold exactly (「ロシア」 → place, 「クレムリン」 → organization), else null. */
export function gazetteerType(name: string): EntityType | null {
  const label = gazetteerLabel(name);
  return label ? (GAZETTEER_LABEL_TYPES.get(label) ?? null) : null;
}

/** Reading of a gazetteer name, if the list gives one: 平壌 → ピョンヤン. */
export function gazetteerReading(name: string): string | null {
  gazetteerTrie();
  return readings?.get(name) ?? null;
}

/**
 * Gazetteer names in the text as candidates, matched in one pass over the text (or given as `hits` when
 * the caller has already matched the gazetteer trie). A hit must start and
 * end on token boundaries (so 「中国」 inside 「中国地方」 is left to the longer entry) and a
 * one-letter short form (米, 露, 中) counts only where kuromoji also reads it as a name: 「米軍」 yes, 「米を炊く」 no,
 * and not after 全 (「全英オープン」).
 */
export function gazetteerCandidates(
  text: string,
  tokens: readonly Token[],
  hits: readonly TrieMatch[] = matchAll(text, gazetteerTrie()),
): Candidate[] {
  // Token boundaries by offset in typed arrays (index + 1 of the token starting there; 1 = a token ends there).
  const starts = new Int32Array(text.length + 1);
  const ends = new Uint8Array(text.length + 1);
  tokens.forEach((t, i) => {
    starts[t.start] = i + 1;
    ends[t.end] = 1;
  });
  const out: Candidate[] = [];
  for (const m of hits) {
    const first = tokens[(starts[m.start] as number) - 1];
    if (!first || !ends[m.end]) continue;
    const label = m.labels[0] as string;
    // 「全米オープン」, 「全英チャート」: 全 + a short form names a national contest or chart, not the country.
    const shortOff = !isProperNoun(first) || first.end !== m.end || text[m.start - 1] === '全';
    if (label === 'country-short' && shortOff) continue;
    const type = GAZETTEER_LABEL_TYPES.get(label);
    if (!type) continue;
    out.push({ start: m.start, end: m.end, type, source: 'gazetteer', weight: label === 'country-short' ? 2 : 4 });
  }
  return out;
}
