import { isCaseParticle, isGenitive, isNumeral } from '../text/pos';
import type { Token } from '../types';
import { isReportPhrase, ownerOf } from './chains';
import type { Cue, SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import { type Speaker, speakerBefore } from './topic';

// 明らかになった / 判明した / 分かった / わかった: the plan or report became known.
const MADE_KNOWN = /^(?:明らかになっ|判明し|分かっ|わかっ)/;

/**
 * 「政府の経済対策の原案が10日、明らかになった。」, 「作業部会がまとめた骨子案が判明した。」: a party's
 * plan or report made known. What the sentences after it lay out (所得税を一律4万円減税する) is that
 * party's, for the rest of the paragraph (or, in the lede, the next one too): a cue whose content is
 * empty, found for the sentence that closes on it.
 */
export function revealedReport(tokens: readonly Token[], v: SentenceView): Cue | null {
  const s = v.sentence;
  for (let k = v.first + 1; k < v.end; k++) {
    const ga = tokens[k] as Token;
    if (ga.surface !== 'が' || !isCaseParticle(ga)) continue;
    let m = k + 1;
    // 原案が10日、明らかになった: a date between the subject and the verb.
    while (m < v.end && (isNumeral(tokens[m]) || /^(?:日|、)$/.test((tokens[m] as Token).surface))) m++;
    const rest = s.text.slice((tokens[m]?.start ?? s.end) - s.start);
    if (!MADE_KNOWN.test(rest) || !/^[^、。]*。?$/.test(rest)) continue;
    const report = phraseEndingAt(tokens, k - 1, v.first);
    if (!report || !isReportPhrase(report)) return null;
    // 政府の経済対策の原案 → 政府; 作業部会がまとめた骨子案 → 作業部会 (the subject of the verb before it).
    const owner =
      ownerOf(tokens, report, v.first) ?? ownerAlong(tokens, v, report.first) ?? compiler(tokens, v, report.first);
    if (!owner) return null;
    return {
      kind: 'according',
      speaker: owner.phrase,
      type: owner.type,
      cue: rest.replace(/。$/, ''),
      contentStart: s.start,
      contentEnd: s.end,
      announce: false,
      via: null,
      published: true,
      revealed: true,
    };
  }
  return null;
}

/** 政府の経済対策の原案: the first party along the chain of の-owners before the report. */
function ownerAlong(tokens: readonly Token[], v: SentenceView, first: number): Speaker | null {
  let k = first - 1;
  for (let n = 0; n < 4 && k > v.first && isGenitive(tokens[k]); n++) {
    const p = phraseEndingAt(tokens, k - 1, v.first);
    if (!p) return null;
    const type = sourceTypeOf(p);
    if (type && type !== 'document') return { phrase: p, type };
    k = p.first - 1;
  }
  return null;
}

/** 政府が検討している経済対策の原案: the subject of the clause before the report, up to a comma. */
function compiler(tokens: readonly Token[], v: SentenceView, first: number): Speaker | null {
  let lo = v.first;
  for (let g = first - 1; g > v.first; g--) {
    if ((tokens[g] as Token).surface === '、') {
      lo = g + 1;
      break;
    }
  }
  for (let g = lo + 1; g < first; g++) {
    if ((tokens[g] as Token).surface === 'が' && isCaseParticle(tokens[g])) return speakerBefore(tokens, g, lo);
  }
  return null;
}
