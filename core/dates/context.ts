import type { Era } from '../lexicon/eras';
import { type RelativeWord, UNDATED_PAST_WORDS } from '../lexicon/relative-dates';
import { addMonths, fiscalYear, type Ymd } from './calendar';
import type { Tense } from './tense';
import { NEAR_PUBLICATION, type YearTail } from './two-digit-years';

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
/** yy in the century that puts it nearest `ref`: 15 by 2012 → 2015, 61 by 1952 → 1961. */
function nearestCentury(yy: number, ref: number): number {
  const base = ref - (ref % 100);
  const options = [base - 100 + yy, base + yy, base + 100 + yy];
  return options.reduce((a, b) => (Math.abs(b - ref) < Math.abs(a - ref) ? b : a));
}

// A line of spaces alone (全角 too) parts paragraphs; it is no line of the lead.
const BLANK = /[\s\u3000]/;

/** How far past publication a decade told as to come may start: the next one (2030年代 in 2025). */
const DECADE_AHEAD = 10;

// 売り場が前の年の倍近く売れたときです: the base of a time the clause names by what happened, no date.
const AT_UNNAMED_TIME = /^[^、。「」]{1,20}?(?:とき|時に|時は|ころ|頃)/;

export class DateContext {
  lastDay: Ymd | null = null;
  lastMonth: { y: number; m: number } | null = null;
  lastYear: number | null = null;
  /** The last company term named (2025年3月期 → its closing month): 前期 counts back from it. */
  lastTerm: { y: number; m: number } | null = null;
  /** The first term the article names: a 上期 in the headline before it is of that term. */
  firstTerm: { y: number; m: number } | null = null;
  /** The last fiscal year named (2020年度, 今年度): 年度末 closes it. */
  lastFiscalYear: number | null = null;
  /** The last year written out (2012年, 令和3年) or resolved from two digits. */
  lastWrittenYear: number | null = null;
  /** The first year of the last decade written in full (1970年代 → 1970): 80年代 after it is the 1980s. */
  lastDecade: number | null = null;
  /** Eras the article has named, the latest first: 「平成9年…23年」 reads 23年 in 平成. */
  eras: Era[] = [];
  /** The tense of the predicate the date being resolved leads into (see tense.ts), when known. */
  tense: Tense | null = null;
  /**
   * The date is what its topic is, in a sentence ending in the non-past (開始は2月上旬で、…早いという):
   * a month after publication is then this year's, not one of a year the paragraph told of before.
   */
  statedNonpast = false;
  /**
   * The tense of the clause's first verb when the predicate right after the date told none
   * (「7〜9月の3カ月間、再開する方針だ」 → nonpast): decides only which year a bare month is in.
   */
  clauseTense: Tense | null = null;
  /**
   * The clause the date is in tells a state going on now (伸びている, 減っており): a 前年 in it is the
   * year before this one, unless its sentence names the year it counts from.
   */
  goingOnNow = false;
  /** Whether the last year written out was an era year (平成9年) rather than a Western one (2012年). */
  eraStyle = false;
  /**
   * A year set up as the topic of its sentence (「昨年は」「2019年には」) and where that sentence ends:
   * a month named before then, with no year of its own, is in that year (昨年は2月に → last February).
   */
  topicYear: { y: number; until: number } | null = null;
  /** The last year a figure was given for (「2022年時点で」) and its paragraph: see dataYear. */
  private dataPoint: { y: number; paragraph: number } | null = null;
  /** Where the date being resolved starts (see moveTo). */
  at = 0;
  /** The paragraph (count of line breaks before it) of the last year the article named. */
  private lastYearParagraph = -1;
  /** Where the last year the article named was written. */
  private lastYearAt = -1;
  /** Where the last day the article named was written. */
  private lastDayAt = -1;
  private lastMonthParagraph = -1;
  /** The last period named, its paragraph, and whether it is a span's first bound, still open. */
  private lastPeriod: { lo: Point; hi: Point; paragraph: number; open: boolean } | null = null;
  private paragraph = 0;
  /** Lines with text before the reading position's (a blank line between paragraphs is none): see inLead. */
  private textLines = 0;
  private lineHasText = false;
  private scanned = 0;

  constructor(
    readonly published: Ymd | null,
    private readonly text = '',
  ) {}

