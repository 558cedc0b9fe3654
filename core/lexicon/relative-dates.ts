/** The calendar unit a relative date word moves by. `fiscal` is the Japanese April–March year. */
export type RelativeUnit = 'year' | 'fiscal' | 'month' | 'week' | 'day';

/**
 * What a relative word counts from. `published`: the article's date (昨年). `previous`: the last date
 * the article mentioned, else the publication date (「2018年…同年9月」 → 2018-09). `speech`: inside a
 * quotation the day the words were spoken — the last day mentioned — else the publication date
 * (「…17日、明らかにした。…「昨夜…」」 → the 16th).
 */
export type RelativeAnchor = 'published' | 'previous' | 'speech';

/**
 * A word naming a date relative to an anchor: 昨年 = the anchor's year − 1. `month` is the month of
 * that year the word names (年末 → December; for a fiscal year 年度末 → March, in the year it ends).
 * `turn` marks the turn of the year (年明け): the January nearest the article (see DateContext.turnYear).
 */
export interface RelativeWord {
  surface: string;
  unit: RelativeUnit;
  offset: number;
  anchor: RelativeAnchor;
  month?: number;
  turn?: boolean;
  /**
   * A season of sport or fishing (今季, 昨シーズン) runs across two calendar years: its months are not all
   * of the year it is named by (今季は12月の解禁から in a February article is last December).
   */
  season?: boolean;
  /**
   * The first month of a season written alone (秋 → 9): told in the past before it has come round in
   * the publication year, it is last year's (「秋以降に漁が好調だった」 in a February article).
   */
  seasonStart?: number;
  /**
   * The season names an event held in it (夏の参院選, 秋の臨時国会): told as still to come after that
   * season is over this year (「夏の参院選に向けて」 in December), it may be next year's, so it is left undated.
   */
  seasonEvent?: boolean;
  /**
   * 新年度: the fiscal year whose April is nearest the article — about to begin in a February budget
   * story, just begun in April, the coming one in November (see DateContext.yearAnchor).
   */
  nearestApril?: boolean;
}

