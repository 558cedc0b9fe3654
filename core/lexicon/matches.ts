/**
 * Words that name a match. A score in brackets after one is that match's result: 「（開幕戦、3―2）」,
 * 「決勝（2―1）」. 戦 counts only as IPADIC's suffix (巨人|戦, 開幕|戦), never inside a word (挑戦, 作戦).
 */
export const MATCH_WORDS: ReadonlySet<string> = new Set([
  ...['戦', '試合', '決勝', '準決勝', '準々決勝', '初戦', '緒戦', '再戦', 'マッチ', 'ゲーム'],
]);

/** Of MATCH_WORDS, those that name a match only as a suffix: 巨人戦 (名詞,接尾), not 挑戦. */
export const MATCH_SUFFIXES: ReadonlySet<string> = new Set(['戦']);

/**
 * Words before N分 / N秒 that read the game clock, a moment of the game and no length of time:
 * 「残り2分で2点差まで迫った」 (as 前半23分 is the minute of a half). 残り3日 and 残り5人 still count.
 */
export const GAME_CLOCK_WORDS: readonly string[] = ['残り'];

/**
 * What a player or a team records in a match or a season: 「3勝1敗28ホールド」「4打数2安打1打点」. A
 * result is never what another count is per (1人3000円 is a rate, 1敗28ホールド two counts), so with no
 * あたり after it one of these is no rate's denominator.
 */
export const GAME_RESULTS: ReadonlySet<string> = new Set([
  ...['勝', '敗', '分', '分け', '引き分け', 'セーブ', 'ホールド', '勝利', '敗戦', '得点', '失点', '自責点'],
  ...['安打', '打点', '本塁打', '盗塁', '四球', '死球', '三振', '奪三振', '失策', '犠打', '犠飛', '打数'],
  ...['ゴール', 'アシスト', 'トライ', 'リバウンド', 'ブロック', 'スティール', 'KO', 'ＫＯ'],
]);

/**
 * Words that name a record. A country's name glued after one is the loanword it spells: 「リーグ最多タイ」
 * and 「日本記録タイ」 equal (tie) the record, no Thailand.
 */
export const RECORD_WORDS: readonly string[] = [
  ...['最多', '最高', '最長', '最少', '最小', '最大', '最速', '最年少', '最年長', '最短', '最低', '最良'],
  ...['記録', 'ベスト', 'ワースト', 'ハイ'],
];
