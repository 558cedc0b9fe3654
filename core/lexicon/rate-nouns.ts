import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * Endings of the name of a rate or an index whose value is written without a unit:
 * 合計特殊出生率は1.15, 防御率2.85, 消費者物価指数は105.3, 相関係数は0.8.
 */
export const RATE_NOUN_ENDINGS: readonly string[] = ['率', '指数', '係数', '倍率'];

/**
 * Endings of the name of a count whose value is written without a unit: 盗塁数57, 観客数は3万,
 * 人口は約150万, 勝ち点72.
 */
export const COUNT_NOUN_ENDINGS: readonly string[] = [
  '数',
  '人口',
  // 勝ち点72, 総失点は36, 打点100: a tally of points is named by its own counter 点.
  ...['得点', '失点', '勝ち点', '勝点', '打点', '自責点'],
  // 被安打4, 奪三振9: a pitcher's tallies (ゲーム差 is read only after the article used it: own-counters.ts).
  ...['安打', '三振', '四球', '本塁打'],
];

/** Names ending in 数 that are terms of arithmetic, not counts: 関数, 変数, 倍数. */
export const NOT_COUNT_NOUNS: readonly string[] = [
  '関数',
  '変数',
  '倍数',
  '約数',
  '素数',
  '整数',
  '分数',
  '級数',
  '乱数',
];

/** What may stand between such a name and its value (率は1.15, 率が1.2に, 防御率2.85). */
export const RATE_PARTICLES: readonly string[] = ['は', 'が', 'も', 'で', 'を', ''];

/**
 * Verbs a bare number reaches after に: 「1500にのぼる拠点」「参加は30に達した」 — the number is a count
 * even without a counter.
 */
export const REACH_VERBS: readonly string[] = ['のぼ', '上る', '上っ', '上り', '達', '及'];

/**
 * Bounds written right after a number, and which readers take them as the sign of a count: `bare`, after
 * a number with no counter (「300以上の店」「1000を超える団体」); `counted`, after one kanji digit and its
 * counter, which is otherwise mostly a word of the language (一泊以内, 三軒以上 count; 一泊 alone need not).
 */
const BOUNDS_AFTER_NUMBER: WordTable<{ bare: boolean; counted: boolean }> = wordTable({
  以上: { bare: true, counted: true },
  以下: { bare: true, counted: true },
  未満: { bare: true, counted: true },
  以内: { bare: false, counted: true },
  超: { bare: true, counted: false },
  を超: { bare: true, counted: false },
  を上回: { bare: true, counted: false },
  を下回: { bare: true, counted: false },
});

/** Bounds after a bare number that make it a count: 「300以上の店」「1000を超える団体」. */
export const BARE_BOUNDS: readonly string[] = wordsWhere(BOUNDS_AFTER_NUMBER, (b) => b.bare);

/** Bounds after one kanji digit and its counter that make it a count: 一泊以内, 三軒以上. */
export const COUNTED_BOUNDS: readonly string[] = wordsWhere(BOUNDS_AFTER_NUMBER, (b) => b.counted);

/**
 * Verbs that set a count to a new value, after 「Nに」: 「勝ち点を68に伸ばした」「定員を30に増やす」 — the
 * bare number is the count the noun before names.
 */
export const SET_TO_VERBS: readonly string[] = [
  ...['伸ば', '伸び', '延ば', '延び', '広げ', '広が', '増や', '増え', '減ら', '減っ', '減る', '縮め', '縮ま', '積み増'],
  ...['引き上げ', '引き下げ', '拡大', '縮小'],
  // 失点を2に抑えた, ミスを5にとどめた: held down to a count
  ...['抑え', '押さえ', 'とどめ', '留め'],
];

/** Names before 「をNに」 that make N a level on a scale, not a count: 警戒レベルを4に, 第2段階 (and katakana). */
export const SCALE_NOUN_ENDINGS: readonly string[] = ['段階', '級', '位', '度', '番'];

/** Verbs of recording after a bare number: 「最終日に66をマーク」「視聴率は18を記録」 — a value on its own. */
export const RECORD_VERBS: readonly string[] = ['をマーク', 'を記録', 'をたたき出', 'を叩き出'];

/**
 * A market's move before its level: 「18.64ポイント安の1612.47で終えた」「3ドル高の81.2だった」 — the
 * unit of the move, its percentage in brackets if given (18.40ポイント（0.60%）安の), then 安/高 and の
 * or い, or 上昇/下落 and の, before a bare number that is the level reached.
 */
export const MOVE_BEFORE_LEVEL =
  /[0-9０-９](?:ポイント|円|銭|ドル|セント|ユーロ|%|％)(?:[（(][^）)]{1,16}[）)])?(?:(?:安|高)[のい]|(?:上昇|下落|値上がり|値下がり)の)$/;

/** The sides of a vote, counted bare in a tally with no party named: 「賛成18、反対7」「賛成多数（賛成212、反対198、棄権3）」. */
export const VOTE_SIDES: ReadonlySet<string> = new Set(['賛成', '反対', '棄権', '欠席', '白票', '無効']);
