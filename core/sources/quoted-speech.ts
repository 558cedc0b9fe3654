import {
  ANNOUNCE_REPORT_VERBS,
  ANNOUNCE_SAHEN,
  COMPILING_SAHEN,
  FIGURING_VERBS,
  REPORTING_IDIOMS,
  REPORTING_SAHEN,
  REPORTING_VERBS,
} from '../lexicon/reporting-cues';
import { TIME_SUFFIXES } from '../lexicon/source-nouns';
import {
  isAuxiliary,
  isConjunctiveParticle,
  isDependent,
  isFinalParticle,
  isNoun,
  isNumeral,
  isParallelParticle,
  isParticle,
  isPredicateWord,
  isPrefix,
  isSuffix,
  isVerb,
} from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { chainedSource, relayedBy, splitChain } from './chains';
import { passiveAgent, senderIn, speaksIn } from './clause-speakers';
import { cleftSpeaker, closingSpeaker } from './cleft';
import { type Cue, depthAt, type SentenceView, speakerlessCue } from './cue';
import { deniedClaimAt } from './denied-claims';
import { isParallelTo, isPredicateEnd } from './false-friends';

import { hearsaySouAt, hearsayTokaAt } from './hearsay';
import { mannerNounAt } from './manner-nouns';
import { mannerVerbAt } from './manner-verbs';
import { type NamePhrase, phraseStartingAt } from './name-phrase';
import { opinionAt } from './opinions';
import { hasTopic, plainTopic, shortTopic } from './plain-topic';
import { leadBefore } from './quote-lead';
import { closingQuoteVerb, cueText, isClauseEnd, modifiesNoun, quoteStart } from './quote-shape';
import { speakerGoingOn, topicAfter } from './quote-topics';
import { reportingVerbAt, type VerbMatch } from './reporting-verbs';
import { sourceTypeOf } from './source-type';
import { findTopic, type Speaker } from './topic';
import { turnedSpeaker } from './turned-speaker';

const SPEAKER_PARTICLES = new Set(['は', 'が', 'も']);
const MAX_GAP = 24;
const RECIPIENT_GAP = 10; // tokens between the speaker and the verb: と韓国の李成権議員は6月、…を引用して述べた
// と述べた上で / と語った後: time and manner nouns, not a described person.

/**
 * Quoted speech and reporting verbs after a quoting と, in every word order:
 * 「…」と田中社長は述べた / …と、欧米の当局者は推定している / Xは「…」と語った / …としている.
 * The と is matched by the character (kuromoji tags 「、とCNNは報じた」's と as a filler).
 * Passive forms (と報じられている, とされる, とみられる) and という become hearsay cues.
 */
