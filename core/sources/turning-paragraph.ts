import type { Paragraph } from './paragraph';

// 一方、 / 他方、 opening a paragraph: the article turns to another matter (一方で、 too).
const TURNING = /^(?:一方|他方)(?:で)?[、，]/;

/**
 * True when sentence `s` opens its paragraph by turning away to another matter: 東和酒造組合は…と発表した。
 * ⏎一方、県内の蔵元数は88と、この20年で15減った。 — the outlet's own background, which the previous
 * paragraph's announcement did not tell. A sentence of the announcer's own paragraph (…と発表した。一方、
 * 輸入は5%減った) goes on with it: only the first sentence of a later paragraph turns away from it.
 */
export function turnsAway(para: Paragraph, s: string): boolean {
  return para.sentences === 0 && !para.announcer && TURNING.test(s);
}
