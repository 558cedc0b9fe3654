/**
 * Words that name a match. A score in brackets after one is that match's result: 「（開幕戦、3―2）」,
 * 「決勝（2―1）」. 戦 counts only as IPADIC's suffix (巨人|戦, 開幕|戦), never inside a word (挑戦, 作戦).
 */
export const MATCH_WORDS: ReadonlySet<string> = new Set([
  ...['戦', '試合', '決勝', '準決勝', '準々決勝', '初戦', '緒戦', '再戦', 'マッチ', 'ゲーム'],
]);

/** Of MATCH_WORDS, those that name a match only as a suffix: 巨人戦 (名詞,接尾), not 挑戦. */
export const MATCH_SUFFIXES: ReadonlySet<string> = new Set(['戦']);