export function findQuoteCues(text: string, tokens: readonly Token[], v: SentenceView, used: Set<number>): Cue[] {
  const out: Cue[] = [];
  let clause = v.first;
  let chained: Speaker | null = null;
  for (let i = v.first; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    // …横断できるという。 / …爆発したということです。
    if (t.surface === 'という' && isClauseEnd(tokens, i + 1)) {
      out.push(hearsay(tokens, clause, i, 'という'));
      clause = i + 1;
      continue;
    }
    // …売れなかったのだそう。 / …一番伸びたそうで、 / …売れたのだとか。
    const sou = hearsaySouAt(tokens, i) ?? (hearsayTokaAt(tokens, i) ? 'とか' : null);
    if (sou) {
      out.push(hearsay(tokens, clause, i, sou));
      clause = i + 1;
      continue;
    }
    // …とする野党の主張を否定した: a claim quoted to be rejected is its holder's, and with no holder written
    // (…とする見方を否定した) no one's — never the denier's.
    const denied = t.surface === 'と' || t.surface === 'という' ? deniedClaimAt(tokens, v, i) : null;
    if (denied) {
      used.add(denied.verb);
      const from = quoteStart(tokens, v, i) ?? (tokens[clause] as Token).start;
      const { holder } = denied;
      const quoted = speakerlessCue('quote', denied.cue, from, t.start);
      out.push(
        holder
          ? { ...quoted, speaker: holder.phrase, type: holder.type }
          : { ...hearsay(tokens, clause, i, denied.cue), opinion: true },
      );
      clause = denied.verb + 2;
      continue;
    }
    if (t.surface !== 'と' && t.surface !== 'として') continue;
    // …にとどまるとの分析もある / …との見方が強い: a view held by people the article does not name.
    // …との報告が寄せられた is no one's view when the clause says whom it came from (北辰町からは).
    const sent = reportingVerbAt(tokens, i + 1, true)?.received && senderIn(tokens, v, clause, i);
    const opinion = t.surface === 'と' && !sent ? opinionAt(tokens, v, i) : null;
    // …との見方が市場関係者の間で出ている: a view whose holders are written is theirs.
    if (opinion?.holder) {
      const from = quoteStart(tokens, v, i) ?? (tokens[clause] as Token).start;
      const { phrase, type } = opinion.holder;
      out.push({ ...speakerlessCue('quote', opinion.cue, from, t.start), speaker: phrase, type });
      clause = i + 1;
      continue;
    }
    if (opinion) {
      out.push({ ...hearsay(tokens, clause, i, opinion.cue), opinion: true });
      clause = i + 1;
      continue;
    }
    const found = t.surface === 'と' ? afterQuotingTo(tokens, v, i) : asClaimOf(tokens, v, i);
    if (!found) continue;
    const { verb, speaker } = found;
    used.add(verb.first);
    const cue = t.surface === 'として' ? t.surface : `と${cueText(tokens, verb)}`;
    // 被害額は、県によって約12億円と推計されている: a passive with its agent written reports the agent.
    const agent = verb.passive && !found.hearsay ? passiveAgent(tokens, v, clause, i, verb) : null;
    if (agent) {
      const from = quoteStart(tokens, v, i) ?? (tokens[clause] as Token).start;
      out.push({ ...speakerlessCue('quote', cue, from, t.start), speaker: agent.phrase, type: agent.type });
      clause = verb.last + 1;
      continue;
    }
    if (verb.passive || found.hearsay) {
      out.push(hearsay(tokens, clause, i, cue));
      // …2万人に上るとみられる、と県は推計している: the hearsay is itself quoted, so the clause runs on
      // to the outer と and its speaker.
      let next = verb.last + 1;
      while (isAuxiliary(tokens[next]) || isSuffix(tokens[next])) next++; // み|られる
      if (tokens[next]?.surface === '、') next++;
      if (tokens[next]?.surface !== 'と') clause = verb.last + 1;
      continue;
    }
    const opened = quoteStart(tokens, v, i);
    // …に達する見通しで、「…」とみている / …が続けば、「…」とみている: the clause leading in is the speaker's.
    const outlook = opened === null ? null : leadBefore(tokens, v, tokenAt(tokens, opened), clause);
    let contentStart = outlook ?? opened ?? (tokens[clause] as Token).start;
    let who: Speaker | null = speaker;
    let borrows = false;
    if (!who) {
      who =
        turnedSpeaker(tokens, v, clause, i) ??
        findTopic(tokens, v, clause, i, false) ??
        (isStrong(tokens, verb) || speaksIn(tokens, v, clause, i) ? plainTopic(tokens, v, clause, i) : null);
      if (who) contentStart = Math.max(contentStart, who.phrase.end);
      const goesOn: Speaker | null | undefined = who ? speakerGoingOn(tokens, v, who, chained) : undefined;
      if (goesOn !== undefined && goesOn !== who) {
        who = goesOn;
        borrows = !goesOn;
      }
      if (!who && tokens[verb.last + 1]?.surface === '、') who = topicAfter(tokens, v, verb.last + 2);
      if (!who && verb.received) who = senderIn(tokens, v, clause, i);
      // 国連は、…が多いとみており、実際の死者は300人を上回ると述べた: a clause with no speaker of its
      // own that a speaker's clause ran on into is still that speaker's.
      who ??= chained;
    }
    const from = who ? Math.min(who.phrase.end, t.end) : t.end;
    const to = (tokens[verb.first] as Token).start;
    const relay = who ? relayedBy(text, tokens, who.phrase.last + 1, who.phrase.end, verb.first) : null;
    // 「XがYの分析を引用して報じた」 → Y via X, when X is a medium relaying Y.
    const chain =
      who?.type === 'media'
        ? splitChain(who.phrase, chainedSource(text, tokens, tokenAt(tokens, from), from, to))
        : null;
    out.push({
      kind: 'quote',
      speaker: chain?.source?.phrase ?? who?.phrase ?? null,
      type: chain?.source?.type ?? who?.type ?? null,
      cue,
      contentStart,
      contentEnd: t.start,
      announce: verb.announce,
      via: chain?.via ?? relay,
      implicit: borrows || (!who && !hasTopic(tokens, v, clause, i, isStrong(tokens, verb))),
      shortTopic: who ? null : shortTopic(tokens, v, clause, i),
      // 「最後は足が止まった」と山田。: words in brackets are the speaker's own, not an account of the
      // sentences before (…と、同社の広報担当者は説明した is).
      postposed:
        t.surface === 'と' &&
        clause === v.first &&
        !!speaker &&
        speaker.phrase.start > t.start &&
        quoteStart(tokens, v, i) === null,
    });
    // …と分析し、…: a clause that runs on keeps its speaker for the next.
    chained = runsOn(tokens, verb.last + 1) ? who : null;
    clause = verb.last + 1;
  }
  return out;
}

