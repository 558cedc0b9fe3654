/**
 * Words around 「N年」「N日」 that make it a length of time, not a date: 5日間, 3年以上, 約10日, 懲役15年.
 * Two readers use them: dates/guards.ts (a duration is no date) and figures/span.ts (a duration is a
 * figure of its own kind). Each word says which of them reads it; they were tuned apart, so each
 * keeps its own words (dates take 第 and 〜 before a number, figures take 今後 and 執行猶予), and one list
 * for both would change what the analyser finds.
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/** Which reader takes a duration word: the date guards, the figures' kind, or both. */
export type DurationWordReader = 'dates' | 'figures';

/** Before the number: 約10日, この20年, 過去5年, 懲役15年, 任期4年. */
export const DURATION_WORDS_BEFORE: WordTable<readonly DurationWordReader[]> = wordTable<readonly DurationWordReader[]>(
  {
    約: ['dates', 'figures'],
    およそ: ['dates', 'figures'],
    計: ['dates', 'figures'],
    過去: ['dates', 'figures'],
    この: ['dates', 'figures'],
    ここ: ['dates', 'figures'],
    // わずか3日, 丸2年, 足掛け5年, 延べ10日
    わずか: ['dates', 'figures'],
    僅か: ['dates', 'figures'],
    たった: ['dates', 'figures'],
    最長: ['dates', 'figures'],
    最大: ['dates'],
    // 最短3日から最長1カ月まで: the shortest a stay may be, as 最長 is the longest
    最短: ['dates', 'figures'],
    // sentences and terms: 懲役5年, 禁錮2年, 任期4年; a building's age: 築30年; a trip: 2泊3日
    懲役: ['dates', 'figures'],
    禁錮: ['dates', 'figures'],
    禁固: ['dates', 'figures'],
    // 拘禁刑18年: the single prison sentence that replaced 懲役 and 禁錮 in June 2025
    拘禁刑: ['dates', 'figures'],
    任期: ['dates', 'figures'],
    築: ['dates', 'figures'],
    延べ: ['dates', 'figures'],
    のべ: ['dates', 'figures'],
    丸: ['dates', 'figures'],
    実に: ['dates', 'figures'],
    足掛け: ['dates', 'figures'],
    '〜': ['dates'],
    '～': ['dates'],
    第: ['dates'],
    // 2泊3日: the nights, then the days of a stay
    泊: ['dates', 'figures'],
    ほぼ: ['figures'],
    今後: ['figures'],
    少なくとも: ['figures'],
    // 最低でも10年はかかる: at the least
    最低でも: ['figures'],
    あと: ['figures'],
    // 残り3日, 残り10年: what is left of a span is never a date
    残り: ['dates', 'figures'],
    執行猶予: ['figures'],
    猶予: ['figures'],
    求刑: ['figures'],
    満: ['figures'],
    // 芸歴40年, 社歴10年, 指導歴25年: a noun of one's record (any word ending in 歴) measures a career
    歴: ['dates', 'figures'],
    // この道40年: the same said of one's trade
    この道: ['dates', 'figures'],
  },
);

