import type { Token } from '../types';
import type { SentenceView } from './cue';
import { namesABody } from './source-type';
import type { Speaker } from './topic';

// そのうえで、 / その上で、 / さらに、: the sentence goes on with the last sentence's speaker.
const GOES_ON = /^(?:そのうえで|その上で|さらに)$/;

/**
 * What the words quoted right after it are about, not who says them: 「…」と分析し、今年の来場者は
 * 「500万人を超える」とみる; そのうえで、年内の日経平均は「3万円台で推移する」との見方を示した. A topic
 * standing right before the quote that is no person and whose words name no body (来場者, 日経平均) is
 * the content's when a speaker goes on — one quoted before it in the same sentence, in a clause that
 * runs on (`chained`), or the last sentence's after そのうえで. Returns the speaker who goes on: the
 * chained one, or null to borrow the one in force; `undefined` when `who` is the speaker.
 */
export function speakerGoingOn(
  tokens: readonly Token[],
  v: SentenceView,
  who: Speaker,
  chained: Speaker | null,
): Speaker | null | undefined {
  const wa = tokens[who.phrase.next];
  if (wa?.surface !== 'は' || tokens[who.phrase.next + 1]?.surface !== '「') return undefined;
  if (who.type === 'person' || namesABody(who.phrase.text)) return undefined;
  if (chained?.type === 'person') return chained;
  let k = v.first;
  while (k < v.end && /^[「」、\s]$/.test((tokens[k] as Token).surface)) k++;
  return GOES_ON.test(tokens[k]?.surface ?? '') && tokens[k + 1]?.surface === '、' ? null : undefined;
}