  /** The term the story is in: the last named before the reading position, else the first named at all. */
  termInFocus(): { y: number; m: number } | null {
    return this.lastTerm ?? this.firstTerm;
  }

  /** Moves the reading position to `offset` (offsets only grow): which paragraph are we in? */
  moveTo(offset: number): void {
    this.at = offset;
    for (let i = this.scanned; i < offset && i < this.text.length; i++) {
      const c = this.text[i] ?? '';
      if (c === '\n') {
        this.paragraph++;
        if (this.lineHasText) this.textLines++;
        this.lineHasText = false;
      } else if (!BLANK.test(c)) this.lineHasText = true;
    }
    this.scanned = Math.max(this.scanned, offset);
  }

  /**
   * Whether the reading is in the headline or the lede: the first two lines with text, however many blank
   * lines part them (「見出し\n\n　県は31日、4月の…」: the lede is the third line but the second paragraph).
   */
  private inLead(): boolean {
    return this.textLines <= 1;
  }

  /** Records that the article wrote a year in `era` (平成9年): two-digit years after it are read in it. */
  nameEra(era: Era): void {
    this.eras = [era, ...this.eras.filter((e) => e !== era)];
  }

  /**
   * 23年 after 平成9年 → 2011: the latest era named in which the year exists and is not more than a year
   * after publication (令和12年 would be 2030, so after 令和2年 and 平成30年, 12年 is 平成12年 = 2000).
   * Null when no era was named, the last full year was Western, or no era fits.
   */
  eraYear(n: number): number | null {
    if (!this.eraStyle) return null;
    const limit = this.published ? this.published.y + 1 : Number.POSITIVE_INFINITY;
    for (const era of this.eras) {
      const y = era.firstYear + n - 1;
      if (n >= 1 && n <= era.lastYear && y <= limit) return y;
    }
    return null;
  }

  /** The year the sentence being read took as its topic (topicYear), if the reading is still in it. */
  sentenceTopicYear(): number | null {
    return this.topicYear && this.at < this.topicYear.until ? this.topicYear.y : null;
  }

  /**
   * The year the article is talking about when it differs from the publication year: the last year
   * named in this paragraph if it is earlier (「2019年に設立。12月5日に…」 → 2019). Null otherwise.
   */
  storyYear(): number | null {
    const pub = this.published;
    if (!pub || this.lastYear === null || this.lastYearParagraph !== this.paragraph) return null;
    return this.lastYear < pub.y ? this.lastYear : null;
  }

  /**
   * With no publication date, the year (or month) named earlier in the same paragraph is the only
   * anchor a month-day (or a bare day) has: 「1940年、6月9日に」 → 1940-06-09. Null when there is none.
   */
  paragraphYear(): number | null {
    return this.lastYearParagraph === this.paragraph ? this.lastYear : null;
  }

  /**
   * The period the paragraph's last date named, as far as it reaches: 1〜3月期 → January to March;
   * 2月24日〜3月2日, read as two bounds, → February 24 to March 2. Null when the paragraph named none.
   */
  paragraphPeriod(): { lo: Point; hi: Point } | null {
    return this.lastPeriod?.paragraph === this.paragraph ? this.lastPeriod : null;
  }

  /**
   * The first period of months the headline or lede named (「4〜6月期の純利益…」「ことし4月の求人倍率」):
   * the period a results or statistics story is about, which 前年同期 in a later paragraph naming no period
   * of its own compares with.
   */
  private leadPeriod: { lo: Point; hi: Point } | null = null;
  /** The paragraph of the last date expression read, resolved or not. */
  private seenParagraph = -1;

  /** Records that a date expression was read here (see periodInFocus). */
  markSeen(): void {
    this.seenParagraph = this.paragraph;
  }

  /**
   * Records a period the lead may be about: a span of months or a month (not a day, not a company's
   * term, 2026年3月期, which is a year's business and no month of it).
   */
  noteLeadPeriod(lo: Point, hi: Point): void {
    if (this.leadPeriod === null && this.inLead() && lo.m !== undefined && lo.d === undefined)
      this.leadPeriod = { lo, hi };
  }

