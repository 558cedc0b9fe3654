import type { CounterEntry } from '../lexicon/counters';
import { ERAS } from '../lexicon/eras';
import type { Numeral } from '../numbers/scan';
import { DIGIT } from '../text/script';
import { type Ctx, counterHere, type Draft, numberAt } from './draft';

// 08年 is a year written short; a length of time has no leading zero.
const LEADING_ZERO = new RegExp(`^[0０][${DIGIT}]`);
/** Years above this are calendar years (2024年9カ月ぶり is no length of 2,024 years). */
const MAX_YEARS = 999;

/** 平成3年: after an era's name N年 is a year. */
const afterEra = (text: string, at: number): boolean => ERAS.some((e) => text.endsWith(e.name, at));

/**
 * 1年9カ月, 2年3か月, 3年と2カ月: years and months written together are one length of time, counted in
 * months (1年9カ月 → 21 カ月), with the whole expression as its core; an age likewise (1歳2カ月 → 14 カ月). The years alone would be read as
 * a date or as the denominator of a rate (1年に9カ月). Null when no months follow within a year.
 */
export function readYearsAndMonths(ctx: Ctx, a: Numeral, counter: { entry: CounterEntry; end: number }): Draft | null {
  const years = a.reading.value;
  // 1歳2カ月の男児: an age told to the month, counted in months as a length is
  const age = counter.entry.kind === 'age' && counter.entry.rule !== 'band';
  if ((counter.entry.surface !== '年' && !age) || years === null || a.reading.vague || !Number.isInteger(years))
    return null;
  if (years > MAX_YEARS || LEADING_ZERO.test(a.written) || afterEra(ctx.text, a.start)) return null;
  const at = ctx.text[counter.end] === 'と' ? counter.end + 1 : counter.end;
  const b = numberAt(ctx, at);
  const months = b?.reading.value;
  if (!b || months === null || months === undefined || b.reading.vague || b.kanjiOnly !== a.kanjiOnly) return null;
  if (!Number.isInteger(months) || months < 1 || months > 11) return null;
  const unit = counterHere(ctx, b.end);
  if (unit?.entry.unit !== 'カ月') return null;
  return {
    start: a.start,
    end: unit.end,
    coreStart: a.start,
    coreEnd: unit.end,
    value: years * 12 + months,
    min: null,
    max: null,
    unit: 'カ月',
    kind: age ? 'age' : 'duration',
    approx: false,
    bound: null,
    vague: false,
    change: null,
  };
}
