import { isNoun } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { AttributedFigure } from './context';
import { isParentheticalAge } from './false-friends';
import { phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';

// A short label before the figure inside the brackets: （定数55）, （従業員300人）; no digits, no comma.
const LABEL = /^[^\d０-９、，,。（）()「」]{0,4}$/;
const OPENERS = new Set(['（', '(']);
// 15人） / 40議席） / 3名）: members or seats, closing the bracket.
const MEMBERS = /(?:人|名|議席)[）)]$/;
const CLOSE = /^[）)]/;
const CLOSING_NAME = new Set(['」', '』']);
// 北山県, 東和府, 東京都, 南浜市: a prefecture or municipality by its head (都道府県 and 市区町村).
const PLACE_HEAD = /[都道府県市区町村]$/;
// Who a bracket may describe: a party, not a document or a thing.
const PARTIES = new Set(['organization', 'government', 'person', 'anonymous', 'media']);

/**
 * The figures that describe the party named right before their brackets: 市議会（定数40）, 保守系会派
 * （15人）, 東和電機（従業員300人）. Such a note is the writer's identification of who is meant, not
 * what anyone in the sentence reports (a plan or quote there is about something else). Ages
 * （34） have their own rule (an age may be the police's), so they are left out here.
 */
export function partyDescriptions<F extends AttributedFigure>(
  text: string,
  tokens: readonly Token[],
  figures: readonly F[],
): Set<F> {
  const out = new Set<F>();
  for (const f of figures) {
    if (!CLOSE.test(text.slice(f.end, f.end + 1)) || isParentheticalAge(text, f.start, f.end)) continue;
    const from = Math.max(0, f.start - 5);
    const back = text.slice(from, f.start);
    const at = Math.max(back.lastIndexOf('（'), back.lastIndexOf('('));
    const label = back.slice(at + 1);
    if (at < 0 || !LABEL.test(label)) continue;
    // 加工食品（2364品目）: a tally in brackets; a party's size counts its members or seats, or says what it counts.
    if (!label && !MEMBERS.test(text.slice(f.start, f.end + 1))) continue;
    const k = tokenAt(tokens, from + at);
    // 会派「北浜クラブ」（14人）: a name in brackets ends on its closing bracket.
    const named = isNoun(tokens[k - 1]) || CLOSING_NAME.has(tokens[k - 1]?.surface ?? '');
    if (!OPENERS.has(tokens[k]?.surface ?? '') || !named) continue;
    const phrase = phraseEndingAt(tokens, k - 1, Math.max(0, k - 12));
    const type = phrase && sourceTypeOf(phrase);
    // 愛知県（141人）、東京都（133人）に次いで: a bare count after a prefecture or city is data about the
    // place (its deaths, its visitors), not the members of a party as 保守系会派（15人） is.
    if (!label && phrase && PLACE_HEAD.test(phrase.text)) continue;
    if (type && PARTIES.has(type)) out.add(f);
  }
  return out;
}
