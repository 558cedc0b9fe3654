import { AUTHOR_VOICES } from '../lexicon/documents';
import { COMPILED_ACCOUNTS } from '../lexicon/own-accounts';
import {
  AGREEING_SAHEN,
  ANNOUNCE_REPORT_SAHEN,
  ANNOUNCE_REPORT_VERBS,
  COMPILING_SAHEN,
  DECIDED_PLANS,
  DECIDING_VERBS,
  DEMANDING_VERBS,
  FILING_VERBS,
  LATER_NOUNS,
  NO_TO_EXCLUDED,
  ORDERING_VERBS,
  RULING_ISSUE_VERBS,
  RULING_VERBS,
} from '../lexicon/reporting-cues';
import {
  isAdjectivalNoun,
  isAdverb,
  isAdverbialNoun,
  isAuxiliary,
  isBindingParticle,
  isCaseParticle,
  isConjunction,
  isConjunctiveParticle,
  isDependent,
  isGenitive,
  isNoun,
  isNumeral,
  isParticle,
  isPassive,
  isPrefix,
  isSuffix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { benchOf } from './bench';
import { isReportPhrase, relayedBy } from './chains';
import { clauseStart } from './clauses';
import { type Cue, depthAt, type SentenceView } from './cue';
import { phraseEndingAt } from './name-phrase';
import { hasTopic } from './plain-topic';
import { cueText } from './quote-shape';
import { subjectAfterObject } from './report-owner';
import { reportingVerbAt, type VerbMatch } from './reporting-verbs';
import { sourceTypeOf } from './source-type';
import { findTopic, type Speaker, speakerBefore } from './topic';

// What may follow an announcement verb for it to end its clause: 公開した。 / まとめたところ、
const CLAUSE_END = /^(?:。|、|」|ところ|が|ほか|上で|\n)$/;

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
    if (!endsClause(tokens, verb.last + 1)) {
      // 内閣府が15日発表した速報値は…: a published report's figures are its publisher's.
      const rel = verb.announce ? publishedReport(tokens, v, verb) : null;
      if (rel) out.push(rel);
      continue;
    }
    // The quoting と of 「…と発表した」 belongs to quoted-speech.ts.
    const before = tokens[i - 1]?.surface === '、' ? tokens[i - 2] : tokens[i - 1];
    if (before?.surface === 'と') continue;
    // A later clause's own topic speaks for it; with none, the sentence's.
    const from = Math.max(clause, afterVerbClause(tokens, v, clause, i));
    const own = from > v.first ? findTopic(tokens, v, from, i, true) : null;
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
        // …2人が目撃しており、各メディアも報じた: a clause's own topic speaks for its clause alone.
        own && from > clause ? (tokens[from] as Token).start : 0,
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
    contentEnd: s.end,
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
function isObject(tokens: readonly Token[], v: SentenceView, k: number): boolean {
  let e = k;
  while (e < v.end && (isNoun(tokens[e]) || isGenitive(tokens[e]))) e++;
  const t = tokens[e];
  return !!t && isParticle(t) && !TOPIC_PARTICLES.has(t.surface);
}

/**
 * 独自に / 新たに / 改めて: how the subject did it, between the subject and its verb; so is a verb's
 * bare て-form (同省が併せて発表した, 両社がそろって公表した), whose subject is the verb's own.
 */
function isManner(tokens: readonly Token[], g: number): boolean {
  const t = tokens[g] as Token;
  if (isAdverb(t)) return true;
  if (isVerb(t) && t.pos1 === '自立' && isTe(tokens[g + 1])) return true;
  if (isTe(t) && isVerb(tokens[g - 1])) return true;
  if (t.surface === 'に') return isAdjectivalNoun(tokens[g - 1]);
  return isAdjectivalNoun(t) && tokens[g + 1]?.surface === 'に';
}

const isTe = (t: Token | undefined) => !!t && t.surface === 'て' && isConjunctiveParticle(t);

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

/**
 * The token before the dates, manners and commas that end at `k` (23|日|まで|に|、, 先月, このほど), or `k`
 * when there are none: what stands between a subject and its verb.
 */
function beforeTimeOrManner(tokens: readonly Token[], k: number): number {
  let g = k;
  const dated = (j: number) => isDateWord(tokens[j] as Token) || tokens[j]?.surface === 'まで';
  for (; g > 0; g--) {
    const t = tokens[g] as Token;
    if (t.surface === '、' || isDateWord(t) || isManner(tokens, g)) continue;
    if ((t.surface === 'に' || t.surface === 'まで') && dated(g - 1)) continue;
    break;
  }
  return g;
}

/** 15日 / 同日 / 昨年: a date between a subject and its verb (内閣府が同日公表した). */
function isDateWord(t: Token): boolean {
  return isNumeral(t) || isSuffix(t) || isAdverbialNoun(t) || /^同(?:日|月|年|夜|朝)$/.test(t.surface);
}

/** 発表した / 公開した / 明らかにした, or まとめた with a report as its object (試算をまとめた). */
function announcementAt(tokens: readonly Token[], i: number): VerbMatch | null {
  const t = tokens[i] as Token;
  // The word a verb set lists it by: a verb's basic form, a サ変 noun as written (命じる, 命令).
  const word = isVerb(t) ? t.basic : isNoun(t) ? t.surface : '';
  const compiles = isVerb(t) && ANNOUNCE_REPORT_VERBS.has(t.basic);
  // 改正案を提出した / 提言を策定した: a サ変 noun with する, its object a report or plan.
  const sahen = !compiles && isNoun(t) && ANNOUNCE_REPORT_SAHEN.has(t.surface) && tokens[i + 1]?.basic === 'する';
  const wo = compiles || sahen ? objectParticle(tokens, i) : -1;
  if (wo > 0) {
    const object = phraseEndingAt(tokens, wo - 1, Math.max(0, wo - 11));
    // 目安を33円とすることを決めた: a value set (…とする) by a decision is the decider's (and so is one
    // raised: 金利を0.75%に引き上げることを決めた, set-values.ts).
    const setting =
      tokens[wo - 1]?.surface === 'こと' && tokens[wo - 2]?.basic === 'する' && tokens[wo - 3]?.surface === 'と';
    const decided = setting && DECIDING_VERBS.has(word);
    // 経済対策を閣議決定した / 予算案を決めた: a plan decided is its decider's release.
    const plan = !!object && DECIDING_VERBS.has(word) && DECIDED_PLANS.some((w) => object.text.endsWith(w));
    // 被害状況をまとめた / 利用実績をまとめた: an account compiled is as much a report as 試算 is.
    const account = compiles && !!object && COMPILED_ACCOUNTS.some((w) => object.text.endsWith(w));
    if (decided || plan || account || (object && isReportPhrase(object))) {
      const last = sahen ? i + 1 : i;
      return { first: i, last, passive: false, announce: true, verb: t.surface, deed: decided || plan };
    }
  }
  // 与党と緑風党は…を創設することで合意した: what parties agree on is theirs to make known.
  const agreed = isNoun(t) && AGREEING_SAHEN.has(t.surface) && tokens[i + 1]?.basic === 'する';
  const de = tokens[i - 1];
  if (agreed && de?.surface === 'で' && isCaseParticle(de) && !isPassive(tokens[i + 2])) {
    return { first: i, last: i + 1, passive: false, announce: true, verb: t.surface };
  }
  // 懲役18年の判決を言い渡した: a ruling pronounced is the court's release (言い渡された is the defendant's).
  // 懲役18年の判決を下した / 有罪判決を出した: 出す and 下す pronounce one when their object is a ruling.
  const ruled = isVerb(t) && RULING_ISSUE_VERBS.has(t.basic) ? objectParticle(tokens, i) : -1;
  const ruling = ruled > 0 && [...AUTHOR_VOICES.keys()].some((w) => tokens[ruled - 1]?.surface.endsWith(w));
  if (
    isVerb(t) &&
    (RULING_VERBS.has(t.basic) || ruling) &&
    objectParticle(tokens, i) > 0 &&
    !isPassive(tokens[i + 1])
  ) {
    return { first: i, last: i, passive: false, announce: true, verb: t.surface };
  }
  // 約28万台のリコールを国土交通省に届け出た: a filing with a government body is the filer's release.
  const filing = FILING_VERBS.has(word) && (isVerb(t) || tokens[i + 1]?.basic === 'する');
  if (filing && objectParticle(tokens, i) > 0 && filedWithAuthority(tokens, i)) {
    return { first: i, last: isVerb(t) ? i : i + 1, passive: false, announce: true, verb: t.surface, filing: true };
  }
  // 5社に計2億円の返還を命じた / 改善を勧告した: an order (命じられた is the one ordered).
  const ordering = ORDERING_VERBS.has(word);
  const demanding = DEMANDING_VERBS.has(word);
  const suru = isVerb(t) ? i : tokens[i + 1]?.basic === 'する' ? i + 1 : -1;
  if ((ordering || demanding) && suru >= 0 && !isPassive(tokens[suru + 1])) {
    // An order speaks for its own sentence; the plain sentences after it are not its content.
    return { first: i, last: suru, passive: false, announce: false, verb: t.surface, demand: !ordering };
  }
  const verb = reportingVerbAt(tokens, i, false);
  // 方針を表明した / 内訳を説明した report their object too; 見た / 考えた / 言った without と do not.
  if (!verb || (isVerb(t) ? NO_TO_EXCLUDED.has(t.basic) : NO_TO_EXCLUDED.has(t.surface))) return null;
  return verb;
}

/** The word a verb set lists a verb by: its basic form, a サ変 noun as written (命じる, 命令). */
function verbWord(t: Token): string {
  return isVerb(t) ? t.basic : isNoun(t) ? t.surface : '';
}

/** 国土交通省に|届け出た / 国交省にリコールを|届け出た: a government body marked with に in the verb's clause. */
function filedWithAuthority(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k > 0 && k > i - 12; k--) {
    const t = tokens[k] as Token;
    if (t.surface === '、' || t.surface === '。') return false;
    if (t.surface !== 'に' || !isCaseParticle(t)) continue;
    const party = phraseEndingAt(tokens, k - 1, Math.max(0, k - 8));
    if (party && sourceTypeOf(party) === 'government') return true;
  }
  return false;
}