/** …と分析し、 / …とみており、 / …としていて、: the verb's clause runs on past its endings to a comma. */
function runsOn(tokens: readonly Token[], k: number): boolean {
  let i = k;
  for (; i < k + 4; i++) {
    const t = tokens[i];
    if (!t || !(isAuxiliary(t) || t.surface === 'て' || (isVerb(t) && isDependent(t)))) break;
  }
  return tokens[i]?.surface === '、';
}

interface AfterTo {
  verb: VerbMatch;
  speaker: Speaker | null;
  hearsay?: boolean;
}

/** What follows a quoting と at token `i`: a reporting verb, possibly with its speaker first. */
function afterQuotingTo(tokens: readonly Token[], v: SentenceView, i: number): AfterTo | null {
  let prev = i - 1;
  if (tokens[prev]?.surface === '、') prev--;
  if (prev < v.first) return null;
  const predicate = isPredicateEnd(tokens[prev] as Token);
  let j = i + 1;
  if (tokens[j]?.surface === '、') j++;
  if (tokens[j]?.surface === 'も') j++; // 「…」とも語った
  const first = tokens[j];
  if (!first) return null;
  // といいます / という: hearsay with no speaker.
  if ((first.basic === 'いう' || first.basic === '言う') && isClauseEnd(tokens, j + 1)) {
    return { verb: { first: j, last: j, passive: true, announce: false, verb: first.surface }, speaker: null };
  }
  // …とのことです: hearsay.
  if (first.surface === 'の' && tokens[j + 1]?.surface === 'こと' && isClauseEnd(tokens, j + 2)) {
    return { verb: { first: j, last: j + 1, passive: true, announce: false, verb: 'のこと' }, speaker: null };
  }
  const idiom = idiomAt(tokens, j);
  if (idiom) return { verb: idiom, speaker: null };
  const direct = reportingVerbAt(tokens, j, true);
  const quoted = /^[」』]$/.test((tokens[prev] as Token).surface);
  // 「…」と山田さん。 / 「…」と話す店主の山田さん。: a speaker closing the sentence, with the verb left
  // out or describing them.
  const described = direct && !direct.passive;
  const closing = quoted ? closingSpeaker(tokens, v, described ? direct.last + 1 : j) : null;
  // The cue is と話す, or と alone when the verb is left out.
  const elided = { first: j, last: j - 1, passive: false, announce: false, verb: '' };
  if (closing) return { verb: described ? direct : elided, speaker: closing };
  // 「…」と話すのは、…田中良子さん（58）だ: the speaker comes last, in a cleft.
  const cleft = direct && !direct.passive ? cleftSpeaker(tokens, v, direct.last + 1) : null;
  if (direct && cleft) return { verb: direct, speaker: cleft };
  // …と指摘する声もある / と話す住民: a relative clause describes someone, it does not report.
  if (direct && modifiesNoun(tokens, direct.last + 1)) return null;
  // 約12万人と推計している: after a noun too, unless kuromoji reads と as "and".
  // 成長率を1.2%と予想している: kuromoji may tag that と as "and", but a verb follows it (予想|し), not
  // a second noun — だ and する make no pair of nouns.
  const conjugated = direct && (isVerb(tokens[direct.first]) || direct.last > direct.first);
  if (direct) return predicate || conjugated || !isParallelParticle(tokens[i]) ? { verb: direct, speaker: null } : null;
  // …寄せられた相談は約7,800件と、北浜センターはまとめている: a figure quoted before と and a comma (a
  // pair of names has no comma after its と).
  if (!predicate && tokens[i + 1]?.surface === '、' && endsFigure(tokens, prev)) {
    const sp = speakerAt(tokens, v, j);
    const verb = sp ? closingQuoteVerb(tokens, v, sp.phrase.next + 1) : null;
    return sp && verb && worksOut(tokens[verb.first] as Token) ? { verb, speaker: sp } : null;
  }
  if (!predicate || isParallelTo(tokens, i)) return null;
  if (first.basic === 'する' && tokens[j + 1]?.surface === 'て') return claimant(tokens, v, j + 2, j, j + 1);
  // 「…」と笑う / 「…」と目を細めた: after a direct quote, how it was said is a verb of speech.
  const sp = speakerAt(tokens, v, j, true);
  if (!sp) {
    const described = predicate && !isConjunctiveParticle(tokens[i]) ? describedSpeaker(tokens, v, j) : null;
    if (described) return described;
    return toRecipient(tokens, v, j) ?? (quoted ? manner(tokens, v, j, null) : null);
  }
  for (let k = sp.phrase.next + 1; k < v.end && k < sp.phrase.next + 1 + MAX_GAP; k++) {
    const s = (tokens[k] as Token).surface;
    if (s === '。' || s === '「' || (s === 'と' && depthAt(v, k) === 0)) break;
    const verb = reportingVerbAt(tokens, k, false);
    if (verb) return verb.passive ? null : { verb, speaker: sp };
  }
  // …４割強を占めた、と県選管はまとめている: any verb closing the sentence after the speaker governs the と.
  // 駅に着くと、係員はすぐに駆け寄った: a conditional と (接続助詞) quotes nothing.
  const quoting = predicate && !isConjunctiveParticle(tokens[i]);
  const governing = quoting ? closingQuoteVerb(tokens, v, sp.phrase.next + 1) : null;
  if (governing) return { verb: governing, speaker: sp };
  // 「…」と店主の佐々木さん（72）は笑う
  return quoted ? manner(tokens, v, sp.phrase.next + 1, sp) : null;
}

