import { PREFIX_QUALIFIERS, type Qualifier, SUFFIX_QUALIFIERS } from '../lexicon/qualifiers';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { AttributedFigure } from './context';

// A headline shortens the body's figure to fit (「純利益2割増」 over 純利益が前期比21%増の…, 「38％減」 over
// 38.2％減): the same share written coarser. A hedge in the headline (約3割, 4割弱, 6割超) says the writer
// rounded it of their own, and the body's figure is no longer the headline's.

/** Qualifiers that hedge a number (約, 程度, 弱, 超, 以上): the figure is not the one written. */
const HEDGES: readonly string[] = [...PREFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS]
  .filter((q: Qualifier) => q.approx || q.bound)
  .map((q) => q.surface);

/** The change words of a figure (増 / 減): 2割増 and 21%減 tell different news. */
const CHANGES: ReadonlyMap<string, Qualifier['change']> = new Map(
  SUFFIX_QUALIFIERS.filter((q) => q.change).map((q) => [q.surface, q.change]),
);

/** A share in percent and the step its written digits round to: 2割 → 20 by 10, 38.2% → 38.2 by 0.1. */
function share(f: AttributedFigure): { value: number; step: number } | null {
  if (f.value === null || f.min !== null || f.max !== null) return null;
  // 2割 is 0.2 of the whole, written as 2 tenths; 38% is written as 38 hundredths.
  const tenths = f.unit === '割';
  if (!tenths && f.unit !== '%') return null;
  const written = tenths ? f.value * 10 : f.value;
  const decimals = (String(Number(written.toFixed(6))).split('.')[1] ?? '').length;
  const step = 10 ** -decimals * (tenths ? 10 : 1);
  return { value: tenths ? f.value * 100 : f.value, step };
}

/** The figure as written: its tokens from its start to its end (前年同期比38.2％減). */
function written(tokens: readonly Token[], f: AttributedFigure): string {
  let out = '';
  for (let k = tokenAt(tokens, f.start); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= f.end) break;
    out += t.surface;
  }
  return out;
}

/** The change a figure's words tell (増 → increase), if any: the last change word written in it. */
function changeOf(text: string): Qualifier['change'] | null {
  let found: Qualifier['change'] | null = null;
  let at = -1;
  for (const [w, c] of CHANGES) {
    const k = text.lastIndexOf(w);
    if (k > at) [found, at] = [c, k];
  }
  return found;
}

/**
 * True when headline figure `head` is body figure `body` rounded to the headline's digits, with no hedge
 * of its own and no other change: 「2割増」 for 21%増, 「38％減」 for 38.2％減 — not 「約3割」 for 29.6%,
 * 「4割弱」 for 38%, 「2割減」 for 21%増, nor 「38％」 for 38% (the same figure, read as such elsewhere).
 */
export function roundsTo(tokens: readonly Token[], head: AttributedFigure, body: AttributedFigure): boolean {
  const h = share(head);
  const b = share(body);
  if (!h || !b || b.step >= h.step) return false;
  if (Math.abs(b.value - h.value) > h.step / 2 + 1e-9) return false;
  const words = written(tokens, head);
  if (HEDGES.some((w) => words.includes(w))) return false;
  const change = changeOf(words);
  const bodyChange = changeOf(written(tokens, body));
  if (change && !bodyChange && qualifiesOther(tokens, body)) return false;
  return !change || !bodyChange || change === bodyChange;
}

/**
 * The figure, with の, qualifies a noun telling no change (25%の追加関税, 20%の出資比率): a level of
 * something else, which a headline's change (「純利益2割減」) does not round. 22%の減益 tells one.
 */
function qualifiesOther(tokens: readonly Token[], f: AttributedFigure): boolean {
  let k = tokenAt(tokens, f.start);
  while (k < tokens.length && (tokens[k] as Token).start < f.end) k++;
  const no = tokens[k];
  const noun = tokens[k + 1];
  if (no?.surface !== 'の' || !noun) return false;
  let words = '';
  for (let j = k + 1; j < k + 4 && tokens[j] && !/^[、。]$/.test((tokens[j] as Token).surface); j++)
    words += (tokens[j] as Token).surface;
  return changeOf(words) === null;
}