/** Relative date words. Longer surfaces win (一昨年 over 昨年, 昨年度 over 昨年): dates/relative.ts looks them up longest first. */
export const RELATIVE_WORDS = [
  { surface: '一昨年', unit: 'year', offset: -2, anchor: 'published' },
  { surface: '昨年', unit: 'year', offset: -1, anchor: 'published' },
  { surface: '去年', unit: 'year', offset: -1, anchor: 'published' },
  { surface: '今年', unit: 'year', offset: 0, anchor: 'published' },
  { surface: '本年', unit: 'year', offset: 0, anchor: 'published' },
  { surface: '来年', unit: 'year', offset: 1, anchor: 'published' },
  // broadcasters write these in kana: ことし, おととし
  { surface: 'ことし', unit: 'year', offset: 0, anchor: 'published' },
  { surface: 'おととし', unit: 'year', offset: -2, anchor: 'published' },
  // a sports season is named by the year it is played in: 今季 → this year
  { surface: '今季', unit: 'year', offset: 0, anchor: 'published', season: true },
  { surface: '今シーズン', unit: 'year', offset: 0, anchor: 'published', season: true },
  { surface: '昨季', unit: 'year', offset: -1, anchor: 'published', season: true },
  { surface: '昨シーズン', unit: 'year', offset: -1, anchor: 'published', season: true },
  { surface: '来季', unit: 'year', offset: 1, anchor: 'published', season: true },
  { surface: '来シーズン', unit: 'year', offset: 1, anchor: 'published', season: true },
  { surface: '再来年', unit: 'year', offset: 2, anchor: 'published' },
  { surface: '年内', unit: 'year', offset: 0, anchor: 'published' },
  // the year's start is its January: 「年初から株価は1割上がった」「年頭の記者会見」 → this January
  { surface: '年初', unit: 'year', offset: 0, anchor: 'published', month: 1 },
  // 年初来 is the year so far, not its January: 「株価は年初来で2倍になった」 → this year
  { surface: '年初来', unit: 'year', offset: 0, anchor: 'published' },
  { surface: '年頭', unit: 'year', offset: 0, anchor: 'published', month: 1 },
  { surface: '年始', unit: 'year', offset: 0, anchor: 'published', month: 1 },
  // 年末 is the year's December: 「補助金を年末まで延長する」 in a September article → December of it
  { surface: '年末', unit: 'year', offset: 0, anchor: 'published', month: 12 },
  // 年明け is a January: 「年明けから値上げする」 in November → next January (see DateContext.turnYear)
  { surface: '年明け', unit: 'year', offset: 0, anchor: 'published', month: 1, turn: true },
  // seasons name their year: 今秋 → this year, 来春 → next year
  { surface: '昨春', unit: 'year', offset: -1, anchor: 'published' },
  { surface: '昨夏', unit: 'year', offset: -1, anchor: 'published' },
  { surface: '昨秋', unit: 'year', offset: -1, anchor: 'published' },
  { surface: '昨冬', unit: 'year', offset: -1, anchor: 'published' },
  { surface: '今春', unit: 'year', offset: 0, anchor: 'published' },
  { surface: '今夏', unit: 'year', offset: 0, anchor: 'published' },
  { surface: '今秋', unit: 'year', offset: 0, anchor: 'published' },
  { surface: '今冬', unit: 'year', offset: 0, anchor: 'published' },
  // この秋 is 今秋 in words: 「制度はこの秋にも始まる」 → this year (この冬至, この春闘 are no season: not a word)
  { surface: 'この春', unit: 'year', offset: 0, anchor: 'published' },
  { surface: 'この夏', unit: 'year', offset: 0, anchor: 'published' },
  { surface: 'この秋', unit: 'year', offset: 0, anchor: 'published' },
  { surface: 'この冬', unit: 'year', offset: 0, anchor: 'published' },
  { surface: '来春', unit: 'year', offset: 1, anchor: 'published' },
  { surface: '来夏', unit: 'year', offset: 1, anchor: 'published' },
  { surface: '来秋', unit: 'year', offset: 1, anchor: 'published' },
  { surface: '来冬', unit: 'year', offset: 1, anchor: 'published' },
  { surface: '同年', unit: 'year', offset: 0, anchor: 'previous' },
  { surface: '同じ年', unit: 'year', offset: 0, anchor: 'previous' },
  { surface: '前年', unit: 'year', offset: -1, anchor: 'previous' },
  { surface: '翌年', unit: 'year', offset: 1, anchor: 'previous' },
  // the year before or after, spelled out in words: 「その前の年」「次の年」「あくる年」
  { surface: 'その年', unit: 'year', offset: 0, anchor: 'previous' },
  { surface: 'この年', unit: 'year', offset: 0, anchor: 'previous' },
  { surface: '前の年', unit: 'year', offset: -1, anchor: 'previous' },
  { surface: '次の年', unit: 'year', offset: 1, anchor: 'previous' },
  { surface: 'あくる年', unit: 'year', offset: 1, anchor: 'previous' },
  { surface: '一昨年度', unit: 'fiscal', offset: -2, anchor: 'published' },
  { surface: '昨年度', unit: 'fiscal', offset: -1, anchor: 'published' },
  { surface: '今年度', unit: 'fiscal', offset: 0, anchor: 'published' },
  { surface: '本年度', unit: 'fiscal', offset: 0, anchor: 'published' },
  { surface: '来年度', unit: 'fiscal', offset: 1, anchor: 'published' },
  { surface: '新年度', unit: 'fiscal', offset: 0, anchor: 'published', nearestApril: true },
  { surface: '再来年度', unit: 'fiscal', offset: 2, anchor: 'published' },
  { surface: '年度内', unit: 'fiscal', offset: 0, anchor: 'published' },
  // 年度末 is the March that closes the fiscal year the article is about: a budget for 2020年度 told in
  // February 2020 → 2021-03 (the last fiscal year named, else the publication's)
  { surface: '年度末', unit: 'fiscal', offset: 0, anchor: 'previous', month: 3 },
  { surface: '同年度', unit: 'fiscal', offset: 0, anchor: 'previous' },
  { surface: '前年度', unit: 'fiscal', offset: -1, anchor: 'previous' },
  { surface: '翌年度', unit: 'fiscal', offset: 1, anchor: 'previous' },
  // spelled out in words, as 前の年: 「昨年度の値上げは127件で、前の年度のおよそ1.5倍でした」
  { surface: '前の年度', unit: 'fiscal', offset: -1, anchor: 'previous' },
  { surface: '次の年度', unit: 'fiscal', offset: 1, anchor: 'previous' },
  { surface: '先々月', unit: 'month', offset: -2, anchor: 'published' },
  { surface: '先月', unit: 'month', offset: -1, anchor: 'published' },
  { surface: '今月', unit: 'month', offset: 0, anchor: 'published' },
  { surface: '来月', unit: 'month', offset: 1, anchor: 'published' },
  { surface: '再来月', unit: 'month', offset: 2, anchor: 'published' },
  { surface: '月内', unit: 'month', offset: 0, anchor: 'published' },
  { surface: '同月', unit: 'month', offset: 0, anchor: 'previous' },
  { surface: '同じ月', unit: 'month', offset: 0, anchor: 'previous' },
  { surface: '前月', unit: 'month', offset: -1, anchor: 'previous' },
  { surface: '翌月', unit: 'month', offset: 1, anchor: 'previous' },
  { surface: 'その月', unit: 'month', offset: 0, anchor: 'previous' },
  { surface: '前の月', unit: 'month', offset: -1, anchor: 'previous' },
  { surface: '次の月', unit: 'month', offset: 1, anchor: 'previous' },
  { surface: '先々週', unit: 'week', offset: -2, anchor: 'published' },
  { surface: '先週', unit: 'week', offset: -1, anchor: 'published' },
  { surface: '今週', unit: 'week', offset: 0, anchor: 'published' },
  { surface: '来週', unit: 'week', offset: 1, anchor: 'published' },
  { surface: '再来週', unit: 'week', offset: 2, anchor: 'published' },
  // the week after the day just named: 「12日に発生し、翌週には復旧した」; the week before it, often a base
  // of comparison a reader should see as a date, as 前年 is: 「10〜16日の平均は前週より5円高い」 (前週比 is a ratio)
  { surface: '翌週', unit: 'week', offset: 1, anchor: 'previous' },
  { surface: '前週', unit: 'week', offset: -1, anchor: 'previous' },
  // spelled out in words, as 前の月: 「今月18日までの1週間の患者数は、前の週の1.4倍に増えました」
  { surface: '前の週', unit: 'week', offset: -1, anchor: 'previous' },
  { surface: '次の週', unit: 'week', offset: 1, anchor: 'previous' },
  // 週明け: the start of the coming week, of this one when told as past (dates/resolve.ts)
  { surface: '週明け', unit: 'week', offset: 1, anchor: 'published' },
  { surface: '一昨日', unit: 'day', offset: -2, anchor: 'speech' },
  { surface: '昨日', unit: 'day', offset: -1, anchor: 'speech' },
  { surface: '昨夜', unit: 'day', offset: -1, anchor: 'speech' },
  { surface: '昨晩', unit: 'day', offset: -1, anchor: 'speech' },
  { surface: '今日', unit: 'day', offset: 0, anchor: 'speech' },
  { surface: '本日', unit: 'day', offset: 0, anchor: 'speech' },
  { surface: '今朝', unit: 'day', offset: 0, anchor: 'speech' },
  { surface: '今夜', unit: 'day', offset: 0, anchor: 'speech' },
  { surface: '今晩', unit: 'day', offset: 0, anchor: 'speech' },
  { surface: '明日', unit: 'day', offset: 1, anchor: 'speech' },
  { surface: '明朝', unit: 'day', offset: 1, anchor: 'speech' },
  { surface: '明後日', unit: 'day', offset: 2, anchor: 'speech' },
  // NHK and broadcasters write the day words in kana: きょう, きのう, あす
  { surface: 'おととい', unit: 'day', offset: -2, anchor: 'speech' },
  { surface: 'おとつい', unit: 'day', offset: -2, anchor: 'speech' },
  { surface: 'きのう', unit: 'day', offset: -1, anchor: 'speech' },
  { surface: 'ゆうべ', unit: 'day', offset: -1, anchor: 'speech' },
  { surface: 'きょう', unit: 'day', offset: 0, anchor: 'speech' },
  { surface: 'けさ', unit: 'day', offset: 0, anchor: 'speech' },
  { surface: 'あす', unit: 'day', offset: 1, anchor: 'speech' },
  { surface: 'あした', unit: 'day', offset: 1, anchor: 'speech' },
  { surface: 'あさって', unit: 'day', offset: 2, anchor: 'speech' },
  { surface: '同日', unit: 'day', offset: 0, anchor: 'previous' },
  // 同じ日のうちに, 同じ月に: 同日 and 同月 spelled out
  { surface: '同じ日', unit: 'day', offset: 0, anchor: 'previous' },
  { surface: '当日', unit: 'day', offset: 0, anchor: 'previous' },
  { surface: '前日', unit: 'day', offset: -1, anchor: 'previous' },
  { surface: '同夜', unit: 'day', offset: 0, anchor: 'previous' },
  { surface: '翌日', unit: 'day', offset: 1, anchor: 'previous' },
  { surface: '翌朝', unit: 'day', offset: 1, anchor: 'previous' },
  { surface: '翌々日', unit: 'day', offset: 2, anchor: 'previous' },
  { surface: 'その日', unit: 'day', offset: 0, anchor: 'previous' },
  // sports and broadcast reports: 「この日は4打数2安打」 is the day of the game just named
  { surface: 'この日', unit: 'day', offset: 0, anchor: 'previous' },
  { surface: '前の日', unit: 'day', offset: -1, anchor: 'previous' },
  { surface: '次の日', unit: 'day', offset: 1, anchor: 'previous' },
  { surface: 'あくる日', unit: 'day', offset: 1, anchor: 'previous' },
] as const satisfies readonly RelativeWord[];

