import { isNoun, isVerb } from '../text/pos';
import { sentenceStartBefore } from '../text/sentences';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { AttributedFigure } from './context';
import { creditEach, type Party } from './parties';
import { isActorParticle } from './subjectless';
import { speakerBefore } from './topic';

/** What a plaintiff claims an amount as: 約1億円の損害賠償を求めた, 500万円の慰謝料を求めて. */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(['損害賠償', '賠償', '慰謝料', '賠償金', '支払い', '返還']);

/** What a claim is made in: the suit, or the act of filing it (…を求めた訴訟, …を求めて提訴した). */
const SUIT_WORDS: ReadonlySet<string> = new Set(['訴訟', '裁判', '民事訴訟', '提訴', '訴え', '集団訴訟']);

// How many characters the claim's nouns may run to (損害|賠償, 慰謝料): a long compound is another thing.
const MAX_CLAIM = 6;
// How far the suit word may stand after 求め: 求め|た|訴訟, 求め|て|大阪地裁|に|提訴.
const SUIT_REACH = 6;
// How far back the claimant's が / は may stand before the amount: 遺族|が|同社|に|約1億円.
const CLAIMANT_REACH = 8;

/**
 * 「遺族が同社に約1億2千万円の損害賠償を求めた訴訟の判決が…あった」: an amount claimed in a suit is the
 * claimant's — the plaintiff's figure, not the court's nor the outlet's. Only a claim noun right after the
 * amount (の損害賠償を, の慰謝料を), 求め and a suit word after it (訴訟, 提訴) make the construction; an amount
 * a court ordered (…の支払いを命じた) or a demand outside a suit (…の増額を求めた) is left to the sentence.
 */
export function suitClaims<F extends AttributedFigure>(
  text: string,
  tokens: readonly Token[],
  figures: readonly F[],
): Map<F, Party> {
  return creditEach(figures, (f) => {
    if (f.kind !== 'money' || !claimedInSuit(tokens, tokenAt(tokens, f.end))) return null;
    // The claimant stands in the figure's sentence.
    const from = tokenAt(tokens, sentenceStartBefore(text, f.start));
    return claimantBefore(tokens, tokenAt(tokens, f.start), from);
  });
}

/** の損害賠償を求めた訴訟 from token `k` on: a claim noun, を, 求める and a suit word within reach. */
function claimedInSuit(tokens: readonly Token[], k: number): boolean {
  let i = k;
  if (tokens[i]?.surface === 'の') i++;
  // 損害|賠償: IPADIC splits the compound; the words up to を are read as one.
  let noun = '';
  for (; isNoun(tokens[i]) && noun.length < MAX_CLAIM; i++) noun += (tokens[i] as Token).surface;
  if (![...CLAIM_NOUNS].some((c) => noun.endsWith(c))) return false;
  if (tokens[i]?.surface !== 'を' || tokens[i + 1]?.basic !== '求める') return false;
  for (let j = i + 2; j < i + 2 + SUIT_REACH && tokens[j]; j++) {
    const t = tokens[j] as Token;
    if (SUIT_WORDS.has(t.surface)) return true;
    if (t.surface === '。') return false;
  }
  return false;
}

/** The party marked by が or は before the amount at `first` in its clause, from token `lo` on (遺族|が|同社|に|約1億円), or null. */
function claimantBefore(tokens: readonly Token[], first: number, lo: number): Party | null {
  for (let k = first - 1; k > lo && k > first - CLAIMANT_REACH; k--) {
    const t = tokens[k] as Token;
    // 家族が、東和化学に…: a comma right after the claimant's particle sets it apart, nothing more.
    const apart = t.surface === '、' && /^[がは]$/.test(tokens[k - 1]?.surface ?? '');
    if (apart) continue;
    if (t.surface === '、' || t.surface === '。' || isVerb(t)) return null;
    const marks = isActorParticle(t);
    if (!marks || !isNoun(tokens[k - 1])) continue;
    const sp = speakerBefore(tokens, k, Math.max(lo, k - CLAIMANT_REACH));
    if (!sp || sp.type === 'media' || sp.type === 'document') return null;
    return { name: sp.phrase.text, type: sp.type, phrase: sp.phrase, cue: 'を求めた', via: null };
  }
  return null;
}