/**
 * The を of the verb at `i`: right before it, before a noun compounded with it (経済対策を閣議決定した),
 * or before where it went (改正案を市議会3月定例会に提出した, 報告書を委員会で示した). -1 when there is none.
 */
function objectParticle(tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.surface === 'を') return i - 1;
  // 報告書をこのほどまとめた / 速報を12日にまとめた / 統計を、15日に発表した: a date or a manner between
  // the object and its verb.
  const w = beforeTimeOrManner(tokens, i - 1);
  if (w < i - 1 && tokens[w]?.surface === 'を' && isCaseParticle(tokens[w])) return w;
  // …80円とする計画も示した: も in を's place (a subject before も, 同社も示した, is no report phrase).
  const mo = tokens[i - 1];
  if (mo?.surface === 'も' && isBindingParticle(mo)) return i - 1;
  // 経済対策を閣議決定した / 正式決定した: a noun compounded before the サ変 noun.
  if (isNoun(tokens[i]) && isNoun(tokens[i - 1]) && tokens[i - 2]?.surface === 'を') return i - 2;
  // …との研究結果を、東和大学などのチームがまとめた: the object set before the subject, and a date or
  // manner between the subject and the verb (が先月まとめた, が23日までに、まとめた, がこのほどまとめた).
  const g = beforeTimeOrManner(tokens, i - 1);
  const ga = tokens[g];
  if (ga?.surface === 'が' && isCaseParticle(ga)) {
    const subject = phraseEndingAt(tokens, g - 1, Math.max(0, g - 17));
    let k = subject ? subject.first - 1 : -1;
    if (tokens[k]?.surface === '、') k--;
    return tokens[k]?.surface === 'を' ? k : -1;
  }
  const p = tokens[i - 1];
  if (!p || !isCaseParticle(p) || !/^[にで]$/.test(p.surface)) return -1;
  let k = i - 2;
  const last = k;
  while (k > 0 && k > i - 10 && (isNoun(tokens[k]) || isGenitive(tokens[k]))) k--;
  return k < last && tokens[k]?.surface === 'を' ? k : -1;
}