  /**
   * The period 前年同期 compares with: the paragraph's (paragraphPeriod), else — when it is the first date
   * its paragraph writes — the lead's. A paragraph that wrote a date it could not resolve (今年1月から
   * with no publication date) does not go back to the lead.
   */
  periodInFocus(): { lo: Point; hi: Point } | null {
    return this.paragraphPeriod() ?? (this.seenParagraph === this.paragraph ? null : this.leadPeriod);
  }

  /** Records the period of a resolved mention; `bound` extends one whose start the last bound gave. */
  notePeriod(lo: Point, hi: Point, bound: boolean): void {
    const open = bound && this.lastPeriod?.paragraph === this.paragraph && this.lastPeriod.open;
    this.lastPeriod = {
      lo: open ? (this.lastPeriod as { lo: Point }).lo : lo,
      hi,
      paragraph: this.paragraph,
      open: bound && !open,
    };
  }

  paragraphMonth(): { y: number; m: number } | null {
    return this.lastMonthParagraph === this.paragraph ? this.lastMonth : null;
  }

  /** Records the year of a data point (2023年10月時点で): a compared N年前 after it counts back from it. */
  noteDataYear(y: number): void {
    this.dataPoint = { y, paragraph: this.paragraph };
  }

  /**
   * 「空き家は2023年10月時点で約930万戸…。20年前と比べると」: the year of the last data point named in
   * this paragraph (2023), null when there is none.
   */
  dataYear(): number | null {
    return this.dataPoint?.paragraph === this.paragraph ? this.dataPoint.y : null;
  }

  /**
   * The month the headline or lede named first (「4月の住宅着工…」): the month a statistics story is about,
   * which 前年同月 in a later paragraph naming no month of its own compares with.
   */
  private leadMonth: { y: number; m: number } | null = null;
  /** The month of the first day the lead named (31日、…発表した): the lead's month when it names no other. */
  private leadDayMonth: { y: number; m: number } | null = null;

  /**
   * The month a statistics story is about: the lead's first month named alone (「31日、4月の求人倍率を
   * 発表した」 → April, not May the 31st is in), else the month of its first day.
   */
  leadMonthInFocus(): { y: number; m: number } | null {
    return this.leadMonth ?? this.leadDayMonth;
  }

  /** Records a resolved mention so later 同日 / 同月 / 同年 refer to it. */
  remember(p: Point): void {
    if (p.m !== undefined && this.inLead()) {
      if (p.d === undefined) this.leadMonth ??= { y: p.y, m: p.m };
      else this.leadDayMonth ??= { y: p.y, m: p.m };
    }
    this.lastYear = p.y;
    this.lastYearAt = this.at;
    this.lastYearParagraph = this.paragraph;
    if (p.m !== undefined) {
      this.lastMonth = { y: p.y, m: p.m };
      this.lastMonthParagraph = this.paragraph;
    }
    if (p.m !== undefined && p.d !== undefined) {
      this.lastDay = { y: p.y, m: p.m, d: p.d };
      this.lastDayAt = this.at;
    }
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
    if (word.anchor !== 'previous') return fromPub;
    // 昭和の終わりごろ、…前月を上回った: the month before one of a past left undated
    if (!this.lastMonth && word.offset < 0 && this.inUndatedPast()) return null;
    return this.lastMonth ?? fromPub;
  }

  /** Whether the last day named lies in the sentence being read (「12日の東京株式市場で…前日比12%高」). */
  dayInSentence(): boolean {
    if (this.lastDay === null) return false;
    const before = this.text.slice(0, this.at);
    return this.lastDayAt > Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
  }

  /** Whether the last year named lies in the sentence being read (「2023年の売上高は前年を上回った」). */
  private yearInSentence(): boolean {
    if (this.lastYear === null) return false;
    const before = this.text.slice(0, this.at);
    const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
    return this.lastYearAt > start;
  }

  /** Whether the paragraph so far sets its story in a past it gives no date for (昭和の終わりごろ, 戦後). */
  private inUndatedPast(): boolean {
    const before = this.text.slice(this.text.lastIndexOf('\n', this.at - 1) + 1, this.at);
    return (
      UNDATED_PAST_WORDS.some((w) => before.includes(w)) || AT_UNNAMED_TIME.test(this.text.slice(this.at, this.at + 24))
    );
  }

