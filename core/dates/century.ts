import { ERA_SPAN_PARTS } from '../lexicon/relative-dates';
import { readNumeral } from './numerals';
import type { CenturySpec, Parsed } from './spec';

/** Before the number these make it a century before the common era, which an ISO prefix cannot hold. */
const BEFORE_ERA = ['紀元前', '前'] as const;

/**
 * Reads 「17世紀」「二十一世紀」「19世紀末」 at `i` (1–30). 紀元前3世紀 is left out; 四半世紀 and 半世紀
 * are lengths of time (figures), never reached here because they start with no numeral.
 */
export function readCentury(text: string, i: number): Parsed<CenturySpec> | null {
  const n = readNumeral(text, i);
  if (!n || n.value < 1 || n.value > 30 || !text.startsWith('世紀', n.end)) return null;
  if (BEFORE_ERA.some((w) => text.endsWith(w, i))) return null;
  let end = n.end + 2;
  const part = ERA_SPAN_PARTS.find((p) => text.startsWith(p, end));
  if (part) end += part.length;
  return { spec: { kind: 'century', n: n.value }, end };
}
