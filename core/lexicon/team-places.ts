/**
 * Metonymy in sports news: a city or region named for the professional team based there
 * (「広島が阪神に勝った」 is the Carp, not the city). Places that Japanese sports pages use on their own as
 * a team's name (NPB, J.League), and the words that say a sentence is about a game.
 */

/** Places that stand for their team when a sentence is about a game. */
export const TEAM_PLACES: ReadonlySet<string> = new Set([
  '広島',
  '横浜',
  '浦和',
  '鹿島',
  '川崎',
  '柏',
  '磐田',
  '清水',
  '新潟',
  '神戸',
  '福岡',
  '鳥栖',
  '札幌',
  '仙台',
  '名古屋',
  '京都',
  '湘南',
  '大分',
  '長崎',
  '千葉',
  '甲府',
  '町田',
  '岡山',
]);

/**
 * Words of a game: a sentence holding one of them is about sport (「広島は先発の…が7回を無失点」). Not 首位
 * alone: rankings of anything have one (「「住みたい街」首位は横浜」), and a game's sentence has more.
 */
export const SPORTS_CUES: readonly string[] = [
  '試合',
  '先発',
  '本塁打',
  '打点',
  '安打',
  '投手',
  '打者',
  '失点',
  '無失点',
  '得点',
  '勝利',
  '連勝',
  '連敗',
  '白星',
  '黒星',
  '優勝',
  '決勝',
  '開幕',
  '監督',
  '球団',
  '選手',
  'ゴール',
  '延長',
  '完封',
  '逆転',
  'リーグ',
  'ドラフト',
  '勝ち点',
  '予選',
  'Ｗ杯',
  'W杯',
  '引き分け',
  '完投',
];

/**
 * Professional teams whose short name is a plain word the dictionaries file as one (楽天 "optimism",
 * 巨人 "giant"): in a sentence about a game, or before 戦 (楽天戦), the word is the team.
 */
export const TEAM_WORDS: ReadonlySet<string> = new Set(['楽天', '巨人']);