/**
 * Holiday seasons that span the turn of a year and name no one date: 「年末年始の帰省」 is not 年末
 * (December) alone, and which turn it means is the reader's guess.
 */
export const YEAR_TURN_SEASONS: readonly string[] = ['年末年始'];

/** 年末年始 read as a range: the December before the turn the article is nearest, then its January (DateContext.turnYear). */
export const YEAR_TURN_FROM: RelativeWord = {
  surface: '年末',
  unit: 'year',
  offset: -1,
  anchor: 'published',
  month: 12,
  turn: true,
};
export const YEAR_TURN_TO: RelativeWord = {
  surface: '年始',
  unit: 'year',
  offset: 0,
  anchor: 'published',
  month: 1,
  turn: true,
};

/**
 * What may follow a date word written in hiragana when hiragana follows at all: particles (きょうは,
 * あすから, きのうまで). Anything else continues another word the dictionary may not know (きょうだい).
 */
export const KANA_WORD_FOLLOWERS: readonly string[] = [
  ...['は', 'が', 'の', 'も', 'に', 'から', 'まで', 'で', 'と', 'こそ', 'だけ', 'や', 'か', 'より', 'ごろ', 'じゅう'],
];

/** What makes a date approximate and belongs to its mention: 4月ごろ, 2019年秋ごろ, 12日午前5時頃. */
export const ABOUT_TIME: readonly string[] = ['ごろ', '頃'];

