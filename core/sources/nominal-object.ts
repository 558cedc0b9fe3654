import { isCaseParticle, isNoun } from '../text/pos';
import type { Token } from '../types';

// こと / 旨 (名詞,非自立): what makes a clause the object of the verb after it.
const NOMINALISERS: ReadonlySet<string> = new Set(['こと', '旨']);

/**
 * The speaker starting at token `first` is written after a clause made a noun by こと and taken as the
 * object (…となり、…超えることを厚生省が明らかにした, …ことを、東和電機が発表した): the こと clause holds
 * every clause chained before it in the sentence, so what the speaker makes known begins with the
 * sentence, not after the last comma. A speaker after a plain object (新製品を) or a clause ending on a
 * verb (…目撃しており、各社も報じた) is not.
 */
export function afterNominalObject(tokens: readonly Token[], first: number): boolean {
  const wo = objectMarkerBefore(tokens, first);
  const koto = tokens[wo - 1];
  return wo >= 0 && !!koto && isNoun(koto) && NOMINALISERS.has(koto.surface);
}

/**
 * The を marking an object right before token `i`, a comma between allowed (…ことを、東和電機が, 集計を公表した,
 * 集計を、公表した): its index, or -1.
 */
export function objectMarkerBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.surface === '、') k--;
  const wo = tokens[k];
  return wo?.surface === 'を' && isCaseParticle(wo) ? k : -1;
}
