import { originalSpan, stripFormatChars } from '../numbers/format-chars';
import { type Numeral, nextNumeralStart } from '../numbers/scan';
import { DIGIT } from '../text/script';
import type { Figure, Token } from '../types';
import { joinBounds } from './bounds';
import { type Draft, makeCtx, numberAt } from './draft';
import { ownCounterFigures } from './own-counters';
import { buildFigures } from './span';
import { wordFigures } from './words';

// Text without any digit, kanji numeral or ratio word has no figure: skip it without more work.
const MAY_HOLD_FIGURE = new RegExp(`[${DIGIT}〇一二三四五六七八九十百千数半倍ゼロ]`);
// A numeral run longer than this is no quantity (a serial, a digit dump): skip it whole.
const MAX_RUN = 64;

/**
 * A figure as the text writes it: its span, the number read (value, range, core), its unit and kind,
 * and the qualifiers around it (約, 以上, 増). What it counts, its sentence and its source are other
 * stages' results: analyze() puts them together into the Figure.
 */
export interface FigureReading
  extends Omit<Figure, 'sentence' | 'sentenceStart' | 'source' | 'counts' | 'core' | 'vague' | 'change'> {
  readonly core: string;
  readonly vague: boolean;
  readonly change: 'increase' | 'decrease' | null;
}

/**
 * Finds the figures in `text`: numbers with their unit, qualifiers, ranges and ratios, normalised.
 * Sorted by start and non-overlapping.
 */
export function findFigures(text: string, tokens: readonly Token[]): FigureReading[] {
  if (!MAY_HOLD_FIGURE.test(text)) return [];
  // 「1億\u200B2千万円」: numbers are read with the invisible format characters taken out, and the
  // figures keep offsets into the text as given.
  const stripped = stripFormatChars(text, tokens);
  if (!stripped) return findDrafts(text, tokens).map((d) => toReading(text, d));
  return findDrafts(stripped.text, stripped.tokens).map((d) => {
    const span = originalSpan(stripped, d.start, d.end);
    const core = originalSpan(stripped, d.coreStart, d.coreEnd);
    return toReading(text, { ...d, ...span, coreStart: core.start, coreEnd: core.end });
  });
}

/** The figures' drafts, sorted and non-overlapping, with offsets into `text`. */
function findDrafts(text: string, tokens: readonly Token[]): Draft[] {
  const ctx = makeCtx(text, tokens);
  const drafts: Draft[] = [];
  // Numerals that made no figure: a counter the article used elsewhere may still name them.
  const bare: Numeral[] = [];
  let pos = 0;
  for (let hit = nextNumeralStart(text, pos); hit; hit = nextNumeralStart(text, pos)) {
    const runEnd = hit.start + hit.written.length;
    const a = hit.written.length <= MAX_RUN ? numberAt(ctx, hit.start) : null;
    const found = a ? buildFigures(ctx, a) : [];
    drafts.push(...found);
    if (a && found.length === 0) bare.push(a);
    // A run that is no numeral (数3人: 数 then 3) is retried one character on; a numeral is not re-read.
    pos = found.length
      ? Math.max(...found.map((d) => d.end))
      : a
        ? Math.max(runEnd, a.end)
        : hit.written.length > MAX_RUN
          ? runEnd
          : hit.start + 1;
  }
  drafts.push(...wordFigures(ctx));
  drafts.push(...ownCounterFigures(ctx, drafts, bare));
  return joinBounds(text, nonOverlapping(drafts));
}

/** Earliest first; of two that start together the longer wins; later overlapping ones are dropped. */
function nonOverlapping(drafts: Draft[]): Draft[] {
  drafts.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Draft[] = [];
  let end = -1;
  for (const d of drafts) {
    if (d.start < end) continue;
    out.push(d);
    end = d.end;
  }
  return out;
}

function toReading(text: string, d: Draft): FigureReading {
  return {
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    value: d.value,
    min: d.min,
    max: d.max,
    unit: d.unit,
    kind: d.kind,
    approx: d.approx,
    bound: d.bound,
    core: text.slice(d.coreStart, d.coreEnd),
    vague: d.vague,
    change: d.change,
    ...(d.minExclusive ? { minExclusive: true } : {}),
    ...(d.maxExclusive ? { maxExclusive: true } : {}),
    ...(d.score ? { score: d.score } : {}),
    ...(d.fraction ? { fraction: d.fraction } : {}),
    ...(d.dimensions ? { dimensions: d.dimensions } : {}),
  };
}
