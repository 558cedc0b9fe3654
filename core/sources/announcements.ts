import { AGREEING_SAHEN, LATER_NOUNS, ORDERING_VERBS } from '../lexicon/reporting-cues';
import {
  isAdverb,
  isAdverbialNoun,
  isAuxiliary,
  isCaseParticle,
  isConjunction,
  isDependent,
  isGenitive,
  isNoun,
  isParticle,
  isPrefix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { announcementAt, compiledReport, endsClause, pastEndings, verbWord } from './announcement-verbs';
import { benchOf } from './bench';
import { isReportPhrase, relayedBy } from './chains';
import { clauseStart } from './clauses';
import { type Cue, depthAt, type SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import { afterNominalObject } from './nominal-object';
import { hasTopic } from './plain-topic';
import { cueText } from './quote-shape';
import { reportContentTo } from './report-content';
import { subjectAfterObject } from './report-owner';
import type { VerbMatch } from './reporting-verbs';
import { toldTailCloses } from './told-tail';
import { findTopic, type Speaker, speakerBefore } from './topic';
import { isDateWord, isManner } from './verb-adjuncts';

/**
 * Announcements with no quoting と: 「米子会社は12日、新型機を公開した」, 「総務省が試算をまとめた」,
 * 「地元当局者が17日、AFPに明らかにした」. The speaker is the clause's topic or subject; the content is
 * what lies between the speaker and the verb. A verb inside a relative clause (発表した推計) is skipped.
 */
export function findAnnounceCues(text: string, tokens: readonly Token[], v: SentenceView, used: Set<number>): Cue[] {
  const out: Cue[] = [];
  // Where the clause after the last announcement found starts: 会社側は…を提示し、|組合側は2万円を求めた.
  let clause = v.first;
  for (let i = v.first; i < v.end; i++) {
    if (used.has(i) || depthAt(v, i) > 0) continue;
    // 業界団体が今月まとめた集計: a report someone compiled is theirs, as one they published.
    const compiled = compiledReport(tokens, i);
    const rel = compiled && publishedReport(tokens, v, compiled);
    if (rel) {
      out.push(rel);
      continue;
    }
    const verb = announcementAt(tokens, i);
    if (!verb || verb.passive || yetToCome(tokens, verb)) continue;
    if (!endsClause(tokens, verb.last + 1) && !relayedTelling(tokens, verb)) {
      // 内閣府が15日発表した速報値は…: a published report's figures are its publisher's.
      const rel = verb.announce ? publishedReport(tokens, v, verb) : null;
      if (rel) out.push(rel);
      continue;
    }
    // The quoting と of 「…と発表した」 belongs to quoted-speech.ts.
    const before = tokens[i - 1]?.surface === '、' ? tokens[i - 2] : tokens[i - 1];
    if (before?.surface === 'と') continue;
    // A later clause's own topic speaks for it; with none, the sentence's.
    const split = Math.max(clause, afterVerbClause(tokens, v, clause, i));
    const later = split > v.first ? findTopic(tokens, v, split, i, true) : null;
    // …約2400人で、うち女性は495人だったとする集計を公表した: people counted after a comma inside the
    // report's own words (…とする集計) are its content, not the announcer of a later clause (県が…とする案を).
    const counted = later?.type === 'anonymous' && reportContentTo(tokens, v, clause, i) >= 0;
    const from = counted ? clause : split;
    const own = counted ? null : later;
    const topic = own ?? findTopic(tokens, v, v.first, i, true);
    // …との研究結果を、東和大学などの研究チームが発表した: the subject after the object, not the result's topic.
    const after = topic ? subjectAfterObject(tokens, v, topic.phrase.next, i) : null;
    const found = after ?? topic ?? subjectSetApart(tokens, v, clause, i);
    const agreed = found && AGREEING_SAHEN.has(verb.verb) ? withPartner(tokens, found, v.first) : found;
    // 山内理恵裁判長は…約8600万円の支払いを命じた: a judge's order is the court's ruling (bench.ts).
    const bench =
      agreed && ORDERING_VERBS.has(verbWord(tokens[i] as Token)) ? benchOf(text, tokens, agreed) : undefined;
    if (bench === null) continue;
    const who = bench ?? agreed;
    // 提言では、…よう求めている: a demand with no one making it in its clause is the document's (or
    // its author's) account, read by documents.ts — no cue of its own.
    if (verb.demand && !who) continue;
    // 山田さんは市に開発を届け出た: a person's filing is a deed of theirs, which publishes nothing.
    if (verb.filing && (!who || who.type === 'person' || who.type === 'anonymous')) continue;
    used.add(i);
    out.push({
      kind: 'announce',
      speaker: who?.phrase ?? null,
      type: who?.type ?? null,
      cue: cueText(tokens, verb),
      // 米子会社は…を公開した: what follows the topic; 「…発射したことを、韓国軍が発表した」: the whole clause.
      contentStart: Math.max(
        who && tokens[who.phrase.next]?.surface === 'は' ? who.phrase.end : v.sentence.start,
        // …2人が目撃しており、各メディアも報じた: a clause's own topic speaks for its clause alone — but
        // …6.3%となり、…超えることを厚生省が明らかにした: after こと as its object, for the whole chain.
        own && from > clause && !afterNominalObject(tokens, own.phrase.first) ? (tokens[from] as Token).start : 0,
      ),
      contentEnd: resultFollows(tokens, v, verb) ? v.sentence.end : (tokens[i] as Token).start,
      announce: verb.announce,
      via: who ? relayedBy(text, tokens, who.phrase.last + 1, who.phrase.end, verb.first) : null,
      implicit: !who && !hasTopic(tokens, v, v.first, i),
      deed: verb.deed,
    });
    clause = clauseAfter(tokens, v, verb.last);
  }
  return out;
}

/**
 * 球団は…ことも伝えたという。: the writer relays that the topic told it; the topic still announced it
 * (told-tail.ts). Only a telling: a demand or a deed relayed (友人が…助けを求めたということです) tells nothing.
 */
function relayedTelling(tokens: readonly Token[], verb: VerbMatch): boolean {
  if (verb.demand || verb.deed || verb.filing || verb.received) return false;
  return toldTailCloses(tokens, pastEndings(tokens, verb.last + 1));
}

/**
 * 東和労組と経営側は…で合意した: the party agreed with (と as a case particle, not a list) is one side of
 * the agreement — both sides make it, written as one name.
 */
function withPartner(tokens: readonly Token[], who: Speaker, lo: number): Speaker {
  const to = tokens[who.phrase.first - 1];
  if (to?.surface !== 'と' || !isCaseParticle(to)) return who;
  const partner = speakerBefore(tokens, who.phrase.first - 1, lo);
  if (!partner) return who;
  const p = partner.phrase;
  const w = who.phrase;
  const phrase = {
    ...w,
    text: `${p.text}と${w.text}`,
    start: p.start,
    first: p.first,
    hasPerson: p.hasPerson || w.hasPerson,
    hasProper: p.hasProper || w.hasProper,
  };
  return { phrase, type: who.type };
}

/**
 * 東和大学などの研究チームが、…リスクが約1.3倍高いとの研究結果をまとめた: a subject set apart by a comma
 * is the announcer, past the subjects of the clause it announces (リスクが), which name no party.
 */
function subjectSetApart(tokens: readonly Token[], v: SentenceView, lo: number, hi: number): Speaker | null {
  for (let k = lo + 1; k < hi; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0 || t.surface !== 'が' || !isCaseParticle(t) || tokens[k + 1]?.surface !== '、') continue;
    return speakerBefore(tokens, k, lo);
  }
  return null;
}

/** The token after the 、 that closes the clause of the verb ending at `last` (v.end when none). */
function clauseAfter(tokens: readonly Token[], v: SentenceView, last: number): number {
  for (let k = last + 1; k < v.end; k++) if ((tokens[k] as Token).surface === '、' && depthAt(v, k) === 0) return k + 1;
  return v.end;
}

/**
 * 男は…として起訴され、東和地裁は…判決を言い渡した: a clause closed by a verb and a comma (され、, 開き、)
 * ends what its topic did; a topic after it is the one the next verb's clause is about. `lo` when none.
 * So does one closed by the copula (この調査は、文部科学省が毎年行っているもので、県教委が31日、県内の結果を
 * 公表した): what the topic is, told first, and then who did the next clause's deed.
 */
function afterVerbClause(tokens: readonly Token[], v: SentenceView, lo: number, hi: number): number {
  for (let k = hi - 1; k > lo; k--) {
    if ((tokens[k] as Token).surface !== '、' || depthAt(v, k) > 0) continue;
    if (isVerb(tokens[k - 1]) || isCopulaContinuative(tokens[k - 1])) return k + 1;
  }
  return lo;
}

/** で as the copula's continuative form (…もので、, …企業で、), not the case particle (会見で、). */
function isCopulaContinuative(t: Token | undefined): boolean {
  return !!t && t.surface === 'で' && isAuxiliary(t) && t.basic === 'だ';
}

// 発表する予定だ / 公表する方針: what is to be announced, not yet announced.
const LATER: ReadonlySet<string> = new Set(['。', ...LATER_NOUNS]);

/**
 * 10日にも発表する。 / 月内に公表する予定だ: an announcement still to come (a する verb in its plain
 * non-past form, closing the sentence or before a plan word) puts nothing on record yet — a scoop's
 * figures are the outlet's, not the body's that will announce them.
 */
function yetToCome(tokens: readonly Token[], verb: VerbMatch): boolean {
  const last = tokens[verb.last] as Token;
  // 発表する, 公表する: a deed to come; a stance held (目標を掲げる, 見方を示す) is in force now.
  if (!isVerb(last) || last.surface !== 'する' || last.basic !== 'する') return false;
  const next = tokens[verb.last + 1];
  return !!next && (LATER.has(next.surface) || (next.surface === 'こと' && tokens[verb.last + 2]?.surface === 'に'));
}

/**
 * 連合は…集計の結果を公表し、賃上げ率は5.28%と…上回った: a report announced in a clause that goes on
 * (連用形 and a comma) is what the rest of the sentence gives the figures of.
 */
function resultFollows(tokens: readonly Token[], v: SentenceView, verb: VerbMatch): boolean {
  if (tokens[verb.last + 1]?.surface !== '、' || !isVerb(tokens[verb.last])) return false;
  const wo = tokens[verb.first - 1];
  if (wo?.surface !== 'を') return false;
  const object = phraseEndingAt(tokens, verb.first - 2, v.first);
  return !!object && isReportPhrase(object);
}

/**
 * 「XがN日発表したY」: X, for the whole sentence (the figures are the report's). Starts from the verb and
 * wants the が right before it, past only dates and manners (内閣府が15日発表した), with X a speaker
 * speakerBefore() accepts. report-owner.ts publisherBefore() answers the same question from the report
 * noun of a cue (…が公表した資料によると) more loosely — the first が back to a comma, a katakana name
 * allowed (アオイ化成が関係者に配布した資料) — for a cue that already says a report is cited; this one
 * finds the report in a plain sentence with no such cue, so it asks more of the subject. One cannot
 * call the other without changing what either finds, so both stay.
 */
function publishedReport(tokens: readonly Token[], v: SentenceView, verb: VerbMatch): Cue | null {
  let k = verb.last + 1;
  while (isAuxiliary(tokens[k])) k++;
  // 発表した第3四半期決算: a report named from a prefix (第, 前) is a noun all the same.
  if (isPrefix(tokens[k]) && isNoun(tokens[k + 1])) k++;
  if (!isNoun(tokens[k]) || isDependent(tokens[k])) return null;
  let g = verb.first - 1;
  // skip a date between the subject and the verb: 内閣府が15日発表した, 15日に発表した; and a manner:
  // 独自に算出した
  const datedNi = (k: number) => tokens[k]?.surface === 'に' && isDateWord(tokens[k - 1] as Token);
  while (g > v.first && (isDateWord(tokens[g] as Token) || datedNi(g) || isManner(tokens, g))) g--;
  g = beforeBasis(tokens, v, g);
  const s = v.sentence;
  const subject = tokens[g]?.surface === 'が';
  const who = subject ? speakerBefore(tokens, g, v.first) : null;
  // 「同時に発表した12月の着工戸数は…」: a publisher left unwritten is the one in force — the body whose
  // release the article is reporting, resolved by the caller.
  if (!who && (subject || !opensSentence(tokens, v, g))) return null;
  if (who && countedUnderReport(tokens, v, g, k)) return null;
  return {
    kind: 'according',
    speaker: who?.phrase ?? null,
    type: who?.type ?? null,
    cue: cueText(tokens, verb),
    ...(who ? { aside: isObject(tokens, v, k) } : { unowned: true }),
    // …と見込んでいるが、Xがまとめた予測は…: the report is the second clause's.
    contentStart: who ? clauseStart(tokens, v, who.phrase.first) : s.start,
    contentEnd: who ? causeEnd(tokens, v, k) : s.end,
    announce: false,
    via: null,
    published: true,
  };
}

// 東和リサーチの調べでは、 / 県警によると、: a report cited at the head of the sentence.
const REPORT_OPENING = /(?:では|によると|によれば|によりますと)、/;

/**
 * 東和リサーチの調べでは、上場企業が昨年公表した情報漏えい事故は175件だった: what the companies announced
 * (incidents, not a report) is what the report at the head of the sentence counts — its figures are
 * the report's, not the publishers'. `g` is the publisher's が, `k` the first noun after the verb.
 */
function countedUnderReport(tokens: readonly Token[], v: SentenceView, g: number, k: number): boolean {
  const s = v.sentence;
  const before = s.text.slice(0, (tokens[g] as Token).start - s.start);
  if (!REPORT_OPENING.test(before)) return false;
  for (let i = k + 1; i < Math.min(v.end, k + 12); i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (t.surface === '、' || t.surface === '。') return false;
    if ((t.surface === 'は' || t.surface === 'が') && isParticle(t)) {
      const thing = phraseEndingAt(tokens, i - 1, k);
      return !!thing && !isReportPhrase(thing);
    }
  }
  return false;
}

/**
 * True when nothing but connectives and adverbs come before token `g` in the sentence (同時に発表した…,
 * また、あわせて公表した…): the report's publisher is left unwritten.
 */
function opensSentence(tokens: readonly Token[], v: SentenceView, g: number): boolean {
  for (let k = v.first; k <= g; k++) {
    const t = tokens[k] as Token;
    if (!(t.surface === '、' || t.surface === 'に' || isAdverb(t) || isAdverbialNoun(t) || isConjunction(t)))
      return false;
  }
  return true;
}

// The particles that make a report a topic or subject of its sentence (…が発表した推計は / では / も / が).
const TOPIC_PARTICLES = new Set(['は', 'が', 'も', 'で']);

/**
 * 「Xが集計した予想の平均値480億円を上回った」: the report's noun phrase (from token `k`) is the object
 * or the measure of another predicate, not what the sentence is about.
 */
/**
 * 総務省が公表した速報値を受け、北浜市は…22万人だったと発表した: a report that a を受け(て) clause names is
 * what the main clause answers, not its frame — its figures end with that clause. Else the sentence's end.
 */
function causeEnd(tokens: readonly Token[], v: SentenceView, k: number): number {
  let e = k;
  while (e < v.end && (isNoun(tokens[e]) || isGenitive(tokens[e]))) e++;
  if (tokens[e]?.surface !== 'を' || tokens[e + 1]?.basic !== '受ける') return v.sentence.end;
  for (let i = e + 2; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (t.surface === '、' && depthAt(v, i) === 0) return t.start;
    if (!isParticle(t) && !isAuxiliary(t)) break;
  }
  return v.sentence.end;
}

function isObject(tokens: readonly Token[], v: SentenceView, k: number): boolean {
  let e = k;
  while (e < v.end && (isNoun(tokens[e]) || isGenitive(tokens[e]))) e++;
  const t = tokens[e];
  // …が発表した輸送実績によりますと / によると / によれば: the report cited, framing the sentence.
  if (t?.surface === 'に' && tokens[e + 1]?.basic === 'よる') return false;
  return !!t && isParticle(t) && !TOPIC_PARTICLES.has(t.surface);
}

/**
 * The token before what a figure was worked out from, between a subject and its verb, ending at `g`:
 * 東和署が[周辺の人出などから]推計した, 研究所が[統計をもとに]試算した. `g` itself when there is none.
 */
function beforeBasis(tokens: readonly Token[], v: SentenceView, g: number): number {
  let k = g;
  const t = tokens[k];
  if (t?.surface === 'から' && isCaseParticle(t)) k--;
  else if (t?.surface === 'に' && /^(?:もと|基)$/.test(tokens[k - 1]?.surface ?? '') && tokens[k - 2]?.surface === 'を')
    k -= 3;
  else return g;
  const last = k;
  while (k > v.first && (isNoun(tokens[k]) || isGenitive(tokens[k]) || tokens[k]?.surface === 'など')) k--;
  return k < last && isNoun(tokens[k + 1]) ? k : g;
}
