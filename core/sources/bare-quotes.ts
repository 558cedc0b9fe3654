import { ANSWER_VERBS, INTERVIEW_NOUNS, INTERVIEW_VERBS } from '../lexicon/reporting-cues';
import { isCaseParticle, isNoun, isVerb } from '../text/pos';
import type { SourceType, Token } from '../types';
import { depthAt, type SentenceView } from './cue';
import { findTopic, type Speaker, speakerBefore } from './topic';

/**
 * A sentence that is nothing but words in 「」 — no cue, no speaker written (「3年契約をしたが、…僕の責任
 * なんです」 as a paragraph of its own in a feature on a manager). Features and interviews set the
 * featured person's words apart like this between the writer's paragraphs: the person quoted last
 * speaks them, unless a speaker line above or a cue after says otherwise (resolved before this).
 */
export function isBareQuote(sentence: string): boolean {
  const s = sentence.trim().replace(/[。．]$/, '');
  if (!s.startsWith('「') || !s.endsWith('」')) return false;
  // 「A」と「B」の違い: words between two quotes make it a sentence of the writer's.
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '「') depth++;
    else if (c === '」') depth--;
    else if (depth === 0) return false;
  }
  return depth === 0;
}

// ――今季の目標は。 / Q 今季の目標は: an interviewer's question line.
// A single dash starts list items too: only the doubled bar (――) or a Q / 問 with its mark.
const QUESTION = /^(?:[―—─]{2}|[QＱ問][.．:：\s　])/;
// ―けがの期間はどう過ごした。: a single bar, then words, closed like a sentence. Only once the article
// has introduced an interview does it read as a question rather than a list item (－3月に工場を増設).
const LOOSE_QUESTION = /^[―—](?![―—─\d０-９\s　]).*[。？?]$/;

/**
 * True when a sentence is an interviewer's question (――今季の目標は。), the outlet's own words.
 * `interview`: the article has introduced an interview, so a single bar (―今季の目標は。) asks too.
 */
export function isQuestion(sentence: string, interview = false): boolean {
  const s = sentence.trim();
  return QUESTION.test(s) || (interview && LOOSE_QUESTION.test(s));
}

// Who can be interviewed: a person, a body, or one of its people left unnamed (同社の広報担当者).
const INTERVIEWED_TYPES: ReadonlySet<SourceType> = new Set(['person', 'organization', 'government', 'anonymous']);

/**
 * The party an interview's lead-in names: 「山田健太選手（28）に、今季にかける思いを聞いた。」 → 山田健太選手,
 * 「田中社長にインタビューした。」 → 田中社長, 「東和缶詰に話を聞くと、」 → 東和缶詰. A person's answers are
 * the bare quotes and the lines after the questions that follow; anyone's, the hearsay the article
 * goes on to relay with no speaker (…売れたそうで、…とのことだ).
 */
export function intervieweeIn(tokens: readonly Token[], v: SentenceView): Speaker | null {
  for (let k = v.first + 1; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (isVerb(t) && ANSWER_VERBS.has(t.basic) && depthAt(v, k) === 0) {
      const answered = answererBefore(tokens, v, k);
      if (answered) return answered;
    }
    const verb = isVerb(t) ? t.basic : isNoun(t) && tokens[k + 1]?.basic === 'する' ? t.surface : '';
    if (!INTERVIEW_VERBS.has(verb) || depthAt(v, k) > 0) continue;
    for (let i = k - 1; i > v.first; i--) {
      const ni = tokens[i] as Token;
      if (ni.surface !== 'に' || !isCaseParticle(ni) || depthAt(v, i) > 0) continue;
      // 今季にかける思いを: a に inside the object's own clause names no one; go on to the one before.
      const sp = speakerBefore(tokens, i, v.first);
      if (sp && INTERVIEWED_TYPES.has(sp.type)) return sp;
    }
  }
  return null;
}

/**
 * 「山田選手（28）が、本紙のインタビューに応じた。」 → 山田選手: the subject of an interview answered
 * (インタビュー / 取材 + に + 応じる / 答える). 「質問に答えた」 or 「要請に応じた」 is no interview.
 */
function answererBefore(tokens: readonly Token[], v: SentenceView, verb: number): Speaker | null {
  const ni = tokens[verb - 1];
  const noun = tokens[verb - 2];
  if (ni?.surface !== 'に' || !noun || !INTERVIEW_NOUNS.has(noun.basic)) return null;
  const subject = findTopic(tokens, v, v.first, verb - 2, true);
  return subject && INTERVIEWED_TYPES.has(subject.type) ? subject : null;
}
