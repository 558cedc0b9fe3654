/**
 * Words glued before a name in news that are not part of it. Compared in half width.
 * Sports reports put a player's position or a club's league right before the name:
 * 「ＦＷ興梠慎三」 → 興梠慎三 (a person), 「Ｊ１浦和」 → 浦和 (the club).
 */

/** Player positions: the name after one is a person. */
export const POSITION_PREFIXES: ReadonlySet<string> = new Set(['FW', 'MF', 'DF', 'GK']);

/** League names before a club: the name after keeps its type. */
export const LEAGUE_PREFIXES: ReadonlySet<string> = new Set(['J1', 'J2', 'J3']);