/**
 * まとめる, 集計する, 分析する, はじき出す: a verb that reports or works a figure out, which alone takes a
 * bare figure before と and a comma as its party's — 苦戦した, 回復した say how the party fared.
 */
function worksOut(t: Token): boolean {
  const w = t.basic === '*' ? t.surface : t.basic;
  return [
    REPORTING_VERBS,
    REPORTING_SAHEN,
    ANNOUNCE_REPORT_VERBS,
    ANNOUNCE_SAHEN,
    COMPILING_SAHEN,
    FIGURING_VERBS,
  ].some((set) => set.has(w));
}

/** 7,800|件, 3|割, 12|%: the token at `k` ends a figure (a numeral, or a counter or unit after one). */
function endsFigure(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return isNumeral(t) || ((isSuffix(t) || /^[%％]$/.test(t.surface)) && isNumeral(tokens[k - 1]));
}

// How many tokens a clause describing the speaker may take: 運営する, 調査を行った, 加盟する.
const DESCRIBING_GAP = 5;

/**
 * …20代以下だった、と運営する南海ネットは分析している: a speaker after a short clause that describes
 * it (a verb in its plain or past form right before the name), then a verb closing the sentence.
 */
function describedSpeaker(tokens: readonly Token[], v: SentenceView, j: number): AfterTo | null {
  for (let m = j + 1; m <= j + DESCRIBING_GAP && m < v.end; m++) {
    const t = tokens[m - 1] as Token;
    const ends = (isVerb(t) && t.surface === t.basic) || (isAuxiliary(t) && t.basic === 'た');
    if (t.surface === '、' || t.surface === 'と' || depthAt(v, m - 1) > 0) return null;
    if (!ends) continue;
    const sp = speakerAt(tokens, v, m);
    const verb = sp ? closingQuoteVerb(tokens, v, sp.phrase.next + 1) : null;
    return sp && verb ? { verb, speaker: sp } : null;
  }
  return null;
}

/** A verb of manner after a direct quote, with its speaker: written before it, or after it in a cleft. */
function manner(tokens: readonly Token[], v: SentenceView, k: number, sp: Speaker | null): AfterTo | null {
  // 「…」と興奮気味。: a noun of manner closing the sentence stands for the verb (manner-nouns.ts).
  const verb = mannerVerbAt(tokens, v, k) ?? mannerNounAt(tokens, v, k);
  if (!verb) return null;
  return { verb, speaker: sp ?? cleftSpeaker(tokens, v, verb.last + 1) };
}

/**
 * …拘束してきたとして公正取引委員会が是正を求めた: として + a named party reports that party's claim.
 * 弁護側は「受け取ったのは月20万円前後にすぎない」として、…を求めた: a quoted statement given as a
 * reason is the claim of the clause's subject, named before it. A quoted name is not a statement:
 * 政府は「異次元の対策」として3兆円を投じる.
 */
