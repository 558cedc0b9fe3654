import { type Block, textOf } from './blocks';
import { folded } from './fold';

// An interviewer's question opening its line with a dash pair or a Q (NFKC-folded: 「Ｑ　」 → 「Q 」):
// 「――開業のきっかけは。」「Ｑ：値上げの理由は？」. A press conference labels its turns by role instead
// (【記者】, 市長：: transcript.ts), a meeting's minutes by a label line.
const QUESTION_TURN = /^(?:[―─—]{2}|Q[.:\s])/;
/** An interview asks this many questions at least, each answered by the paragraph after it. */
const ANSWERED_QUESTIONS = 3;

/**
 * True when the paragraphs are an interview's questions and answers: 「――開業のきっかけは。」 over 「林　祖母の
 * 店を継ぎたかったんです。」, three times at least. The answers speak in the present, as the interviewee does; a
 * report's lone quoted exchange is no interview.
 */
export function isInterview(blocks: readonly Block[]): boolean {
  let answered = 0;
  let asked = false;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const question = QUESTION_TURN.test(folded(textOf(b)));
    if (asked && !question) answered++;
    asked = question;
  }
  return answered >= ANSWERED_QUESTIONS;
}
