import { CONDUCTING_WORDS, EXAMINING_WORDS } from '../lexicon/reporting-cues';
import { isAuxiliary, isSahenNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import { isReportPhrase, ownerOf } from './chains';
import type { Cue, SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import { isActorParticle } from './subjectless';
import { type Speaker, speakerBefore } from './topic';

// 調査 / アンケート / 世論調査 / 意識調査: what respondents answer.
const SURVEY = /調査|アンケート/;
const BODY_TYPES = new Set(['organization', 'government', 'media']);

/**
 * The body a sentence says conducted a survey: 「市は住民に調査した」, 「調査は東和損保が10月に実施し」,
 * 「東和損保が20代に行ったアンケート」 → the first company, government or outlet named before the
 * verb of conducting (a document topic, 調査は, is what was conducted, not who).
 */
export function surveyorIn(tokens: readonly Token[], v: SentenceView): Speaker | null {
  const named = SURVEY.test(v.sentence.text);
  let verb = -1;
  for (let i = v.first; i < v.end && verb < 0; i++) {
    const t = tokens[i] as Token;
    const conducts = isVerb(t)
      ? CONDUCTING_WORDS.has(t.basic)
      : CONDUCTING_WORDS.has(t.surface) && tokens[i + 1]?.basic === 'する';
    // 文科省が調べたところ、…ことがわかった: with no survey noun, only a finding clause says a survey was made.
    if (conducts && (isVerb(t) || isSahenNoun(t)) && (named || findingClause(tokens, i, v.end))) verb = i;
  }
  if (verb < 0) return null;
  for (let i = v.first + 1; i < verb; i++) {
    const t = tokens[i] as Token;
    if (!isSurveyor(t)) continue;
    // 東西経済研究所の調査は…を対象に行い: the survey's owner before の conducted it.
    const phrase = phraseEndingAt(tokens, i - 1, v.first);
    const sp = phrase && isReportPhrase(phrase) ? ownerOf(tokens, phrase, v.first) : speakerBefore(tokens, i, v.first);
    if (sp && BODY_TYPES.has(sp.type)) return sp;
  }
  return null;
}

/** The surveyor is the one who acts, the topic は or the subject が (文科省が|調べた, 厚労省は|…), not 調査も. */
const isSurveyor = isActorParticle;

// 調べたところ / 調査した結果: what follows is what the examining found.
const FINDING_HEADS: ReadonlySet<string> = new Set(['ところ', '結果']);

/**
 * The conducting word at `at` is an examining verb closing a finding clause: 調べ|た|ところ, 調査|し|た|結果.
 * 調べている (an inquiry under way) and 実施したところ (a move whose effect follows) are not.
 */
function findingClause(tokens: readonly Token[], at: number, end: number): boolean {
  if (!EXAMINING_WORDS.has((tokens[at] as Token).basic)) return false;
  let k = at + 1;
  if (tokens[k]?.basic === 'する') k++;
  if (tokens[k]?.surface !== 'た' || !isAuxiliary(tokens[k] as Token)) return false;
  return k + 1 < end && FINDING_HEADS.has((tokens[k + 1] as Token).surface);
}

/**
 * The sentence reports what an examining found with no one named as its subject: 参加者を4つのグループに
 * 分けて分析したところ、…リスクが19%低かった — the study in force goes on. 市が調べたところ names its own.
 */
export function subjectlessFinding(tokens: readonly Token[], v: SentenceView): boolean {
  for (let i = v.first; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (isSurveyor(t)) return false;
    const examines = isVerb(t) || (isSahenNoun(t) && tokens[i + 1]?.basic === 'する');
    if (examines && findingClause(tokens, i, v.end)) return true;
  }
  return false;
}

/** The sentence names a survey (世論調査, アンケート, 各社の調査を比べると). */
export function namesSurvey(sentence: string): boolean {
  return SURVEY.test(sentence);
}

/** A cue that names a survey as its report: アンケートで, 調査では, 意識調査の結果を発表した. */
export function isSurveyCue(cue: Cue, sentence: string, sentenceStart: number): boolean {
  if (SURVEY.test(cue.cue)) return true;
  return (
    cue.kind === 'announce' &&
    SURVEY.test(sentence.slice(cue.contentStart - sentenceStart, cue.contentEnd - sentenceStart))
  );
}

/** 「…と答えた」, 「…と回答した」: what respondents say (the subject is a share of them, or left out). */
export function isAnswer(cue: Cue): boolean {
  return (cue.kind === 'quote' || cue.kind === 'announce') && /答え|回答/.test(cue.cue);
}

// 支持しないと答えた人は45％, と回答した割合: respondents named by what they answered.
const RESPONDENTS = /と(?:答え|回答し)た(?:人|方|割合|回答者|世帯|企業|社)/;

/** The words that count respondents by their answer (「支持しないと答えた人は45％」 → と答えた人), or null. */
export function countsRespondents(sentence: string): string | null {
  return RESPONDENTS.exec(sentence)?.[0] ?? null;
}
