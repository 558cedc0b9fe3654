import { ADVERBIAL_BEFORE_WA } from '../lexicon/adverbial-particles';
import { WHOLE_PHRASE_ANAPHORS } from '../lexicon/source-nouns';
import {
  isAuxiliary,
  isBindingParticle,
  isCaseParticle,
  isConjunctiveParticle,
  isNoun,
  isNumeral,
  isPrefix,
  isSymbol,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { type Antecedents, anaphorOf } from './anaphora';
import { isReportPhrase } from './chains';
import { type Cue, depthAt, type SentenceView } from './cue';
import { isTold } from './hearsay';
import { isKindOfBody } from './kind-of-body';
import { phraseEndingAt } from './name-phrase';
import type { Party } from './parties';
import { namesABody } from './source-type';
import { isSureBody, type Speaker, speakerBefore } from './topic';

// 北川県, 南浜市, 大阪府, 市: a Japanese local government by its division (政府 is the state).
const LOCAL_GOVERNMENT = /(?:[都道県市区町村]|[^政]府)$/;

/**
 * The body a sentence of hearsay is about, as the teller of its own deeds: 「同社は昨年4月から
 * 初任給を月額24万円に引き上げ、今春は計5人が入社する予定だという。」 → the company (同社 resolved). A
 * feature built on an interview tells what the company did as the company told it; the hearsay
 * (という, とのことだ, そうだ) is the mark of that. The outlet's own description of the same company —
 * 「従業員38人の燕ミラー工業が注目を集めている」, no hearsay — stays the outlet's; an estimate
 * (…とみられる) and a topic known only by its role (男は…という) name no teller.
 */
export function tellerOf(topic: Speaker | null, cues: readonly Cue[], mentions: Antecedents): Party | null {
  if (!topic || !cues.some(isTold)) return null;
  const { phrase, type } = topic;
  // A person's deeds told by hearsay are as often the police's account of a suspect (山田容疑者は…奪った
  // という) or a relative's as the person's own: only a body tells its own.
  if (type !== 'organization' && type !== 'government') return null;
  const ana = anaphorOf(phrase.text);
  const m = ana ? mentions.resolve(ana, phrase.start) : null;
  if (ana && !m && !WHOLE_PHRASE_ANAPHORS.has(ana)) return null;
  return { name: m?.name ?? phrase.text, type: m?.type ?? type, phrase, cue: '', via: null };
}

/**
 * The body a sentence with no cue past its first clause is about, as the doer of the deeds its clauses chain (…しており、
 * …し、…て、): 「県は昨年度、避難所を120カ所設定しており、職員約900人を動員した」 → 県, 「機構は調査結果
 * をまとめており、奨学金の利用者は約8万人だった」 → 機構. A body telling what it did over several
 * clauses is the article relaying its account. One clause alone (県は避難所を設けた) stays the
 * outlet's, and a later clause with another party as its topic or subject (…し、北山市は…) is that
 * party's deed, not the body's account: no doer then.
 */
export function doerOf(
  tokens: readonly Token[],
  v: SentenceView,
  topic: Speaker | null,
  cues: readonly Cue[],
  mentions: Antecedents,
): Party | null {
  if (!topic || (topic.type !== 'organization' && topic.type !== 'government')) return null;
  const { phrase } = topic;
  // 民間企業は…: a kind of body is what is counted, not who acts (同社 is the one named before).
  const ana = anaphorOf(phrase.text);
  if (!ana && isKindOfBody(phrase.text)) return null;
  // 平壌は…兵士を派遣しており、… / 米政府は関税を引き上げ、…145%の関税を課した: a state's acts are the
  // outlet's narration of events; a local government (北川県, 南浜市, 市) tells what it did.
  if (topic.type === 'government' && !LOCAL_GOVERNMENT.test(phrase.text)) return null;
  // 東和ペンギンズは…選手5人を補強し、開幕から10連勝した: a team (a name no word of which says it is a
  // body) plays, and its results are the outlet's report; 東和食品, 学生支援機構, 同社 are bodies by their words.
  if (topic.type === 'organization' && !namesABody(phrase.text)) return null;
  // The topic opens the sentence: nothing but a time or a scene before it (昨年度、県は…).
  for (let k = v.first; k < phrase.first; k++) if (isVerb(tokens[k]) || isAuxiliary(tokens[k])) return null;
  const link = chainLink(tokens, v, phrase.next);
  if (link < 0 || anotherParty(tokens, v, link + 1, topic) || !toldAsDone(tokens, v)) return null;
  // ヤクルトは神宮で中日に敗れ、4連敗となった: what befell the body (no object, nothing it did) is the
  // outlet's report of events; a deed has its object (避難所を設定し, 調査結果をまとめ).
  if (!hasObject(tokens, v, phrase.next, link)) return null;
  // 東和電機は新製品を発表し、株価は5%上昇した: a later clause of its own topic is the body's account
  // only when the first clause made a report (機構は調査結果をまとめており、利用者は約8万人だった).
  // 東和化学は工場で事故を起こし、従業員3人が死亡した: a later clause whose counted subject is its own
  // (従業員3人が) tells what befell them, not what the body did; its report's findings still are its.
  const ownSubject = laterTopic(tokens, v, link + 1) || countedSubject(tokens, v, link + 1);
  if (ownSubject && !madeReport(tokens, phrase.next, link)) return null;
  // 機構は調査結果をまとめており、…: a cue of the topic's own clause ends at the link; one that reaches
  // past it, or names someone else, is what the later clauses are read by.
  const at = (tokens[link] as Token).start;
  if (cues.some((c) => c.contentEnd > at || (c.speaker && c.speaker.text !== phrase.text))) return null;
  const m = ana
    ? mentions.resolve(ana, phrase.start)
    : phrase.hasProper
      ? null
      : mentions.expand(phrase.text, phrase.start);
  if (ana && !m && !WHOLE_PHRASE_ANAPHORS.has(ana)) return null;
  return { name: m?.name ?? phrase.text, type: m?.type ?? topic.type, phrase, cue: '', via: null };
}

/**
 * The comma after the topic that ends a clause running on to the next: 設定し|て|おり|、, 導入し|、,
 * 設け|て|、. A comma after a time (県は昨年度、) ends no clause. -1 when there is none.
 */
function chainLink(tokens: readonly Token[], v: SentenceView, from: number): number {
  for (let k = from; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (t.surface !== '、' || depthAt(v, k) > 0) continue;
    const before = tokens[k - 1];
    if (isVerb(before) || (isConjunctiveParticle(before) && /^[てで]$/.test(before?.surface ?? ''))) return k;
  }
  return -1;
}

/**
 * A party other than the topic as a topic or subject in tokens [from, end): 「…し、北山市は…」,
 * 「…し、山田一郎社長が…」. People by role (利用者は) or things are no other party.
 */
function anotherParty(tokens: readonly Token[], v: SentenceView, from: number, topic: Speaker): boolean {
  for (let k = from + 1; k < v.end; k++) {
    const t = tokens[k] as Token;
    const particle = (t.surface === 'は' && isBindingParticle(t)) || (t.surface === 'が' && isCaseParticle(t));
    if (!particle || depthAt(v, k) > 0) continue;
    const s = speakerBefore(tokens, k, from);
    if (!s || s.phrase.text === topic.phrase.text) continue;
    if (s.type === 'person' ? s.phrase.hasPerson : isSureBody(tokens, v, s.phrase)) return true;
  }
  return false;
}

/**
 * The sentence closes on a past (…動員した, …約8万人だった): deeds done. A plan or a deliberation
 * (政府は提言を受け、…検討する) is no account of what was done.
 */
function toldAsDone(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.end - 1;
  while (k > v.first && isSymbol(tokens[k])) k--;
  const t = tokens[k];
  return isAuxiliary(t) && t?.basic === 'た';
}

/** A topic of its own (株価は, 利用者は) in tokens [from, end) of the sentence. */
function laterTopic(tokens: readonly Token[], v: SentenceView, from: number): boolean {
  for (let k = from + 1; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (t.surface !== 'は' || !isBindingParticle(t) || depthAt(v, k) > 0) continue;
    if (!ADVERBIAL_BEFORE_WA.has((tokens[k - 1] as Token).surface)) return true;
  }
  return false;
}

/**
 * A subject with a number in it (従業員3人が, 約500人が) in tokens [from, end) of the sentence: a clause
 * of its own, counting those it tells of.
 */
function countedSubject(tokens: readonly Token[], v: SentenceView, from: number): boolean {
  for (let k = from + 1; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (t.surface !== 'が' || !isCaseParticle(t) || depthAt(v, k) > 0) continue;
    for (let j = k - 1; j > from && (isNoun(tokens[j]) || isPrefix(tokens[j])); j--)
      if (isNumeral(tokens[j])) return true;
  }
  return false;
}

/** The clause in tokens [from, to) has a report as its object: 調査結果を|まとめ, 推計を|公表し. */
function madeReport(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.surface !== 'を' || !isCaseParticle(t)) continue;
    const p = phraseEndingAt(tokens, k - 1, from);
    if (p && isReportPhrase(p)) return true;
  }
  return false;
}

/** The clause in tokens [from, to) has an object: 避難所を|…設定し. */
function hasObject(tokens: readonly Token[], v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.surface === 'を' && isCaseParticle(t) && depthAt(v, k) === 0) return true;
  }
  return false;
}
