import { CHANGE_WORDS } from '../lexicon/qualifiers';
import type { Ctx, Draft } from './draft';
import type { Qualified } from './qualify';
import { suffixQualifiers } from './qualify';

// 震度6強: 強/弱 are steps of the seismic scale, not approximations.
const SEISMIC_STEPS: ReadonlySet<string> = new Set(['強', '弱']);
const NO_SKIP: ReadonlySet<string> = new Set();
// Particles allowed between a figure and a change word: 2倍に増えた, 3%の減少.
const LINK = /^[にのともが]?/;
const CHANGE_LENGTHS = [...new Set([...CHANGE_WORDS.keys()].map((w) => w.length))];

/**
 * Applies the qualifiers around a draft: prefixes (約, 最大, ▲) already matched in `pre`, suffixes
 * (以上, 超, 程度, 増) read here, and a change word just after (2倍に増えた → increase).
 */
export function finishDraft(ctx: Ctx, pre: Qualified, d: Draft): Draft {
  const { text } = ctx;
  let end = d.end;
  if (d.unit === '震度' && SEISMIC_STEPS.has(text[end] ?? '')) end += 1;
  const suf = suffixQualifiers(text, end, d.unit === '震度' ? SEISMIC_STEPS : NO_SKIP);
  const isRange = d.value === null && !d.vague;
  // 7歳から10歳まで: まで closes the range, it is no bound.
  const suffixBound = isRange && suf.words.every((w) => w === 'まで') ? null : suf.bound;
  const qualified: Draft = {
    ...d,
    start: Math.min(d.start, pre.edge),
    end: suf.edge,
    approx: d.approx || pre.approx || suf.approx,
    bound: suffixBound ?? pre.bound ?? d.bound,
    change: suf.change ?? pre.change ?? d.change ?? changeAfter(text, suf.edge),
    suffixes: suf.words,
  };
  const banded = suf.words.includes('台') ? band(qualified) : digitPlaces(qualified);
  return pre.negative ? negate(banded) : banded;
}

/**
 * 500点台 → 500–599, 150円台 → 150–159, 1割台 → 0.1–0.199, 2%台 → 2–2.99: 台 spans the place of the
 * number's last significant digit, or of the smallest unit written (2時間6分台). Nothing changes for a range or a vague number (数百人台).
 */
function band(d: Draft): Draft {
  if (d.value === null || d.value <= 0 || d.vague) return d;
  // 2時間6分台: the minute is the place, 2:06:00–2:06:59 (2.1–2.1165 時間), not a tenth of an hour.
  if (d.lastPlace) {
    const top = d.value + d.lastPlace - d.lastPlace / 100;
    return { ...d, value: null, min: d.value, max: Number(top.toPrecision(6)) };
  }
  const scale = d.unit === '割' ? 10 : 1;
  const v = Number((d.value * scale).toPrecision(12));
  let step = 1;
  while (Number.isInteger(v / (step * 10)) && step < 1e15) step *= 10;
  if (!Number.isInteger(v)) step = 10 ** -(String(v).split('.')[1] ?? '').length;
  const top = step >= 10 ? v + step - 1 : v + step - step / 100;
  return { ...d, value: null, min: d.value, max: Number((top / scale).toPrecision(12)) };
}

// 2ケタ, 3桁: how many digits a number has, not a count of digits anyone checks.
const DIGIT_PLACES: ReadonlySet<string> = new Set(['桁', 'ケタ', 'けた']);
const MAX_PLACES = 15;

/** 2ケタ勝利 → 10–99, 3桁 → 100–999: a number of that many digits (1桁 → 1–9). */
function digitPlaces(d: Draft): Draft {
  const n = d.value;
  if (!DIGIT_PLACES.has(d.unit) || n === null || !Number.isInteger(n) || n < 1 || n > MAX_PLACES) return d;
  return { ...d, value: null, min: n === 1 ? 1 : 10 ** (n - 1), max: 10 ** n - 1, approx: true };
}

/** ▲2.3% → −2.3; a range flips its ends. */
function negate(d: Draft): Draft {
  const { value, min, max } = d;
  return {
    ...d,
    value: value === null ? null : -value,
    min: max === null ? null : -max,
    max: min === null ? null : -min,
  };
}

function changeAfter(text: string, end: number): 'increase' | 'decrease' | null {
  const link = LINK.exec(text.slice(end, end + 1))?.[0] ?? '';
  const at = end + link.length;
  for (const len of CHANGE_LENGTHS) {
    const c = CHANGE_WORDS.get(text.slice(at, at + len));
    if (c) return c;
  }
  return null;
}
