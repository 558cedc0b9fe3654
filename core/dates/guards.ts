/**
 * Words around 「N年」「N日」 that make it a length of time, not a date. Durations are figures
 * (3年間, 5日間, 3年以上); only what is left is a date here.
 */

/** After a number and 年/日: 5日間, 5日連続, 10日以内, 1年半, 3日ぶり, 1日当たり. */
const DURATION_TAILS = [
  '間',
  '以上',
  '以下',
  '未満',
  '以内',
  '超',
  '余り',
  'あまり',
  '余',
  '近く',
  '弱',
  '強',
  'ぶり',
  '振り',
  '連続',
  '連休',
  '目',
  '分',
  'ほど',
  '程度',
  '足らず',
  '半',
  '当たり',
  'あたり',
  '平均',
  'おき',
  '置き',
  'がかり',
  '掛かり',
  '遅れ',
  '来',
  '後',
  '前',
  '越し',
  'ごと',
  '毎',
] as const;

/** Tails that start like a duration tail but keep a date: 2020年前後 (around 2020), 2020年以来. */
const DATE_TAILS = ['前後', '以降', '以来', '以前', '来年', '来月'] as const;

/** Before the number: 約10日, この20年, 過去5年, 懲役15年, 任期4年. */
const DURATION_HEADS = [
  '約',
  'およそ',
  '計',
  '過去',
  'この',
  'ここ',
  'わずか',
  '僅か',
  'たった',
  '最長',
  '最大',
  '最短',
  '懲役',
  '禁錮',
  '禁固',
  '任期',
  '築',
  '延べ',
  'のべ',
  '丸',
  '実に',
  '足掛け',
  '〜',
  '～',
  '第',
] as const;

/**
 * What may follow a two-digit year standing alone (no month, no 年度): 15年に, 20年から, 20年まで.
 * 「20年の」 is left out: 懲役20年の判決 is far more often a duration than 20年の五輪 is a year.
 */
const TWO_DIGIT_YEAR_TAILS = [
  'に',
  'には',
  'から',
  'まで',
  'は',
  'も',
  '、',
  '，',
  '以降',
  '以来',
  '以前',
  '当時',
  '時点',
];

/** 「20年にわたり」「開業から20年になる」: a span of twenty years. */
const SPAN_AFTER_NI = ['にわた', 'に渡', 'に及', 'にな', 'に達'] as const;

/** 「発売から20年」: a two-digit number after から counts years since (ranges 18年から20年 are read whole). */
const TWO_DIGIT_YEAR_HEADS = ['から', 'より'] as const;

const set = (words: readonly string[]) => ({ words: new Set(words), max: Math.max(...words.map((w) => w.length)) });
const TAILS = set(DURATION_TAILS);
const KEEP = set(DATE_TAILS);
const HEADS = set(DURATION_HEADS);
const TWO = set(TWO_DIGIT_YEAR_TAILS);
const SPANS = set(SPAN_AFTER_NI);

function startsWithAny(text: string, at: number, table: { words: Set<string>; max: number }): boolean {
  for (let n = 1; n <= table.max; n++) if (table.words.has(text.slice(at, at + n))) return true;
  return false;
}

/** True when the text at `end` makes the number before it a duration: 「5日間」「3年以上」. */
export function durationTail(text: string, end: number): boolean {
  return !startsWithAny(text, end, KEEP) && startsWithAny(text, end, TAILS);
}

/** Recurring dates name no day of the story: 毎月1日, 毎年3月. */
const RECURRING = ['毎月', '毎年', '毎週'] as const;

/** True when a date starting at `start` recurs (毎年3月): not one point in time. */
export function recurringHead(text: string, start: number): boolean {
  return RECURRING.some((w) => text.startsWith(w, start - w.length));
}

/** True when the text before `start` makes the number a duration: 「約10日」「この20年」. */
export function durationHead(text: string, start: number): boolean {
  for (let n = 1; n <= HEADS.max && n <= start; n++) if (HEADS.words.has(text.slice(start - n, start))) return true;
  return false;
}

/** True when a standalone two-digit year may end here: 「15年に」 yes, 「20年にわたり」「20年の」 no. */
export function twoDigitYearTail(text: string, end: number): boolean {
  return startsWithAny(text, end, TWO) && !startsWithAny(text, end, SPANS);
}

/** True when a standalone two-digit year follows から (発売から20年に): years since, not a year. */
export function twoDigitYearHead(text: string, start: number): boolean {
  return TWO_DIGIT_YEAR_HEADS.some((w) => text.startsWith(w, start - w.length));
}

/** 「3日に1回」「1000年に1度」: one event per so many days or years. */
const PER_PERIOD = /に[0-9０-９一二三四五六七八九十数]{1,4}[度回]/y;
/** Right after a bare day, a count makes it a rate (1日2回, 1日3食); 1日も早く is an idiom. */
const DAY_RATE = /[0-9０-９一二三四五六七八九十数]|も早/y;

/** True when the number is a period of a rate: 3日に1回, 1000年に1度 (15年に1号機 is still a year). */
export function rateTail(text: string, end: number): boolean {
  PER_PERIOD.lastIndex = end;
  return PER_PERIOD.test(text);
}

/** True when a bare day is a rate or idiom: 1日2回, 1日も早く, 3日に1回. */
function dayRateTail(text: string, end: number): boolean {
  DAY_RATE.lastIndex = end;
  return DAY_RATE.test(text) || rateTail(text, end);
}

/**
 * After a bare day only: 2～3日中に is "within two or three days", 5日で完売 "sold out in five
 * days", 1日2回 "twice a day".
 */
export function dayDurationTail(text: string, end: number): boolean {
  const c = text[end] ?? '';
  return c === '中' || c === 'で' || dayRateTail(text, end) || durationTail(text, end);
}

/** What may follow a bare span of days that is a date: 20〜22日に開催, 20〜22日、 (2〜3日かかる is a duration). */
const DAY_SPAN_TAIL = /^(?:に|、|，|まで)/;

/** True when a bare 〜 span of days may be dates (see DAY_SPAN_TAIL). */
export function daySpanTail(text: string, end: number): boolean {
  return DAY_SPAN_TAIL.test(text.slice(end, end + 2));
}
