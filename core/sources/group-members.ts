import { BODY_COUNTERS, PICKING_OPENERS } from '../lexicon/body-groups';
import { alternation } from '../lexicon/word-table';
import { isBindingParticle, isConjunction, isParticle } from '../text/pos';
import type { Token } from '../types';
import { anaphorOf } from './anaphora';
import { depthAt, type SentenceView } from './cue';
import { isKindOfBody } from './kind-of-body';
import { phraseEndingAt } from './name-phrase';
import type { Party } from './parties';
import { sourceTypeOf } from './source-type';

// 大手電力会社10社, 私鉄大手16社, 地方銀行８行: a party named by how many bodies it is.
const GROUP = new RegExp(`[0-9０-９一二三四五六七八九十百]+(?:${alternation(BODY_COUNTERS)})$`);
const OPENER = new RegExp(`^(?:${alternation(PICKING_OPENERS)})、?`);

/**
 * 大手電力会社10社は…電気料金を発表した。このうち東都電力では、…8,930円となり: a group of bodies that
 * announced together, then one member picked out (このうち, 中でも) by its own name as the sentence's frame
 * (では), topic (は) or owner (東都電力の料金は) — that member's figures, after its name. Null when the party
 * is no such group, the sentence picks no one out, or the one picked out is no body of its own name
 * (このうち高知県では is a place in the account; このうち主力の冷蔵庫では a product).
 */
export function memberOfGroup(
  tokens: readonly Token[],
  v: SentenceView,
  group: Party,
  figureStart: number,
): Party | null {
  if (!GROUP.test(group.name)) return null;
  const opener = OPENER.exec(v.sentence.text);
  if (!opener) return null;
  const from = v.sentence.start + opener[0].length;
  for (let k = v.first; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (t.start < from || depthAt(v, k) > 0) continue;
    if (t.start >= figureStart || t.surface === '、' || t.surface === '。') return null;
    // では / は / の after the name: its frame, topic, or the owner of the subject.
    const particle = (t.surface === 'は' && isBindingParticle(t)) || (t.surface === 'の' && isParticle(t));
    if (!particle) continue;
    const last = tokens[k - 1]?.surface === 'で' ? k - 2 : k - 1;
    const phrase = phraseEndingAt(tokens, last, v.first);
    if (!phrase || phrase.start < from || phrase.end > figureStart) return null;
    const type = sourceTypeOf(phrase);
    // 北急電鉄, 東都電力: a body's own name — not a kind of body (地方銀行), one pointed back at (同社), a
    // place (高知県) or a thing (主力の冷蔵庫).
    if (type !== 'organization' || phrase.headPlace || phrase.text.includes('の')) return null;
    if (isKindOfBody(phrase.text) || anaphorOf(phrase.text)) return null;
    return { name: phrase.text, type, phrase, cue: phrase.text === group.name ? group.cue : '', via: null };
  }
  return null;
}

/**
 * 大手電力会社10社は…発表した。このうち東都電力は…8,930円となり…。西都電力は7,120円で…: after a member
 * picked out of the group (memberOfGroup on the sentence before, same paragraph), a sentence that opens
 * on another body's own name as its topic, with no cue of its own, goes on down the group's list — that
 * member's figures. Null when the sentence before picked no one, is of another paragraph, or this one
 * opens on no body's own name (市内の家庭は, 同社は, 地方銀行は).
 */
export function nextMember(
  tokens: readonly Token[],
  previous: SentenceView | undefined,
  v: SentenceView,
  group: Party | null,
  figureStart: number,
): Party | null {
  if (!group || !previous || previous.sentence.paragraph !== v.sentence.paragraph) return null;
  if (!memberOfGroup(tokens, previous, group, previous.sentence.end)) return null;
  let k = v.first;
  // また、西都電力は: a connective may open the sentence.
  while (k < v.end && (isConjunction(tokens[k] as Token) || (tokens[k] as Token).surface === '、')) k++;
  for (let j = k; j < v.end; j++) {
    const t = tokens[j] as Token;
    if (t.start >= figureStart || t.surface === '、' || t.surface === '。' || depthAt(v, j) > 0) return null;
    if (!(t.surface === 'は' && isBindingParticle(t))) continue;
    const phrase = phraseEndingAt(tokens, j - 1, k);
    if (!phrase || phrase.first !== k) return null;
    const type = sourceTypeOf(phrase);
    if (type !== 'organization' || phrase.headPlace || phrase.text.includes('の')) return null;
    if (isKindOfBody(phrase.text) || anaphorOf(phrase.text)) return null;
    return { name: phrase.text, type, phrase, cue: '', via: null };
  }
  return null;
}