  /** The year a year word counts from: 昨年 → publication year; 前年 → the last year named. */
  yearAnchor(word: RelativeWord): number | null {
    const pub = this.published;
    // 「2020年度予算案…年度末の市債残高」: a fiscal word looks back to the last fiscal year named first.
    if (word.anchor === 'previous' && word.unit === 'fiscal' && this.lastFiscalYear !== null)
      return this.lastFiscalYear;
    // 「（前の文で）昨年春まで2,000円前後だった。…販売数は前年の約1.5倍に伸びている」: told as going on
    // now, with no year named in its sentence, 前年 is the year before this one.
    if (word.anchor === 'previous' && word.unit === 'year' && this.goingOnNow && pub && !this.yearInSentence())
      return pub.y;
    if (word.anchor === 'previous' && this.lastYear !== null) return this.lastYear;
    // 大正時代に水害に見舞われた。被害は前年の2倍に上った: the year before a past left undated
    if (word.anchor === 'previous' && word.offset < 0 && this.inUndatedPast()) return null;
    if (!pub) return null;
    // 新年度予算案 in February → the fiscal year starting this April; in November → next April's
    if (word.nearestApril) return pub.m >= 10 ? pub.y + 1 : pub.y;
    // 「年末に起きた事故」 in a January or February article is last December, unless told as to come.
    if (word.unit === 'year' && word.offset === 0 && word.month === 12 && pub.m <= 2 && this.tense !== 'nonpast')
      return pub.y - 1;
    return word.unit === 'fiscal' ? fiscalYear(pub) : pub.y;
  }

  /**
   * The year of the January 年明け names: the one just begun early in the year (an article of
   * January–March), the one to come late in it (October–December) unless told in the past; in
   * between the predicate's tense decides (「年明けから上昇が続いた」 → this year, 「年明けにも
   * 解散する」 → next), and with no tense to go by the date is left out (null).
   */
  turnYear(): number | null {
    const pub = this.published;
    if (!pub) return null;
    if (pub.m <= 3) return pub.y;
    if (pub.m >= 10) return this.tense === 'past' ? pub.y : pub.y + 1;
    if (this.tense === null) return null;
    return this.tense === 'past' ? pub.y : pub.y + 1;
  }

  /**
   * 15年 → 2015 next to 2012年; 61年 → 1961 next to 1952年: the century nearest the reference year.
   * A standalone year (15年に, no month) takes it from a year written in full; with none, from the
   * publication year if it falls near enough for its tail (NEAR_PUBLICATION). 「25年の」 must fall
   * near one or the other.
   */
  century(yy: number, standalone: boolean, tail?: YearTail): number | null {
    const pub = this.published?.y ?? null;
    const written = this.lastWrittenYear;
    if (!standalone || !tail) {
      const ref = written ?? (standalone ? null : pub);
      return ref === null ? null : nearestCentury(yy, ref);
    }
    const near = NEAR_PUBLICATION[tail];
    const refs = tail === 'loose' || written === null ? [written, pub] : [written];
    for (const ref of refs) {
      if (ref === null) continue;
      const y = nearestCentury(yy, ref);
      if (ref === written && tail !== 'loose') return y;
      if (Math.abs(y - ref) <= near) return y;
    }
    return null;
  }

  /**
   * 70年代 → 1970s, 20年代 → 2020s (in 2025): the century that puts the decade nearest the last decade
   * written in full (1970年代, then 80年代 → 1980s), else nearest the publication year, never after it.
   * A year written long before (1645年創業) is no reference: two-digit decades are recent ones. `ahead`:
   * the decade is told as to come, and the next one after publication may be meant.
   */
  pastDecade(yy: number, ahead = false): number {
    // 「30年代前半には4割まで下がる」 told as to come in 2025: the next decade may be meant (2030s), not
    // one further (40年代 stays the 1940s).
    const limit = (this.published?.y ?? this.lastWrittenYear ?? 2000) + (ahead ? DECADE_AHEAD : 0);
    const ref = this.lastDecade ?? limit;
    const base = ref - (ref % 100);
    const options = [base - 100 + yy, base + yy, base + 100 + yy].filter((y) => y <= limit);
    return options.reduce((a, b) => (Math.abs(b - ref) < Math.abs(a - ref) ? b : a), base - 100 + yy);
  }
}
