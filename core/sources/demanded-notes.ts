import { DEMANDING_VERBS } from '../lexicon/reporting-cues';
import type { AttributedFigure } from './context';

// 求刑, 要求, 請求: the demand nouns (サ変, written in kanji) of DEMANDING_VERBS; 求める, 勧める are verbs.
const DEMAND_NOUNS = [...DEMANDING_VERBS].filter((w) => /^[\u4E00-\u9FFF]+$/.test(w));
// （求刑懲役8年）, （要求額2万円）, （求刑罰金80万円）: a bracket opening on a demand noun, then a few words
// (懲役, 額, 罰金) and the figure; no comma or bracket between.
const NOTE = new RegExp(`[（(](?:${DEMAND_NOUNS.join('|')})[^、，。（）()「」\\d０-９]{0,4}$`);

/**
 * The figures in a bracketed note of another party's demand, after the figure the sentence gives: 「名古屋地裁は
 * 懲役6年（求刑懲役8年）を言い渡した」 — the court sentenced 6 years; 8 years is what the prosecutors asked,
 * which the court did not say. They are no one's the sentence names (the prosecutors are not written).
 */
export function othersDemands<F extends AttributedFigure>(text: string, figures: readonly F[]): Set<F> {
  const out = new Set<F>();
  for (const f of figures) if (NOTE.test(text.slice(Math.max(0, f.start - 8), f.start))) out.add(f);
  return out;
}
