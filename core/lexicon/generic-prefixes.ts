/**
 * Prefixes that keep the word after them from being a name, in one table: 「同社」, 「各党」, 「与党」,
 * 「自社」 name no company or party.
 */
import { type WordTable, wordsWhere, wordTable } from './word-table';

/**
 * What a prefix does:
 * - `generic`: before a name suffix it makes the whole generic, so the suffix rule starts no name on it
 *   (「同社」, 「本省」, 「政府機関」; entities/suffix-rules.ts);
 * - `deictic`: it points, and with a kind of body after it (deictic-nouns.ts) the word names nothing even
 *   when IPADIC files it as an organisation (「自社」, 「御社」; entities/names-nothing.ts).
 * The suffix rule also blocks plain words (政府, 地元, 大手) that point at nothing.
 */
export type NonNamePrefixRole = 'generic' | 'deictic';

/** Every prefix that keeps a name from starting, with its roles. */
export const NON_NAME_PREFIXES: WordTable<readonly NonNamePrefixRole[]> = wordTable<readonly NonNamePrefixRole[]>({
  同: ['generic', 'deictic'],
  当: ['generic', 'deictic'],
  本: ['generic', 'deictic'],
  各: ['generic', 'deictic'],
  自: ['generic', 'deictic'],
  他: ['generic', 'deictic'],
  両: ['generic', 'deictic'],
  与: ['generic'],
  野: ['generic'],
  全: ['generic', 'deictic'],
  新: ['generic'],
  旧: ['generic'],
  前: ['generic'],
  元: ['generic'],
  一: ['generic'],
  某: ['generic'],
  貴: ['generic', 'deictic'],
  弊: ['generic', 'deictic'],
  我が: ['generic'],
  政府: ['generic'],
  地元: ['generic'],
  外国: ['generic'],
  海外: ['generic'],
  国内: ['generic'],
  民間: ['generic'],
  地方: ['generic'],
  関係: ['generic'],
  政権: ['generic'],
  首脳: ['generic'],
  主要: ['generic'],
  大手: ['generic'],
  子: ['generic'],
  親: ['generic'],
  同国: ['generic'],
  御: ['deictic'],
});

/** Words before a suffix that make the whole generic, not a name: 「同社」, 「本省」, 「各党」, 「与党」. */
export const GENERIC_PREFIXES: ReadonlySet<string> = new Set(
  wordsWhere(NON_NAME_PREFIXES, (r) => r.includes('generic')),
);

/** Prefixes that point: 同 (that), 自 (own), 当 (this), 他 (other), 弊 and 御/貴 (our and your, politely), 各, 両, 本, 全. */
export const DEICTIC_PREFIXES: ReadonlySet<string> = new Set(
  wordsWhere(NON_NAME_PREFIXES, (r) => r.includes('deictic')),
);

/**
 * Who runs a school, a hospital or a library: 「市立中学校」「県立高校」「私立大学」 say what kind of place
 * it is and name none (県立広島大学 and 国立がん研究センター go on to a name).
 */
export const OPERATOR_PREFIXES: ReadonlySet<string> = new Set([
  ...['市立', '県立', '都立', '府立', '道立', '区立', '町立', '村立', '私立', '公立', '国立'],
]);
