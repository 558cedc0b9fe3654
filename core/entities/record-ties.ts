import { RECORD_WORDS } from '../lexicon/matches';
import { KATAKANA } from '../text/script';
import type { Span } from './candidate';
import { gazetteerLabel } from './gazetteer';

const KATAKANA_RUN = new RegExp(`[${KATAKANA}ー]+`, 'y');

/**
 * 「リーグ最多タイ」「日本記録タイ」: a country's name glued after the name of a record is the loanword it
 * spells — the record is equalled (a tie) — so those words name no place, whoever proposed them.
 * 「タイの首都」「最多のタイ人観光客」 are untouched: nothing or の stands between.
 */
export function recordTieSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const word of RECORD_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const start = at + word.length;
      KATAKANA_RUN.lastIndex = start;
      const run = KATAKANA_RUN.exec(text)?.[0];
      if (run && gazetteerLabel(run) === 'country') out.push({ start, end: start + run.length });
    }
  }
  return out;
}