/** A counted-back phrase after a number: 3年前 → three years before publication. */
export interface AgoSuffix {
  surface: string;
  unit: 'year' | 'month' | 'day';
}

/**
 * 「3年前」「10年前」. Months and days back (1カ月前, 3日前) are left out: in news they count back
 * from some event as often as from the publication (「派兵のおよそ1カ月前に」), so they stay durations.
 * Half years (半年前, 1年半前) are years' fractions: core/dates/relative.ts reads them, not after の.
 */
export const AGO_SUFFIXES = [{ surface: '年前', unit: 'year' }] as const satisfies readonly AgoSuffix[];

/**
 * Words after 「N年前」 that make it the base a figure is compared with (5年前に比べて約60万人増えた,
 * 20年前と比べると1.4倍): counted back from the year the figure is for (「2022年時点で」), not from
 * publication. 5年前に入社した stays counted from publication.
 */
export const AGO_COMPARED = ['に比べ', 'と比べ', 'に比し', 'と比較', 'より'] as const satisfies readonly string[];

/** 「2022年時点で」「2023年10月時点の」: the year a figure is for, which a compared N年前 counts back from. */
export const DATA_POINT_AFTER = ['時点'] as const satisfies readonly string[];

/**
 * A part of a month or year written after it: 7月上旬 → 1st–10th, 2024年前半 → January–June.
 * `from`/`to` are days (month parts, 31 = the month's last day) or months (year parts);
 * null keeps the whole month or year (7月末 → "2025-07": which days 末 covers is not agreed).
 */
