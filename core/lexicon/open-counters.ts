/**
 * The exceptions to the open counter grammar (core/figures/open-counter.ts): any counter IPADIC knows
 * (名詞,接尾,助数詞) or any common noun after a number is a figure (300缶, 3駅, 2ゴール, 5部門) unless
 * it is one of these (or a designating counter, designations.ts: 5号線, 2代目).
 */

/**
 * Counters that designate rather than count after a name or a katakana word, or with a number under
 * ten: リーグ1部 is a division, 3組 a class, 2軍 a farm team (100万部 and 12組 still count).
 */
export const NAMED_DESIGNATIONS: ReadonlySet<string> = new Set(['部', '組', '班', '軍', '隊', '師', '課']);

/** Groups counted by the number before them once it is not a designation: 275隊, 120組, 30班. */
export const COUNTED_GROUPS: ReadonlySet<string> = new Set(['隊', '組', '班']);

/** Words before a small number that make it a count, not a designation: 約3隊, 計5班, 延べ4組, ポンプ車など3隊. */
export const COUNT_WORDS_BEFORE: readonly string[] = [
  '約',
  '計',
  '合計',
  '延べ',
  '最大',
  '少なくとも',
  '合わせて',
  'あわせて',
  'など',
];

/**
 * Suffixes IPADIC calls 接尾,一般 that do count after a number: 5省の出身者, 3館共通, 3者会談, 4党,
 * 在京6紙, 2誌.
 * Other general suffixes after a number name or order (5号, 3人目, 255系).
 */
export const COUNTING_SUFFIXES: ReadonlySet<string> = new Set([
  '省',
  '館',
  '者',
  '党',
  '庁',
  '院',
  '園',
  '寺',
  '誌',
  '紙',
]);

/**
 * Nouns after 「Nの」 that make N a term of arithmetic or a day, not a count: 3の倍数, 1の位, 10の8乗,
 * 11、12の両日 (the 11th and the 12th).
 */
export const ARITHMETIC_NOUNS: ReadonlySet<string> = new Set([
  '倍数',
  '約数',
  '位',
  '乗',
  '段',
  '補数',
  '累乗',
  '両日',
]);

/**
 * Words near 型 that make it a display size in inches (6.7型の有機ELディスプレー, 55型テレビ) rather
 * than a model (209型潜水艦). A decimal (6.1型) is a size anyway.
 */
export const DISPLAY_WORDS: readonly string[] = [
  ...['ディスプレー', 'ディスプレイ', '液晶', '有機EL', '有機ＥＬ', '画面', 'モニター', 'テレビ', 'パネル'],
  ...['インチ', 'スクリーン', 'タブレット', 'ノートパソコン', 'ノートPC', 'スマートフォン', 'スマホ'],
  // 14型ノート, 13.3型のモバイルPC: a laptop is sold by its screen size too.
  ...['ノート', 'パソコン', 'PC', 'ＰＣ', 'ラップトップ'],
];

/** Children by birth order when written in kanji (三男, 四女); in digits they count (2男1女). */
export const BIRTH_ORDER: ReadonlySet<string> = new Set(['男', '女']);

/** Suffixes that make a number and its counter one derived word: 一本化, 二極化, 三次元的. */
export const DERIVING_SUFFIXES: ReadonlySet<string> = new Set(['化', '的', '性']);

/** Actions that divide by the number, not count: 3分割, 4等分. */
export const DIVIDING_NOUNS: ReadonlySet<string> = new Set(['分割', '等分', '分裂', '分断']);

/**
 * Nouns IPADIC splits after a number into a designating counter and a suffix (8|階|級): the whole word
 * is what the number counts (8階級, 計16階級), not a floor or a grade.
 */
export const COUNTED_COMPOUNDS: ReadonlySet<string> = new Set(['階級']);

/**
 * Nouns after a number that make it a label, not a count: 18禁 and 15禁 say who may not watch (under 18,
 * under 15), no eighteen of anything. (18歳未満禁止 stays an age under a bound.)
 */
export const LABEL_NOUNS: ReadonlySet<string> = new Set(['禁']);

/** The model itself, after a katakana name and its number: プレイステーション5本体, ドラクエ11本編. */
export const MODEL_PARTS: ReadonlySet<string> = new Set(['本体', '本編', '単体', '筐体', '純正']);

/**
 * Katakana words a number after them ranks, stages or names (ステージ4がん, レベル3対応, フェーズ2試験,
 * ベスト8進出, ゲート5付近, シーズン2開幕): the number is a label, never a count of the noun after it.
 * Other common katakana nouns are what is counted about (路線バス3路線, ホテル2施設, スマホ3機種), and the
 * number counts the noun after it.
 */
export const SCALE_WORDS_BEFORE: ReadonlySet<string> = new Set([
  ...['ステージ', 'レベル', 'フェーズ', 'ステップ', 'グレード', 'ランク', 'クラス', 'カテゴリー', 'カテゴリ'],
  ...['ベスト', 'トップ', 'ワースト', 'ランキング', 'ナンバー', 'ナンバーワン', 'ポジション', 'シード'],
  ...['バージョン', 'シーズン', 'シリーズ', 'パート', 'エピソード', 'チャプター', 'ラウンド', 'セット', 'タイプ'],
  ...['モデル', 'モード', 'ゾーン', 'エリア', 'ブロック', 'グループ', 'ゲート', 'ホール', 'ルーム', 'スタジオ'],
  ...['ターミナル', 'ホーム', 'ルート', 'チャンネル', 'ページ', 'コース', 'リーグ', 'ディビジョン', 'ステーション'],
  ...['ウイルス', 'ミッション', 'プラン', 'コード', 'ナンバリング', 'ハイパー', 'スーパー', 'ウルトラ', 'マーク'],
]);
