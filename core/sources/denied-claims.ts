import { CLAIM_NOUNS, DENYING_SAHEN } from '../lexicon/reporting-cues';
import { isAdjective, isAdverb, isCaseParticle } from '../text/pos';
import type { Token } from '../types';
import { ownerOf } from './chains';
import type { SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import type { Speaker } from './topic';

/** A claim quoted in order to be rejected, and whose it is (null: a view the article names no holder of). */
export interface DeniedClaim {
  cue: string;
  holder: Speaker | null;
  /** The denying verb's token: it reports nothing of the subject's own. */
  verb: number;
}

// How many tokens the claim's phrase may take: 県議会の最大会派の主張.
const MAX_CLAIM = 10;

/**
 * 「南海県は、…約300億円膨らむとする野党の主張を否定した」: と + する / の / いう, a claim noun with its holder
 * before it, を or に, then a verb of rejecting it (否定した, 反論した, 強く否認した). The quoted figures are
 * the holder's; a party denying a claim is not its source. Returns null for anything else, among it a
 * reason the denier gives (…約200億円だとして、野党の主張を否定した).
 */
export function deniedClaimAt(tokens: readonly Token[], v: SentenceView, i: number): DeniedClaim | null {
  // という is one particle to the tagger; とする / との / と言う are two tokens.
  const whole = tokens[i]?.surface === 'という';
  const link = whole ? tokens[i] : tokens[i + 1];
  if ((!whole && tokens[i]?.surface !== 'と') || !link) return null;
  // とした is と|し|た: a claim made before, as much as one made now.
  const past = link.surface === 'し' && tokens[i + 2]?.surface === 'た';
  const linked = whole || past || link.surface === 'の' || link.basic === 'いう' || link.surface === 'する';
  if (!linked) return null;
  const start = whole ? i + 1 : past ? i + 3 : i + 2;
  let k = start;
  const last = Math.min(v.end, k + MAX_CLAIM);
  while (k < last && !((tokens[k]?.surface === 'を' || tokens[k]?.surface === 'に') && isCaseParticle(tokens[k]))) k++;
  const noun = tokens[k - 1];
  if (k >= last || !noun || !CLAIM_NOUNS.has(noun.surface)) return null;
  const phrase = phraseEndingAt(tokens, k - 1, start);
  if (!phrase || phrase.first !== start) return null;
  // 強く否定した / 全面的に否認した: a manner between the claim and its rejection.
  let j = k + 1;
  while (j < v.end && (isAdverb(tokens[j]) || isAdjective(tokens[j]) || tokens[j]?.surface === 'に')) j++;
  const verb = tokens[j];
  if (!verb || !DENYING_SAHEN.has(verb.surface) || tokens[j + 1]?.basic !== 'する') return null;
  const holder = ownerOf(tokens, phrase, start);
  return {
    cue: `${whole ? '' : 'と'}${link.surface}${phrase.text}${tokens[k]?.surface}${verb.surface}`,
    holder,
    verb: j,
  };
}
