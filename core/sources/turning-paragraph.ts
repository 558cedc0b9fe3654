import type { Paragraph } from './paragraph';
import type { SentenceCues } from './sentence-cues';

// 一方、 / 他方、 opening a paragraph: the article turns to another matter (一方で、 too).
const TURNING = /^(?:一方|他方)(?:で)?[、，]/;

/**
 * True when sentence `s` opens a later paragraph by turning away from the announcement before it: to
 * another matter (東和酒造組合は…と発表した。⏎一方、県内の蔵元数は88と、この20年で15減った) or to a new
 * scene (選管が…発表した。⏎注目の北浜市長選では、現職が得票率52%で…), as a new scene ends an according-to
 * (core/sources/setting.ts). That is the outlet's own telling, which the announcement did not give. A part
 * of the area it covers (九州南部では) goes on with it, so does a setting with no name (歳入では、 in a
 * budget: a part of what was announced), and so does a sentence of the announcer's own paragraph
 * (…と発表した。一方、輸入は5%減った).
 */
export function turnsAway(para: Paragraph, s: string, info: SentenceCues): boolean {
  if (para.sentences !== 0 || para.announcer) return false;
  return TURNING.test(s) || (info.namedSetting && !info.areaPart);
}
