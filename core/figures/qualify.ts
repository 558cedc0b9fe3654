import {
  FLOOR_FROM,
  FLOOR_FROM_CLOSE,
  PREFIX_QUALIFIERS,
  type Qualifier,
  SUFFIX_QUALIFIERS,
} from '../lexicon/qualifiers';
import { WordIndex } from '../lexicon/word-table';
import { DIGIT, KANJI } from '../text/script';
import type { Bound } from '../types';

/** What the qualifiers around a number add up to. */
export interface Qualified {
  /** Where the qualified span starts (prefixes) or ends (suffixes). */
  readonly edge: number;
  readonly approx: boolean;
  readonly bound: Bound | null;
  readonly change: 'increase' | 'decrease' | null;
  readonly unit: string | null;
  readonly currency: string | null;
  readonly negative: boolean;
  /** The surfaces matched, nearest the number first: ['約', '年']. */
  readonly words: readonly string[];
}

// Longest first, and a surface listed twice keeps its first entry.
const PREFIX = new WordIndex(PREFIX_QUALIFIERS.map((q) => [q.surface, q] as const));
const SUFFIX = new WordIndex(SUFFIX_QUALIFIERS.map((q) => [q.surface, q] as const));
const KANJI_OR_DIGIT = new RegExp(`[${KANJI}${DIGIT}]`, 'u');
// At most this many qualifiers stack on one side: 最大震度6強, 年約1万円, 300人以上に.
const MAX_STACK = 3;

function empty(edge: number): Qualified {
  return { edge, approx: false, bound: null, change: null, unit: null, currency: null, negative: false, words: [] };
}

/** `q` with one more qualifier `w`, written further from the number, its edge moved to `edge`. */
function add(q: Qualified, w: Qualifier, edge: number): Qualified {
  return {
    edge,
    approx: q.approx || (w.approx ?? false),
    // The qualifier nearest the number decides the bound: 最大3万人以上 is unusual, keep the first seen.
    bound: q.bound ?? w.bound ?? null,
    change: q.change ?? w.change ?? null,
    unit: q.unit ?? w.unit ?? null,
    currency: q.currency ?? w.currency ?? null,
    negative: q.negative || (w.negative ?? false),
    words: [...q.words, w.surface],
  };
}

/** Matches qualifiers written before `start`, nearest first: 「最大」3万人, 「年約」1万6000円, 「▲」2.3%. */
export function prefixQualifiers(text: string, start: number): Qualified {
  let q = empty(start);
  for (let n = 0; n < MAX_STACK; n++) {
    const hit = PREFIX.longestEndingAt(text, q.edge)?.[1];
    if (!hit) break;
    // 年3050万円 is per year, but in 今年3人 the 年 belongs to 今年.
    if (hit.standalone && KANJI_OR_DIGIT.test(text[q.edge - hit.surface.length - 1] ?? '')) break;
    q = add(q, hit, q.edge - hit.surface.length);
  }
  return q;
}

/** Matches qualifiers written from `end` on: 3万人「以上」, 1億円「超」, 95万人「を超えている」. */
export function suffixQualifiers(text: string, end: number, skip: ReadonlySet<string> = NONE): Qualified {
  let q = empty(end);
  for (let n = 0; n < MAX_STACK; n++) {
    const hit = SUFFIX.longestAt(text, q.edge)?.[1];
    if (!hit || skip.has(hit.surface)) break;
    q = add(q, hit, q.edge + hit.surface.length);
  }
  // 24万9800円から。: a floor, から closing the clause
  if (q.bound === null && !skip.has(FLOOR_FROM.surface) && FLOOR_FROM_CLOSE.test(text.slice(q.edge, q.edge + 4)))
    q = add(q, FLOOR_FROM, q.edge + FLOOR_FROM.surface.length);
  return q;
}

const NONE: ReadonlySet<string> = new Set();
