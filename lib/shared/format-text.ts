/**
 * Page text made safe to show. A page is not ours: its sentences can carry bidi overrides (U+202E
 * turns 「3万人が避難」 into a mirrored cell and drags the columns after it along), isolates left open,
 * control characters and line separators. Everything page-derived the popup and the card show goes
 * through `displayText`; the UI also isolates each such piece (`<bdi>`, `unicode-bidi: isolate`), so
 * whatever direction a piece has stays inside its own box.
 */

// Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI), the marks LRM, RLM
// and ALM: a piece of text shown on its own never needs them, and an unbalanced one leaks out.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// C0 and C1 controls and DEL (tab, CR and LF become spaces below), the Unicode line and paragraph
// separators, and the interlinear annotation characters.
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085\u000B\u000C]+/g;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\uFFF9-\uFFFB]/g;

/** Page text for display: bidi controls and control characters removed, line breaks as one space. */
export function displayText(s: string): string {
  return s.replace(LINE_BREAKS, ' ').replace(BIDI_CONTROLS, '').replace(CONTROLS, '');
}
