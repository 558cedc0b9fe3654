/**
 * The words that mark a sentence as the writer's own voice rather than a source's data: what ends a
 * conjecture or a judgement, and who the writer is when named. An according-to of an earlier sentence
 * does not reach such a sentence (sources/narration.ts): 「…27%に上昇した。19万円という価格は…
 * 評価が分かれそうだ。」 is the reviewer's view, not the survey's.
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * Auxiliaries (IPADIC 助動詞, by basic form) that make a closing predicate a conjecture or a wish:
 * 増えるだろう / でしょう (う), 選びたい (たい), 見直すべきだ (べし), 増えるらしい, 繰り返すまい.
 */
export const MODAL_AUXILIARIES: ReadonlySet<string> = new Set(['う', 'たい', 'べし', 'らしい', 'まい']);

/**
 * Auxiliary stems (IPADIC 名詞,*,助動詞語幹) that make a predicate a guess from appearance:
 * 分かれそうだ, 増えたようだ, 来たみたいだ. The hearsay そう after a finished form (売れたそうだ) is a
 * report, told apart by sources/hearsay.ts.
 */
export const MODAL_STEMS: ReadonlySet<string> = new Set(['そう', 'よう', 'みたい']);

/**
 * Endings written in several words, matched on the text before the full stop: 増えるかもしれない,
 * 上がるに違いない, 高いのではないか, 下がるはずだ, 妥当といえる; and the writer's own inference from
 * figures given (推計より14年も早く、線を越えたことになる / 1人あたり3万円の計算になる).
 */
export const MODAL_ENDINGS: readonly string[] = [
  'ことになる',
  'ことになります',
  '計算になる',
  '計算になります',
  'かもしれない',
  'かもしれません',
  'に違いない',
  'にちがいない',
  'のではないか',
  'のではないだろうか',
  'はずだ',
  'はずです',
  'といえる',
  'と言える',
  'といえよう',
  'と言えよう',
];

/**
 * How the writer names themself as a topic: 筆者は3回試した, 記者も現地で確かめた. `reporter` marks the
 * news story's reporter, whose own count is the outlet's; the rest name a column's writer (SELF_WORDS).
 */
export const WRITER_WORDS: WordTable<'writer' | 'reporter'> = wordTable<'writer' | 'reporter'>({
  筆者: 'writer',
  記者: 'reporter',
  私: 'writer',
  わたし: 'writer',
  僕: 'writer',
  私たち: 'writer',
  我々: 'writer',
});

/**
 * What sets a consequent against the record (…終えれば、リーグでは2012年以来となる): 以来, 初めて, 3年ぶり,
 * 史上最多, 過去最高 — matched anywhere in the words after the condition (sources/narration.ts).
 */
export const RECORD_MARKS: readonly string[] = [
  '以来',
  '初めて',
  '初の',
  'ぶり',
  '史上',
  '過去最',
  '最多',
  '最長',
  '最短',
];

/**
 * The nouns a definition closes on: 「線状降水帯は、…降らせる現象だ」, 「…の総称で、」, 「…のことだ」
 * (sources/background.ts). Not もの: 「計画は、…減らすものだ」 tells what a plan says; nor 仕組み: 「新制度は、
 * …月1万円を支給する仕組みだ」 tells how the announced plan works, the body's own account.
 */
export const DEFINING_HEADS: readonly string[] = ['現象', '総称', '略称', '用語', '概念', 'のこと'];

/**
 * An earlier work or model than the one the news is about, as the topic of a past fact: 「前作の最終興収は
 * 42億円だった」, 「先代モデルの販売台数は3万台でした」 — the writer's record for comparison, not the
 * release about the new one (sources/background.ts). Not 前年 / 前回: the same thing's earlier figure.
 */
export const EARLIER_WORKS: readonly string[] = ['前作', '先代', '初代', '旧モデル', '旧型', '前モデル', '前シリーズ'];

/**
 * The writer's words for themself whose own inquiry a column reports (sources/writers-work.ts): 筆者は…
 * 500人に聞いた, 私たちの調査では. Not 記者: a reporter's own count in a news story is the outlet's.
 */
export const SELF_WORDS: ReadonlySet<string> = new Set(wordsWhere(WRITER_WORDS, (role) => role === 'writer'));

/**
 * Words of an inquiry (by basic form) that make figures the writer's own findings: 筆者は…アンケートを
 * 行った, 住民に聞き取りをした, 交差点で数えた, 筆者の試算では.
 */
export const INQUIRY_WORDS: ReadonlySet<string> = new Set([
  '調査',
  'アンケート',
  '聞き取り',
  '聞く',
  '尋ねる',
  '数える',
  '調べる',
  '集計',
  '試算',
  '推計',
  '分析',
  '計測',
  '測定',
]);

/** How a paragraph opens on the results of the inquiry the paragraph before set out: その結果、…62%に上った. */
export const RESULT_OPENERS: readonly string[] = ['その結果', '調査の結果', '調査結果', '結果は', '結果、'];
