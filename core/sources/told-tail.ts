import { isAuxiliary, isDependent, isNoun, isParticle, isVerb } from '../text/pos';
import type { Token } from '../types';

// What closes the relayed clause: 伝えたという。 / 伝えたといい、 / 伝えたということです」
const CLAUSE_END = /^[。、」』\n]$/;

/**
 * Whether the hearsay tail at token `k` (right after a verb's endings) closes its clause: …を伝えたという。,
 * …を明らかにしたといい、, …を発表したということです。 The writer relays that the party did the telling;
 * the verb still has its own topic as announcer (球団は…ことも伝えたという: 球団's account). Not a
 * hearsay that goes on as a modifier (発表したという資料, 伝えたという話も): a noun after it is what the
 * clause describes, and only こと with the copula closes the tail.
 */
export function toldTailCloses(tokens: readonly Token[], k: number): boolean {
  let i = k;
  const to = tokens[i];
  if (!to || !isParticle(to)) return false;
  if (to.surface === 'と') {
    // と + いう / いい (動詞,自立, basic いう): 伝えたという / 伝えたといい
    const iu = tokens[i + 1];
    if (!iu || !isVerb(iu) || iu.basic !== 'いう') return false;
    i += 2;
  } else if (to.surface === 'という') {
    // IPADIC files という before こと as one particle: 発表したということです
    i += 1;
  } else return false;
  if (tokens[i]?.surface === 'こと' && isNoun(tokens[i]) && isDependent(tokens[i])) {
    i++;
    if (!isAuxiliary(tokens[i])) return false;
    while (isAuxiliary(tokens[i])) i++;
  } else if (to.surface === 'という') return false;
  const end = tokens[i];
  return !end || CLAUSE_END.test(end.surface);
}
