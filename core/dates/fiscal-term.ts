import { FISCAL_TERM_WORDS, type FiscalTermWord, TERM_GLUED_AFTER } from '../lexicon/fiscal-terms';
import { isKanji } from '../text/script';
import { addMonths, fiscalYear } from './calendar';
import type { DateContext, Point } from './context';
import type { WordCheck } from './expression';
import type { CalendarSpec, Parsed, TermSpec } from './spec';

/** Characters a term word starts with (for the scanner's trigger). */
export const TERM_FIRST_CHARS: readonly string[] = [...new Set(FISCAL_TERM_WORDS.map((w) => w.surface[0] as string))];

/**
 * 「今期の純利益」「前期比21%増」「下期に値上げが浸透すれば」 at `i`: a term word that is a word of its
 * own. Not after a kanji (江戸時代前期, 年度上期: a part of what is before it), and 前期 not before
 * another kanji than 比 or 末 (前期高齢者, 前期日程).
 */
export function readFiscalTerm(text: string, i: number, isWord: WordCheck): Parsed<TermSpec> | null {
  const word: FiscalTermWord | undefined = FISCAL_TERM_WORDS.find((w) => text.startsWith(w.surface, i));
  if (!word || isKanji(text[i - 1] ?? '')) return null;
  const end = i + word.surface.length;
  if (!isWord(i, end)) return null;
  const next = text[end] ?? '';
  if (word.startsWords && isKanji(next) && !TERM_GLUED_AFTER.includes(next)) return null;
  return { spec: { kind: 'term', word }, end };
}

/**
 * The month a term is named by, when a calendar mention names one: 2025年3月期, 24年3月期 (a year, one
 * month and 期; 4〜12月期 is a span of months, the period's own months, no term).
 */
export function namedTerm(spec: CalendarSpec, text: string, end: number): boolean {
  return (
    spec.year !== null &&
    spec.year.type !== 'rel' &&
    spec.month?.type === 'abs' &&
    typeof spec.month.value === 'number' &&
    spec.day === null &&
    text.slice(end - 2, end) === '月期'
  );
}

/**
 * Resolves a term word. With a term named (2027年3月期), 前期 and the halves count from the term in
 * focus: 前期 → 2026-03, 上期 → 2026-04〜2026-09. 今期 and 来期 count from the term running at
 * publication, closing in the named term's month (「2024年3月期決算…今期は増益」 in May 2024 → 2025-03).
 * With none named, 今期 / 来期 keep the fiscal year (April–March) and the others are not guessed.
 */
export function resolveTerm(spec: TermSpec, ctx: DateContext): { lo: Point; hi: Point } | null {
  const { word } = spec;
  const focus = ctx.termInFocus();
  const pub = ctx.published;
  // 今期 with no publication date: which term is running is not known
  if (word.from === 'running' && !pub) return null;
  if (!focus) {
    if (word.from !== 'running' || !pub) return null;
    const y = fiscalYear(pub) + word.offset;
    return { lo: { y }, hi: { y } };
  }
  // 今期: the first closing in the company's month on or after the publication month
  const close0 = word.from === 'running' && pub ? { y: focus.m >= pub.m ? pub.y : pub.y + 1, m: focus.m } : focus;
  const close = addMonths(close0.y, close0.m, word.offset * 12);
  if (!word.half) return { lo: close, hi: close };
  const lo = addMonths(close.y, close.m, word.half === 1 ? -11 : -5);
  const hi = addMonths(close.y, close.m, word.half === 1 ? -6 : 0);
  return { lo, hi };
}