/** After the number and 年/日: 5日間, 5日連続, 10日以内, 1年半, 3日ぶり, 3年が経過, 3日後に. */
export const DURATION_WORDS_AFTER: WordTable<readonly DurationWordReader[]> = wordTable<readonly DurationWordReader[]>({
  間: ['dates', 'figures'],
  以上: ['dates', 'figures'],
  以下: ['dates', 'figures'],
  未満: ['dates', 'figures'],
  以内: ['dates', 'figures'],
  超: ['dates', 'figures'],
  余り: ['dates', 'figures'],
  あまり: ['dates'],
  余: ['dates', 'figures'],
  近く: ['dates', 'figures'],
  // 70年近い治世: the adjective before a noun, as 近く before a verb
  近い: ['dates', 'figures'],
  弱: ['dates', 'figures'],
  強: ['dates', 'figures'],
  ぶり: ['dates', 'figures'],
  振り: ['dates'],
  連続: ['dates', 'figures'],
  // 株価は3日続伸した, 4日続落: a market's streak of days (a day is 3日、続伸 or 3日に続伸)
  続伸: ['dates', 'figures'],
  続落: ['dates', 'figures'],
  続騰: ['dates', 'figures'],
  連休: ['dates'],
  目: ['dates'],
  分: ['dates', 'figures'],
  // 屋外1年相当の試験, 10年相当の負荷: a length of time something is equivalent to
  相当: ['dates', 'figures'],
  ほど: ['dates', 'figures'],
  程度: ['dates', 'figures'],
  足らず: ['dates', 'figures'],
  たらず: ['dates', 'figures'],
  半: ['dates', 'figures'],
  当たり: ['dates'],
  あたり: ['dates'],
  平均: ['dates'],
  おき: ['dates', 'figures'],
  置き: ['dates'],
  がかり: ['dates', 'figures'],
  掛かり: ['dates'],
  遅れ: ['dates'],
  来: ['dates', 'figures'],
  後: ['dates'],
  前: ['dates'],
  越し: ['dates', 'figures'],
  ごと: ['dates', 'figures'],
  毎: ['dates'],
  前後: ['figures'],
  にわたり: ['figures'],
  にわたって: ['figures'],
  にわたる: ['figures'],
  // 20年にもわたる交渉: も stresses the span
  にもわたり: ['dates', 'figures'],
  にもわたって: ['dates', 'figures'],
  にもわたる: ['dates', 'figures'],
  中に: ['figures'],
  が経: ['figures'],
  がたっ: ['figures'],
  がたち: ['figures'],
  が過ぎ: ['figures'],
  が経過: ['figures'],
  // 1年ぐらい, 2年を要した, 3年かけて, 10年かかる, 5年を経て, 3年たった, 100年を迎え, 3年ごとに
  ぐらい: ['figures'],
  くらい: ['figures'],
  かけ: ['figures'],
  をかけ: ['figures'],
  を要: ['figures'],
  を費や: ['figures'],
  かか: ['figures'],
  をかか: ['figures'],
  を経: ['figures'],
  たっ: ['figures'],
  たつ: ['figures'],
  を迎え: ['figures'],
  毎に: ['figures'],
  // 10年もの間, 20年もの歳月, 5日もの長きにわたり: もの stresses how long
  もの間: ['dates', 'figures'],
  もの歳月: ['dates', 'figures'],
  もの年月: ['dates', 'figures'],
  もの月日: ['dates', 'figures'],
  もの長: ['dates', 'figures'],
  // 25年の歴史, 30年の歳月を経て, 10年のキャリア: a span a thing has lasted
  の歴史: ['dates', 'figures'],
  の歳月: ['dates', 'figures'],
  の年月: ['dates', 'figures'],
  の月日: ['dates', 'figures'],
  の長き: ['dates', 'figures'],
  の伝統: ['dates', 'figures'],
  のキャリア: ['dates', 'figures'],
  のブランク: ['dates', 'figures'],
  // 3日後に, 49秒後 (a length of time after something; 15年後半 is a half of a year)
  後に: ['figures'],
  後の: ['figures'],
  '後、': ['figures'],
  後は: ['figures'],
  後で: ['figures'],
  後も: ['figures'],
  後まで: ['figures'],
  後から: ['figures'],
  後だ: ['figures'],
  '後。': ['figures'],
  // 10年先を見据え, 3日先まで: a length of time ahead (先行, 先着 are other words)
  先を: ['figures'],
  先の: ['figures'],
  先まで: ['figures'],
  先に: ['figures'],
  // 交渉は20年に及んだ, 3日にも及ぶ: a length of time something reaches (影響は2030年にも及ぶ is a year)
  に及: ['figures'],
  にも及: ['figures'],
  // 耐用年数の40年を超えた, 5日を上回る: a length of time a thing goes past is a quantity, not a year
  を超え: ['figures'],
  を超す: ['figures'],
  を超し: ['figures'],
  を上回: ['figures'],
  を下回: ['figures'],
});

