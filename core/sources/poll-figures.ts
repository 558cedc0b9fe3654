import { isGenitive, isNumeral } from '../text/pos';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import { sourceTypeOf } from './source-type';
import { namesSurvey } from './surveys';

// Where a listed poll result ends: 最も高かったのは毎朝新聞の63%、最も低かったのは….
const CLAUSE_END = /[、。，．]/;

/**
 * A poll's result written as its outlet's, in a sentence about surveys: 各社の調査を比べると、最も高かった
 * のは毎朝新聞の63%、最も低かったのは東亜通信の46%だった → 63% is 毎朝新聞's poll, 46% 東亜通信's. Only an
 * outlet (a paper, an agency, a broadcaster) runs such a poll: 自民党の30% is the party measured, and
 * NHKの15% in a sentence naming no survey (視聴率は…) is the channel measured. The cue holds for the
 * figure's clause only.
 */
export function findPollFigureCues(tokens: readonly Token[], v: SentenceView): Cue[] {
  const out: Cue[] = [];
  if (!namesSurvey(v.sentence.text)) return out;
  for (let k = v.first + 1; k + 1 < v.end; k++) {
    const no = tokens[k] as Token;
    const figure = tokens[k + 1] as Token;
    if (no.surface !== 'の' || !isGenitive(no) || !isNumeral(figure) || depthAt(v, k) > 0) continue;
    const outlet = phraseEndingAt(tokens, k - 1, v.first);
    if (!outlet || sourceTypeOf(outlet) !== 'media') continue;
    const rest = v.sentence.text.slice(figure.start - v.sentence.start);
    const end = CLAUSE_END.exec(rest);
    out.push({
      kind: 'according',
      speaker: outlet,
      type: 'media',
      cue: 'の',
      contentStart: figure.start,
      contentEnd: end ? figure.start + end.index : v.sentence.end,
      announce: false,
      via: null,
      frame: true,
    });
  }
  return out;
}
