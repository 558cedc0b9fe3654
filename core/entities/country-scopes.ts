import { isCountryName } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/**
 * Words after a country's name that make it a scope, not a place the article is about: 「日本時間」 (a
 * clock), 「日本歴代3位」. 国内, 側, 人 are left out: 「日本国内」
 * and 「日本側」 mean the country.
 */
const SCOPE_WORDS: readonly string[] = ['時間', '歴代', '史上'];
/** 「中国勢との競争」 still names the country; a span read past 勢 (「日本勢トップ」) names nothing. */
const GROUP_SUFFIX = '勢';
/** Prefixes that read the country as the scope of a first or a record: 「日本初公開」, 「日本新記録」. */
const SCOPE_PREFIXES: Readonly<Record<string, string>> = { 初: '', 新: '記録' };

/**
 * True when a candidate starts with a country's name used as a scope: 「日本時間の午前3時」,
 * 「日本歴代2位」, 「日本初公開」, 「日本新記録」, 「日本勢トップ」 name no place (gold convention).
 * 「日本と韓国」, 「日本国内」, 「日本側」, 「日本新党」 are untouched.
 */
export function isCountryScope(tokens: readonly Token[], c: Candidate): boolean {
  const i = tokenAt(tokens, c.start);
  const country = tokens[i];
  const next = tokens[i + 1];
  if (!country || !next || country.start !== c.start || !isCountryName(country) || next.start !== country.end)
    return false;
  if (SCOPE_WORDS.includes(next.surface)) return true;
  if (next.surface === GROUP_SUFFIX) return c.end > country.end;
  const after = SCOPE_PREFIXES[next.surface];
  if (after === undefined) return false;
  const word = tokens[i + 2];
  return word !== undefined && word.start === next.end && (after === '' || word.surface === after);
}
