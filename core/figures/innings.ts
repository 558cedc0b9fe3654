import { BASEBALL_WORDS, INNING_PREFIXES, INNINGS_COUNTED, ROUND_ENDINGS, TIMES_COUNTED } from '../lexicon/baseball';
import { DIGIT } from '../text/script';

const DIGIT_AFTER = new RegExp(`^[${DIGIT}]`);
// Innings run to nine, extra innings to twelve (fifteen at most): 延長12回.
const MAX_INNING = 15;

/**
 * True when 「N回」 at [start, unitEnd) names an inning of a baseball game rather than a count of
 * times: 「同点の7回、」「3回にも適時打」「8回の満塁の好機」. Innings pitched stay counts: 6回を投げ,
 * 7回無失点, 5回2失点, 6回1/3; so do 通算5回 and 年2回. 延長十回 is an inning wherever it is written,
 * and 5回TKO the round of a bout.
 */
export function isInning(text: string, start: number, unitEnd: number, value: number | null): boolean {
  if (value === null || !Number.isInteger(value) || value < 1 || value > MAX_INNING) return false;
  // 5回TKO勝ち: the round of a bout ends it.
  if (ROUND_ENDINGS.some((w) => text.startsWith(w, unitEnd))) return true;
  if (INNINGS_COUNTED.some((w) => text.startsWith(w, unitEnd))) return false;
  // 延長十回1死満塁: the extra inning, whatever count of outs follows it
  if (INNING_PREFIXES.some((w) => text.endsWith(w, start))) return true;
  if (DIGIT_AFTER.test(text[unitEnd] ?? '') || TIMES_COUNTED.some((w) => text.endsWith(w, start))) return false;
  return BASEBALL_WORDS.some((w) => paragraphOf(text, start).includes(w));
}

/** How far each way the paragraph is looked at: a page with no line breaks stays linear. */
const REACH = 300;

/** The line holding `pos` (a paragraph in the text the analyser is given), at most REACH each way. */
function paragraphOf(text: string, pos: number): string {
  const lo = Math.max(0, pos - REACH);
  const window = text.slice(lo, Math.min(text.length, pos + REACH));
  const at = pos - lo;
  const to = window.indexOf('\n', at);
  return window.slice(window.lastIndexOf('\n', at) + 1, to < 0 ? window.length : to);
}
