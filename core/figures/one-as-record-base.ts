import type { Numeral } from '../numbers/scan';
import { isWrittenOne } from './one-idioms';

// としては (or として, としても), optionally after の and a short noun phrase (1試合の入場者数としては),
// then a record word within a few characters: the superlatives a record is told in, or 初 (a first).
const AS_RECORD_BASE =
  /^(?:の[^、。「」『』（）0-9０-９]{1,10}?)?として[はも]?、?[^、。「」]{0,8}?(?:最[多高大長少低速]|初め|記録)/;

/**
 * 「1試合としては歴代最多」「1場所の懸賞としては過去最高」: one of a unit named as the base a record is
 * measured over (per single game, per tournament) — no count of one happened; the record is the figure.
 * Only 1 counts (3試合としては過去最多 tells three games), and only with として and a record word after:
 * 1試合の出場にとどまった, 1試合としては多い stay counts.
 */
export function isOneAsRecordBase(text: string, a: Numeral, unitEnd: number): boolean {
  if (!isWrittenOne(a.written)) return false;
  return AS_RECORD_BASE.test(text.slice(unitEnd, unitEnd + 28));
}
