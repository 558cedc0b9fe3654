import { isCaseParticle, isNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import { depthAt, type SentenceView } from './cue';
import { type Speaker, speakerBefore } from './topic';

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

// 聞いた / 尋ねた / インタビューした / 話を聞いた: the verbs of an interview's lead-in.
const INTERVIEW_VERBS: ReadonlySet<string> = new Set(['聞く', '尋ねる', '訊く', 'インタビュー', '取材']);
// ――今季の目標は。 / Q 今季の目標は: an interviewer's question line.
// A single dash starts list items too: only the doubled bar (――) or a Q / 問 with its mark.
const QUESTION = /^(?:[―—─]{2}|[QＱ問][.．:：\s　])/;

/** True when a sentence is an interviewer's question (――今季の目標は。), the outlet's own words. */
export function isQuestion(sentence: string): boolean {
  return QUESTION.test(sentence.trim());
}

/**
 * The person an interview's lead-in names: 「山田健太選手（28）に、今季にかける思いを聞いた。」 → 山田健太選手,
 * 「田中社長にインタビューした。」 → 田中社長. Their answers are the bare quotes and the lines after the
 * questions that follow.
 */
export function intervieweeIn(tokens: readonly Token[], v: SentenceView): Speaker | null {
  for (let k = v.first + 1; k < v.end; k++) {
    const t = tokens[k] as Token;
    const verb = isVerb(t) ? t.basic : isNoun(t) && tokens[k + 1]?.basic === 'する' ? t.surface : '';
    if (!INTERVIEW_VERBS.has(verb) || depthAt(v, k) > 0) continue;
    for (let i = k - 1; i > v.first; i--) {
      const ni = tokens[i] as Token;
      if (ni.surface !== 'に' || !isCaseParticle(ni) || depthAt(v, i) > 0) continue;
      // 今季にかける思いを: a に inside the object's own clause names no one; go on to the one before.
      const sp = speakerBefore(tokens, i, v.first);
      if (sp?.type === 'person') return sp;
    }
  }
  return null;
}