export interface PeriodPart {
  surface: string;
  of: 'month' | 'year';
  span: readonly [number, number] | null;
  /** The part must end its word: 今年中に, 今月中の (今年中国, 3月中止 are other words). */
  wordEnd?: true;
}

/** Period parts, longest first where one is a prefix of another (上半期 before 上旬 is not needed: distinct). */
export const PERIOD_PARTS = [
  { surface: '上旬', of: 'month', span: [1, 10] },
  { surface: '初旬', of: 'month', span: [1, 10] },
  { surface: '中旬', of: 'month', span: [11, 20] },
  { surface: '下旬', of: 'month', span: [21, 31] },
  { surface: '初め', of: 'month', span: [1, 10] },
  { surface: '半ば', of: 'month', span: [11, 20] },
  { surface: '末', of: 'month', span: null },
  // 今月中に, 来月中にも: during the month, the whole month (after 中旬 above: longest first)
  { surface: '中', of: 'month', span: null, wordEnd: true },
  { surface: '上半期', of: 'year', span: [1, 6] },
  // seasons keep the year: 2016年秋 → 2016 (which months a season covers is not agreed)
  { surface: '春', of: 'year', span: null },
  { surface: '夏', of: 'year', span: null },
  { surface: '秋', of: 'year', span: null },
  { surface: '冬', of: 'year', span: null },
  { surface: '初頭', of: 'year', span: null },
  // a company's half years: which months they cover depends on its fiscal year
  { surface: '上期', of: 'year', span: null },
  { surface: '下期', of: 'year', span: null },
  { surface: '下半期', of: 'year', span: [7, 12] },
  { surface: '前半', of: 'year', span: [1, 6] },
  { surface: '後半', of: 'year', span: [7, 12] },
  { surface: '初め', of: 'year', span: null },
  // a year's end is its December: 2024年末, 昨年末 → 2024-12 (a month's 末 keeps the whole month)
  { surface: '末', of: 'year', span: [12, 12] },
  // 昨年暮れ, 2023年暮れ: the year's end, as 末
  { surface: '暮れ', of: 'year', span: [12, 12] },
  // 今年中に, 来年中の完成: during the year, the whole year
  { surface: '中', of: 'year', span: null, wordEnd: true },
] as const satisfies readonly PeriodPart[];

/**
 * 今週中に, 来週半ばまで: a part of a week named by a relative word; the mention takes it in and keeps
 * the week's value (which days 半ば covers is not agreed).
 */
export const WEEK_PARTS: readonly string[] = ['中', '半ば'];

/**
 * 「年後半には回復する」: a half of the year with the year left out is this year's (as 今年後半), read only
 * where no number or word before it could be its year (2025年後半, 今年後半 are read with their year).
 */