/**
 * Verbs (basic form) of spending time: right after a two-digit N年 they make it a length of time, not a
 * short year (30年勤めた, 12年連れ添った, 10年暮らした; 19年開かれた is a year).
 */
export const TIME_SPENDING_VERBS: ReadonlySet<string> = new Set([
  ...['勤める', '務める', '働く', '暮らす', '住む', '過ごす', '連れ添う', '続ける', '続く', '待つ', '経つ'],
  ...['費やす', '要する', '通う', '生きる', '育てる', '守る', '務め上げる', '勤め上げる', '在籍する'],
]);

const readBy = (table: WordTable<readonly DurationWordReader[]>, reader: DurationWordReader) =>
  wordsWhere(table, (r) => r.includes(reader));

/** Before the number, for the date guards: 約10日, この20年 are no dates. */
export const DURATION_HEADS: readonly string[] = readBy(DURATION_WORDS_BEFORE, 'dates');
/** After 年/日, for the date guards: 5日間, 3年以上 are no dates. */
export const DURATION_TAILS: readonly string[] = readBy(DURATION_WORDS_AFTER, 'dates');
/** Before the number, for figures: 約3年, 今後3年, 過去10年 are durations on their own. */
export const DURATION_PREFIXES: readonly string[] = readBy(DURATION_WORDS_BEFORE, 'figures');
/** After 年/日, for figures: 3年以上, 4年連続, 50年ぶり, 2〜3日中に are durations. */
export const DURATION_MARKERS: readonly string[] = readBy(DURATION_WORDS_AFTER, 'figures');

/**
 * 前 after N日: 3日前に届け出た, 事故の5日前から — days counted back, from the publication or from an event
 * (which one is not always said), so a length of time, never a date (relative-dates.ts: AGO_SUFFIXES).
 * Only 前 ending its word: 3日前後 is around the 3rd, 17日前夜 the eve of the 17th. N年前 stays a date.
 */
export const DAYS_BACK_TAIL = '前';

/**
 * Nouns that are a length of time themselves: N日 told as what they are is a length (潜伏期間は2〜14日,
 * 猶予期間は30日, 投与の間隔は7日). 期限 and 任期 are not here: 期限は15日だ is a day.
 */
export const SPAN_NOUNS: readonly string[] = ['期間', '間隔', '周期'];

/**
 * Nouns that are a count of days: told with は or が, N日 is how many (輸送日数が3〜5日延びた, 所要日数は
 * 12日). Unlike 期間, 日数 never names a day itself (期間が14日に延長 may be a date; a 日数 cannot).
 */
export const DAY_COUNT_NOUNS: readonly string[] = ['日数'];

/** Tails that start like a duration tail but keep a date: 2020年前後 (around 2020), 2020年以来. */
export const DATE_TAILS = ['前後', '以降', '以来', '以前', '来年', '来月'] as const;

/**
 * Predicates of being earlier or later, right after N日 or N年: 平年より4日早い, 予定より2年早まった,
 * 例年より5日遅かった. The gap between two dates is a length of time, never a day of the month.
 */
export const COMPARED_TIME_TAILS: readonly string[] = [
  ...['早い', '早かっ', '早まっ', '早まる', '早まり', '早め', '早めた', '早める'],
  ...['遅い', '遅かっ', '遅れ', '遅らせ'],
];

/**
 * 早く and 遅く also follow a day of the month (12日遅く = late on the 12th, NHK's 「きのう遅く」), and 長く /
 * 短く a day or a year in other senses (12日長く続いた雨); so these make a length of time only when the
 * clause compares (平年より5日遅く, 紅海経由に比べて10～14日長くなる, 去年より2日短い).
 */
export const COMPARED_CLAUSE_TAILS: readonly string[] = [
  ...['早く', '遅く'],
  ...['長い', '長く', '長かっ', '短い', '短く', '短かっ'],
];

/** The words of a comparison that make 早く / 遅く after N日 a gap: より, 比べ (に比べて, と比べると). */
export const COMPARISON_WORDS: readonly string[] = ['より', '比べ', '比較し'];
