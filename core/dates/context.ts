import type { RelativeWord } from '../lexicon/relative-dates';
import { addMonths, fiscalYear, type Ymd } from './calendar';

/** A resolved point, as precise as the text: 2024 / 2024-11 / 2024-11-26 (with an optional time). */
export interface Point {
  y: number;
  m?: number;
  d?: number;
  time?: string;
}

/**
 * What earlier mentions tell later ones: 同日 is the last day named, 同年 the last year, and a
 * two-digit year (15年) takes the century of the last year written in full (2012年 → 2015).
 */
export class DateContext {
  lastDay: Ymd | null = null;
  lastMonth: { y: number; m: number } | null = null;
  lastYear: number | null = null;
  /** The last year written out (2012年, 令和3年) or resolved from two digits. */
  lastWrittenYear: number | null = null;

  constructor(readonly published: Ymd | null) {}

  /** Records a resolved mention so later 同日 / 同月 / 同年 refer to it. */
  remember(p: Point): void {
    this.lastYear = p.y;
    if (p.m !== undefined) this.lastMonth = { y: p.y, m: p.m };
    if (p.m !== undefined && p.d !== undefined) this.lastDay = { y: p.y, m: p.m, d: p.d };
  }

  /** The day a day word counts from: 同日 → the last day named; 昨日 in a quote → the day it was said. */
  dayAnchor(word: RelativeWord, quoteDay: Ymd | null): Ymd | null {
    if (word.anchor === 'previous') return this.lastDay ?? this.published;
    return word.anchor === 'speech' && quoteDay ? quoteDay : this.published;
  }

  /** The month a month word counts from: 先月 → publication month; 同月 → the last month named. */
  monthAnchor(word: RelativeWord): { y: number; m: number } | null {
    const pub = this.published;
    const fromPub = pub ? addMonths(pub.y, pub.m, 0) : null;
    return word.anchor === 'previous' ? (this.lastMonth ?? fromPub) : fromPub;
  }

  /** The year a year word counts from: 昨年 → publication year; 前年 → the last year named. */
  yearAnchor(word: RelativeWord): number | null {
    const pub = this.published;
    if (word.anchor === 'previous' && this.lastYear !== null) return this.lastYear;
    if (!pub) return null;
    return word.unit === 'fiscal' ? fiscalYear(pub) : pub.y;
  }

  /** 15年 → 2015 next to 2012年; 61年 → 1961 next to 1952年: the century nearest the reference year. */
  century(yy: number, standalone: boolean): number | null {
    const ref = this.lastWrittenYear ?? (standalone ? null : (this.published?.y ?? null));
    if (ref === null) return null;
    const base = ref - (ref % 100);
    const options = [base - 100 + yy, base + yy, base + 100 + yy];
    return options.reduce((a, b) => (Math.abs(b - ref) < Math.abs(a - ref) ? b : a));
  }

  /** 70年代 → 1970s, 20年代 → 2020s (in 2025): the latest such decade not after the reference year. */
  pastDecade(yy: number): number {
    const ref = this.lastWrittenYear ?? this.published?.y ?? 2000;
    const y = ref - (ref % 100) + yy;
    return y - (y % 10) <= ref ? y : y - 100;
  }
}