export const BARE_YEAR_HALVES: readonly string[] = ['年前半', '年後半'];

/** The seasons among the year parts: 去年の夏, 2016年の秋 are read across の (dates/expression.ts). */
export const SEASONS: readonly string[] = ['春', '夏', '秋', '冬'];

/**
 * Words after a century or a decade that narrow it without changing which one it is: 19世紀末,
 * 21世紀初頭, 1970年代前半, 2010年代初め (the mention keeps the decade's or century's value).
 */
export const ERA_SPAN_PARTS = ['初頭', '初め', '前半', '半ば', '後半', '末', '終わり'] as const;

/** A day of the year named by a word: 元日 → January 1st (of the publication year, unless a year is written). */
export interface NamedDay {
  surface: string;
  month: number;
  day: number;
}

/** Days named by a word, as news writes them. */
export const NAMED_DAYS = [
  { surface: '元日', month: 1, day: 1 },
  { surface: '元旦', month: 1, day: 1 },
  { surface: '大みそか', month: 12, day: 31 },
  { surface: '大晦日', month: 12, day: 31 },
] as const satisfies readonly NamedDay[];

/**
 * Words that set an act ahead of the time of writing, besides the relative dates after it (来月, 来年度):
 * a deadline or a span still running — 研修を今月中に2回開く, 年内に8回開く, 3月までにまとめる, 今年度、…広げる.
 */
export const FUTURE_FRAMES: readonly string[] = [
  '年内',
  '年度内',
  '月内',
  '今月中',
  '今週中',
  '年度中',
  '今後',
  'までに',
  // 同社は今年度、…対象を全線に広げる: the year still running, with a verb in the non-past.
  '今年度',
];

/**
 * What a year labels as its year of origin, written right after 年: 2021年産のコメ (the 2021 crop),
 * 22年産, 2019年製の車両. The number is a year, never a count of what follows.
 */
export const YEAR_OF_ORIGIN = ['産', '製'] as const;

/**
 * Tails that make a count of years a duration (3年分, 5年平均) but leave a year written in full a year:
 * 2023年分の政治資金収支報告書 (the 2023 part), 2025年平均の有効求人倍率 (the 2025 average).
 */
export const FULL_YEAR_TAILS: readonly string[] = ['分', '平均'];

/**
 * After a two-digit year, words that name the same period of it or a ratio against it: 「19年同期を5%
 * 上回った」「24年同月比」「24年比2割減」. No length of time is written 10年同期 or 10年比 (dates/short-year-period.ts).
 */
export const SHORT_YEAR_PERIODS: readonly string[] = ['同期', '同月', '同時期', '比'];

/**
 * After a two-digit year, 平均 is the year's average (25年平均の失業率) or a length's (過去10年平均): read as a
 * year only next to the publication or the year written (dates/short-year-period.ts). 分 is left out:
 * 25年分の保険料 is a length's worth as often as a year's.
 */
export const SHORT_YEAR_AVERAGES: readonly string[] = ['平均'];

/**
 * Nouns that make a year the name of an issue it labels, not a date of the story: 「2024年問題」 (the
 * drivers' overtime cap), 「2025年問題」, 「2000年問題」. (An edition, 2018年版, is still dated.)
 */
export const YEAR_NAMED_ISSUES: readonly string[] = ['問題'];

/**
 * What follows a season written alone when it names this year's season: 夏以降, 秋ごろ, 冬までに, 春にも
 * (dates/bare-season.ts); 夏は暑い, 夏の暑さ are any year's.
 */
export const BARE_SEASON_TAILS: readonly string[] = ['以降', ...ABOUT_TIME, 'まで', 'にも'];

/**
 * Heads of a noun that names a scheduled event of the year, after a season and の: 夏の参院選, 秋の臨時国会,
 * 春の叙勲, 秋の党大会 (dates/bare-season.ts). 選 counts only as a word of its own, IPADIC's suffix after the
 * office or house (参院|選, 知事|選, 総裁|選; not 当選, 入選). 夏のボーナス, 冬の寒さ name no event.
 */
