import { OFFICIAL_VALUE_STEMS } from '../lexicon/official-values';
import { isCaseParticle, isGenitive, isNoun } from '../text/pos';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView, speakerlessCue } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';

/**
 * An official value framed with で / では: 「（同社公表値で約48デシベル）」 → the company (同社, resolved
 * by the caller), 「気象庁の速報値では」 → 気象庁, 「メーカー公称値で10時間」 → the maker. With no owner
 * written (「カタログ値で」), the party the paragraph is about. Inside brackets the cue holds for the
 * bracketed note only: the rest of the sentence is the writer's (…モードを選びたい).
 */
export function findOfficialValueCues(tokens: readonly Token[], v: SentenceView): Cue[] {
  const out: Cue[] = [];
  // Every such cue writes 値: a sentence without one is passed over whole.
  if (!v.sentence.text.includes('値')) return out;
  for (let k = v.first + 1; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (t.surface !== '値' || t.pos1 !== '接尾') continue;
    const stem = tokens[k - 1] as Token;
    const role = OFFICIAL_VALUE_STEMS.get(stem.surface);
    if (!role || depthAt(v, k) > 0) continue;
    const de = tokens[k + 1];
    if (de?.surface !== 'で' || !isCaseParticle(de)) continue;
    const wa = tokens[k + 2]?.surface === 'は';
    const cue = `${stem.surface}値で${wa ? 'は' : ''}`;
    const [from, to] = contentOf(tokens, v, k);
    const owner = role === 'owner' ? phraseEndingAt(tokens, k - 1, k - 1) : ownerBefore(tokens, v, k - 1);
    // メーカー公称値: the maker, a body whatever else IPADIC says of the word.
    const maker = owner && OFFICIAL_VALUE_STEMS.get(tokens[owner.last]?.surface ?? '') === 'owner';
    const type = owner ? (sourceTypeOf(owner) ?? (maker || owner.hasProper ? 'organization' : null)) : null;
    if (owner && type && type !== 'document') {
      out.push({
        kind: 'according',
        speaker: owner,
        type,
        cue,
        contentStart: from,
        contentEnd: to,
        announce: false,
        via: null,
        frame: true,
      });
    } else {
      out.push({ ...speakerlessCue('according', cue, from, to), unowned: true, frame: true });
    }
  }
  return out;
}

/** 同社公表値 → 同社 (one compound), 気象庁の速報値 → 気象庁; nothing when the stem stands alone. */
function ownerBefore(tokens: readonly Token[], v: SentenceView, stem: number): NamePhrase | null {
  const before = tokens[stem - 1];
  if (!before || stem - 1 < v.first) return null;
  if (isGenitive(before)) return phraseEndingAt(tokens, stem - 2, v.first);
  return isNoun(before) ? phraseEndingAt(tokens, stem - 1, v.first) : null;
}

/** The bracketed note around token `k` (（…）), else the whole sentence. */
function contentOf(tokens: readonly Token[], v: SentenceView, k: number): [number, number] {
  let open = -1;
  for (let i = k - 1; i >= v.first; i--) {
    const s = (tokens[i] as Token).surface;
    if (s === '）' || s === ')') break;
    if (s === '（' || s === '(') {
      open = i;
      break;
    }
  }
  if (open < 0) return [v.sentence.start, v.sentence.end];
  for (let i = k + 1; i < v.end; i++) {
    const s = (tokens[i] as Token).surface;
    if (s === '）' || s === ')') return [(tokens[open] as Token).start, (tokens[i] as Token).end];
  }
  return [v.sentence.start, v.sentence.end];
}
