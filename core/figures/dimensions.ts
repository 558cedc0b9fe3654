import { DIMENSION_LABELS } from '../lexicon/dimension-labels';
import { WordIndex } from '../lexicon/word-table';
import { type Numeral, numeralAt } from '../numbers/scan';
import { isCounter, isNoun, isNumeral } from '../text/pos';
import { isDigit, isLatin, toHalfWidth } from '../text/script';
import { tokenAt } from '../text/tokens';
import { isGluedNumber } from './context';
import { type Ctx, counterHere, type Draft, valueFields } from './draft';
import { openCounter } from './open-counter';

const LABELS = new WordIndex([...DIMENSION_LABELS]);
// 108×148×230mm: the signs written between the sides.
const TIMES: ReadonlySet<string> = new Set(['×', 'x', 'X', 'ｘ', 'Ｘ', '✕', '＊', '*']);
/** A product has at most this many sides (a box's three, a fourth for a weight or a count). */
const MAX_SIDES = 4;

/**
 * The label (縦, 高さ, W…) written right before `pos`, as the word a reader is shown (W → 幅). A Latin
 * letter is a label only after no other letter or digit (W300, not RTX300).
 */
export function dimensionLabelBefore(text: string, pos: number): string | null {
  const folded = toHalfWidth(text.slice(Math.max(0, pos - 4), pos));
  const hit = LABELS.longestEndingAt(folded, folded.length);
  if (!hit) return null;
  const before = folded[folded.length - hit[0].length - 1];
  if (isLatin(hit[0]) && (isLatin(before) || isDigit(before))) return null;
  return hit[1];
}

/**
 * The number of the side written at `pos` after a times sign, past its label if any (高さ, H): the
 * label is read again by counted.ts, which shows it as what the side measures.
 */
function sideAt(ctx: Ctx, pos: number): Numeral | null {
  const at = ctx.text[pos] === ' ' ? pos + 1 : pos;
  const label = LABELS.longestAt(ctx.folded, at);
  const n = numeralAt(ctx.text, at + (label?.[0].length ?? 0));
  return !n || n.kanjiOnly || n.reading.value === null || n.reading.vague ? null : n;
}

/** A counter IPADIC knows (名詞,接尾,助数詞) and the lexicon lacks, right after `n` (not a common noun: 3×3バスケット). */
function counterToken(ctx: Ctx, n: Numeral): ReturnType<typeof openCounter> {
  const t = ctx.tokens[tokenAt(ctx.tokens, n.end)];
  return t?.start === n.end && isCounter(t) ? openCounter(ctx, n) : null;
}

/**
 * True when the number at `start` is a later side of a product (3×|3, 縦3×横|4): the product is read
 * from its first side or not at all, so a later side is never a figure of its own (3×3バスケット).
 */
export function isLaterSide(text: string, start: number): boolean {
  const label = LABELS.longestEndingAt(toHalfWidth(text.slice(Math.max(0, start - 4), start)), Math.min(4, start));
  let at = start - (label?.[0].length ?? 0);
  if (text[at - 1] === ' ') at--;
  if (!TIMES.has(text[at - 1] ?? '')) return false;
  if (text[at - 2] === ' ') at--;
  // RTX300×2枚: a model name times a count is no product of sides, and its count is a figure.
  let head = at - 1;
  while (head > 0 && SIDE_CHAR.test(text[head - 1] ?? '')) head--;
  if (head === at - 1) return false;
  return !isLatin(text[head - 1]) || dimensionLabelBefore(text, head) !== null;
}

// The characters of a side's digits: 15.5, 1,284.
const SIDE_CHAR = /[0-9０-９.．,，]/;

/** The times sign at `pos` (a space may stand on either side of it): the position after it, or -1. */
function timesAt(text: string, pos: number): number {
  const at = text[pos] === ' ' ? pos + 1 : pos;
  return TIMES.has(text[at] ?? '') ? at + 1 : -1;
}

/** Legs of a relay: a count this small times a distance at least ten times it. */
const MAX_LEGS = 10;