/**
 * まとめた / 出した right before a noun (まとめた集計, まとめた新車販売台数): the verb of a compiled
 * report — publishedReport() then wants its party as subject right before it (XがN日まとめたY).
 */
function compiledReport(tokens: readonly Token[], i: number): VerbMatch | null {
  const t = tokens[i] as Token;
  // 試算した経済効果 / 集計した件数: a サ変 noun of working figures out, with する.
  const sahen = isNoun(t) && COMPILING_SAHEN.has(t.surface) && tokens[i + 1]?.basic === 'する';
  if (!sahen && (!isVerb(t) || !ANNOUNCE_REPORT_VERBS.has(t.basic))) return null;
  const last = sahen ? i + 1 : i;
  let k = last + 1;
  while (isAuxiliary(tokens[k])) k++;
  if (k === last + 1 || !isNoun(tokens[k]) || isDependent(tokens[k])) return null;
  return { first: i, last, passive: false, announce: true, verb: t.surface };
}

/** Skips the verb's endings (た, ました, ている) and checks the clause ends there. */
function endsClause(tokens: readonly Token[], k: number): boolean {
  let i = k;
  while (tokens[i] && isEnding(tokens[i] as Token)) i++;
  const t = tokens[i];
  return !t || CLAUSE_END.test(t.surface);
}

function isEnding(t: Token): boolean {
  return isAuxiliary(t) || (isParticle(t) && t.surface === 'て') || isDependent(t) || t.basic === 'する';
}