function asClaimOf(tokens: readonly Token[], v: SentenceView, i: number): AfterTo | null {
  const prev = tokens[i - 1];
  if (!prev || !isPredicateEnd(prev)) return null;
  const named = claimant(tokens, v, i + 1, i, i);
  if (named || !/^[」』]$/.test(prev.surface) || !isStatement(tokens[i - 2])) return named;
  return { verb: { first: i, last: i, passive: false, announce: false, verb: 'として' }, speaker: null };
}

/** The last word of a quote says something (すぎない, 増えた, 多い, よ), not names something (対策). */
function isStatement(t: Token | undefined): boolean {
  return !!t && (isPredicateWord(t) || isFinalParticle(t));
}

function claimant(tokens: readonly Token[], v: SentenceView, at: number, first: number, last: number): AfterTo | null {
  const k = tokens[at]?.surface === '、' ? at + 1 : at;
  const sp = speakerAt(tokens, v, k);
  return sp ? { verb: { first, last, passive: false, announce: false, verb: 'として' }, speaker: sp } : null;
}

/**
 * 「…と記者団に語った」, 「…と本紙の取材に対し述べた」: a recipient or setting between と and the verb,
 * with the speaker left to the clause's topic.
 */
function toRecipient(tokens: readonly Token[], v: SentenceView, j: number): AfterTo | null {
  for (let k = j; k < v.end && k < j + RECIPIENT_GAP; k++) {
    const t = tokens[k] as Token;
    const verb = k > j ? reportingVerbAt(tokens, k, false) : null;
    if (verb) return verb.passive ? null : { verb, speaker: null };
    const filler = isNoun(t) || isPrefix(t) || isParticle(t) || t.basic === '対する' || t.surface === '、';
    // 匿名を条件にAFPに語った / 声明を通じて述べた: を that only sets the scene.
    const scene = t.surface === 'を' && /^(?:条件|通じ|通し)$/.test(tokens[k + 1]?.surface ?? '');
    if (!filler || (t.surface === 'を' && !scene) || t.surface === 'と' || t.surface === 'が' || t.surface === 'は') {
      return null;
    }
  }
  return null;
}

/** 述べた / 発表した / 語った name their speaker as topic; としている / とみている may not (利用時は…としている). */
function isStrong(tokens: readonly Token[], verb: VerbMatch): boolean {
  const t = tokens[verb.first] as Token;
  return !(t.basic === 'する' || t.basic === 'みる' || t.basic === '見る' || t.basic === 'いう' || t.basic === '言う');
}

/** 「…」と胸を張った / と自信を見せた: an idiom of speech right after と, as one verb. */
function idiomAt(tokens: readonly Token[], j: number): VerbMatch | null {
  let s = '';
  for (let k = j; k < j + 5 && tokens[k]; k++) {
    s += (tokens[k] as Token).surface;
    const hit = REPORTING_IDIOMS.find((w) => s.startsWith(w));
    if (hit) return { first: j, last: k, passive: false, announce: false, verb: hit };
  }
  return null;
}

/** A typed name phrase at token `k` followed by は/が/も: 欧米の当局者は, CNNは, 公正取引委員会が. */
function speakerAt(tokens: readonly Token[], v: SentenceView, k: number, loose = false): Speaker | null {
  const phrase: NamePhrase | null = phraseStartingAt(tokens, k, v.end);
  if (!phrase || !SPEAKER_PARTICLES.has(tokens[phrase.next]?.surface ?? '')) return null;
  const type = sourceTypeOf(phrase);
  if (type) return { phrase, type };
  // …と、東和は発表した: between と and a reporting verb, any plain name is the speaker — not a time
  // written as a suffix (「…」とレース後は唇をかんだ: 後 says when).
  if (phrase.headSuffix && TIME_SUFFIXES.has(phrase.headSuffix)) return null;
  for (let i = phrase.first; i <= phrase.last; i++) if (isNumeral(tokens[i])) return null;
  return loose ? { phrase, type: phrase.hasPerson ? 'person' : 'organization' } : null;
}

function hearsay(tokens: readonly Token[], clause: number, at: number, cue: string): Cue {
  const start = (tokens[clause] as Token).start;
  const end = (tokens[at] as Token).start;
  return speakerlessCue('hearsay', cue, start, end);
}