/**
 * 4×100メートルリレー, 4×400mリレー: a small count of legs times a distance, then a noun glued to the
 * unit, names the event, not a product of two lengths (2×4メートルの板 and 縦2×横4メートル are sides).
 */
function namesAnEvent(ctx: Ctx, chain: readonly Numeral[], unitEnd: number): boolean {
  const [legs, leg] = chain;
  const n = legs?.reading.value ?? 0;
  const d = leg?.reading.value ?? 0;
  if (chain.length !== 2 || !Number.isInteger(n) || n < 2 || n > MAX_LEGS || d < n * 10) return false;
  if (dimensionLabelBefore(ctx.text, legs?.start ?? 0) || LABELS.longestAt(ctx.folded, legs?.end ?? 0)) return false;
  const t = ctx.tokens[tokenAt(ctx.tokens, unitEnd)];
  return t?.start === unitEnd && isNoun(t) && !isNumeral(t);
}

/**
 * A product of dimensions headed by `a`: every side is a figure in the unit written after the last,
 * each knowing all sides (`dimensions`). 「2778×1284ドット」 gives two figures; 「縦15.5×横15.5×
 * 高さ6.1センチ」 three in cm, and 「W300×D200×H100mm」 three in mm (the labels say what each side
 * measures: counted.ts shows them). Null when no times sign follows `a`; empty when what follows is no
 * product of a unit (2×2, a version 1×).
 */
export function readDimensions(ctx: Ctx, a: Numeral): Draft[] | null {
  const { text } = ctx;
  if (timesAt(text, a.end) < 0 || a.kanjiOnly) return null;
  // W300×: a Latin label glues to the digits, but is no model name's tail.
  if (isGluedNumber(text, a.start, a.end) && !(isLatin(text[a.start - 1]) && dimensionLabelBefore(text, a.start)))
    return null;
  const chain: Numeral[] = [a];
  let last = a;
  for (let next = timesAt(text, last.end); next >= 0; next = timesAt(text, last.end)) {
    const side = chain.length < MAX_SIDES ? sideAt(ctx, next) : null;
    if (!side) return [];
    chain.push(side);
    last = side;
  }
  // 312.8×218.5×15.8～17.9mm: the last side may be a range (a thickness from edge to middle).
  const upper = upperEnd(ctx, last);
  const tail = upper ?? last;
  // 108×148×230mm, 2778×1284ドット: a unit or a counter after the last side. A common noun there names
  // a thing the product is part of: 3×3バスケット, 2×4工法.
  const c = counterHere(ctx, tail.end) ?? counterToken(ctx, tail);
  if (!c || (c.entry.kind !== 'measure' && c.entry.kind !== 'count')) return [];
  const sides = chain.map((n) => n.reading.value);
  if (sides.some((x) => x === null)) return [];
  if (namesAnEvent(ctx, chain, c.end)) return [];
  const dims = sides as number[];
  const lo = last.reading.value;
  const hi = upper?.reading.value;
  return chain.map((n) => ({
    start: n.start,
    end: n === last ? c.end : n.end,
    coreStart: n.start,
    coreEnd: n === last ? tail.end : n.end,
    ...valueFields(n),
    ...(n === last && upper ? { value: null, min: lo, max: hi ?? null } : {}),
    unit: c.entry.unit,
    kind: 'measure' as const,
    approx: false,
    bound: null,
    change: null,
    // a side given as a range has no one product to show: each figure says its own value
    ...(upper ? {} : { dimensions: dims }),
  }));
}

const RANGE_MARKS: ReadonlySet<string> = new Set(['〜', '～', '~']);

/** 15.8～17.9mm: the upper end of a range written as the last side, above its lower end; else null. */
function upperEnd(ctx: Ctx, last: Numeral): Numeral | null {
  if (!RANGE_MARKS.has(ctx.text[last.end] ?? '')) return null;
  const n = numeralAt(ctx.text, last.end + 1);
  const lo = last.reading.value;
  const hi = n?.reading.value;
  if (!n || n.kanjiOnly || n.reading.vague || lo === null || hi === null || hi === undefined || hi <= lo) return null;
  return n;
}