export const SEASON_EVENT_HEADS: readonly string[] = ['選', '選挙', '国会', '叙勲', '褒章', '党大会'];

/** The month each season written alone starts in (dates/bare-season.ts). */
export const SEASON_START_MONTHS: ReadonlyMap<string, number> = new Map([
  ['春', 3],
  ['夏', 6],
  ['秋', 9],
  ['冬', 12],
]);

/**
 * Words that set a paragraph in a past no date is written for (昭和の終わりごろ, 大正時代に, 戦後間もなく,
 * 大震災の年、, 当時): a later 前年 or 前月 with no year or month named counts from that past,
 * so it is not counted from the date of publication (被害は前年の2倍に上った is no year before this one).
 */
export const UNDATED_PAST_WORDS: readonly string[] = [
  ...['明治', '大正', '昭和', '平成'],
  // 大正時代に, 江戸時代は (時代の変化 sets no past), 1950年代, 戦後間もなく, 当時
  ...['時代に', '時代は', '時代、', '年代', '戦前', '戦中', '戦後', '当時'],
  // 大震災の年、 / 五輪の年に: a year named by what happened in it (a period in 期 is not: 第1四半期の)
  ...['の年、', 'の年に', 'の年は'],
];

/**
 * 「6日の終値に3割を上乗せ」「14日現在で約3千人」: a day that dates a value, not an event. A later 同日
 * means the day the story tells of (発表した7日), never such a day.
 */
export const VALUE_DAY_AFTER = [
  'の終値',
  'の始値',
  '終値',
  '始値',
  '時点',
  '現在',
] as const satisfies readonly string[];

/**
 * 「コロナ禍前の18年度の水準をほぼ回復した」「2008年以来の高さ」「19年並み」: a year a figure is measured
 * against is a benchmark, not the year the story is in: a later 前年度 or 前年 still counts from the
 * story's year (2025年度 → 前年度 is 2024年度, not 17年度).
 */
export const BENCHMARK_AFTER = [
  'の水準',
  '水準',
  '以来',
  '並み',
  'と比べ',
  'に比べ',
  // 1899年以降で最も少ない, 統計を取り始めた1947年以降最多: the record's base.
  '以降で最',
  '以降最',
  // 調査を始めた2015年度以降で初めて: the base of a first since, as of a record.
  '以降で初',
  '以降初',
  // 消費者物価指数（2020年＝100）: the base year of an index, which the index is reckoned against.
  '＝',
  '=',
] as const satisfies readonly string[];

/**
 * Stems of the predicates that compare with a base written before them with より: 2019年度より2割少なく,
 * 前年より増えた, 例年より早い (core/dates/benchmark.ts).
 */
export const COMPARING_STEMS = [
  '多',
  '少な',
  '増',
  '減',
  '上回',
  '下回',
  '高',
  '低',
  '大き',
  '小さ',
  '伸び',
  '早',
  '遅',
] as const satisfies readonly string[];

/** Stems of the predicates that pass or fall short of a base marked with を: 2019年を約50万人上回った. */
export const PASSING_STEMS = ['上回', '下回'] as const satisfies readonly string[];

/**
 * 「北辰鉄道の10月の利用者数は…増えた」「12月の売上高は3割減少した」: endings of a statistic a month
 * with no year qualifies. Told in the past as its clause's subject or topic, the month is one whose figures
 * are out, so a month after publication is last year's (dates/statistic-month.ts).
 */
export const STATISTIC_ENDINGS: readonly string[] = ['数', '人口', '率', '指数', '倍率', '高', '額', '量'];

/**
 * Four-digit numbers read as years of the calendar before 年に一度: 「2023年に一度、相談した」 is once, in
 * 2023; 1000年に1度 is a rate, and so is a year's number qualifying a noun (2000年に1度の確率).
 */
export const CALENDAR_YEARS = [1800, 2199] as const;
