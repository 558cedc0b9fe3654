import { COUNTER_BY_SURFACE, type CounterEntry, counterAt } from '../lexicon/counters';
import { type Numeral, numeralAt, numeralRunAt } from '../numbers/scan';
import { isCounter, isNumeral, isSuffix } from '../text/pos';
import { KANA, KANJI, toHalfWidth } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Figure, Token } from '../types';
import { isKanjiNumber } from './context';
import { latinUnitAt } from './latin-units';

/** The text being analysed, folded once for unit lookup, with its tokens. */
export interface Ctx {
  text: string;
  /** `text` with full-width ASCII folded to half-width, one unit for one (ｋｍ → km). */
  folded: string;
  tokens: readonly Token[];
}

/** A figure before it becomes a `Figure`: offsets, value or range, unit and qualifiers. */
export interface Draft
  extends Pick<Figure, 'start' | 'end' | 'value' | 'min' | 'max' | 'unit' | 'kind' | 'approx' | 'bound'>,
    Pick<Figure, 'minExclusive' | 'maxExclusive' | 'score' | 'fraction' | 'dimensions'> {
  readonly coreStart: number;
  readonly coreEnd: number;
  readonly vague: boolean;
  readonly change: NonNullable<Figure['change']> | null;
  /** The suffix qualifiers read after it, nearest first (以上, 未満): a second bound may join it. */
  readonly suffixes?: readonly string[];
  /** One of the smallest unit written, in the figure's unit: 2時間6分 → 1/60 (台 spans one minute). */
  readonly lastPlace?: number;
}

/** Builds the context once per text. */
export function makeCtx(text: string, tokens: readonly Token[]): Ctx {
  return { text, folded: toHalfWidth(text), tokens };
}

const LATIN_END = /[A-Za-z]$/;
const LATIN = /[A-Za-z]/;

/**
 * The counter or unit written at `pos`, from the lexicon or, for Latin units, the units catalogue
 * (4500mAh, 3.5GHz); a space may precede a Latin unit (100 km). Null when none.
 */
export function counterHere(ctx: Ctx, pos: number): { entry: CounterEntry; end: number } | null {
  const here = lexiconCounter(ctx, pos);
  if (here) return here;
  const at = ctx.folded[pos] === ' ' ? pos + 1 : pos;
  return latinUnitAt(ctx.folded, at);
}

function lexiconCounter(ctx: Ctx, pos: number): { entry: CounterEntry; end: number } | null {
  let at = pos;
  let c = counterAt(ctx.folded, at);
  if (!c && ctx.folded[pos] === ' ') {
    c = counterAt(ctx.folded, pos + 1);
    if (c && !LATIN_END.test(c.surface)) c = null;
    at = pos + 1;
  }
  if (!c) return null;
  const end = at + c.surface.length;
  // 5G, 3D: a Latin unit glued to more letters is a name (5GB is matched whole, so it is not cut).
  if (LATIN_END.test(c.surface) && LATIN.test(ctx.folded[end] ?? '')) return null;
  if (!endsWord(ctx, at, end)) return null;
  return { entry: c, end };
}

// Kanji and kana: a token that runs on with one of these runs on into another word.
const WORD_CHAR = new RegExp(`[${KANA}${KANJI}]`, 'u');

/**
 * 3分割 is no 3分: a counter must end where the dictionary's word ends, unless the word that runs on is
 * itself a counter (10年余, 3人組), began before it, or runs on only into punctuation (kuromoji groups
 * 「%、」 as one unknown word). A counter that runs on into kana is another word: 一回り (a size) is no
 * 一回, 15,000キロリットル no 15,000キロ (but IPADIC's 分の, of 3分の1 and 3分の遅れ, is 分 and a particle). Without tokens (a fake
 * tokenizer) it always does.
 */
function endsWord(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens.length === 0 || !WORD_CHAR.test(ctx.text[end] ?? '')) return true;
  const t = tokens[tokenAt(tokens, end - 1)];
  if (!t || t.end <= end || t.start < start) return true;
  return isSuffix(t) && isCounter(t) && !KANA_TAIL.test(ctx.text.slice(end, t.end));
}

const KANA_TAIL = new RegExp(`^(?!の$)[${KANA}]+$`, 'u');

/** Is `word` a counter? (数カ月 is one token: its tail must be a counter.) */
function isCounterWord(word: string): boolean {
  return COUNTER_BY_SURFACE.has(word);
}

/** Reads a numeral at `pos` and, if it is written without digits, checks it really is a number here. */
export function numberAt(ctx: Ctx, pos: number): Numeral | null {
  const run = numeralRunAt(ctx.text, pos);
  if (!run) return null;
  const cut = wordInside(ctx, pos, pos + run.length);
  const n = numeralAt(cut === null ? ctx.text : ctx.text.slice(0, cut), pos);
  if (!n) return null;
  if (n.kanjiOnly && !isKanjiNumber(ctx.text, ctx.tokens, n.start, n.end, isCounterWord)) return null;
  return n;
}

/**
 * 5四半期, 3百貨店: digits run on into a kanji numeral that begins a word of its own (四半期, 百貨店), and
 * 5四 is no number. Where the dictionary has a word other than a numeral start inside the run and end
 * past it, returns that word's start, where the numeral ends (20数カ月's 数カ月 is a numeral's word).
 */
function wordInside(ctx: Ctx, start: number, end: number): number | null {
  const { tokens } = ctx;
  for (let i = tokenAt(tokens, start); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start <= start || t.end <= end || isNumeral(t)) continue;
    if (t.surface.startsWith('数') && isCounterWord(t.surface.slice(1))) continue;
    return t.start;
  }
  return null;
}

/** A draft for an exact value or a reading's range (数千 → 2000–9999). */
export function valueFields(n: Numeral): Pick<Draft, 'value' | 'min' | 'max' | 'vague'> {
  const r = n.reading;
  return r.vague
    ? { value: null, min: r.min, max: r.max, vague: true }
    : { value: r.value, min: null, max: null, vague: false };
}
