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
  NO_TO_EXCLUDED,
  ORDERING_VERBS,
  RULING_ISSUE_VERBS,
  RULING_VERBS,
} from '../lexicon/reporting-cues';
import {
  isAuxiliary,
  isBindingParticle,
  isCaseParticle,
  isDependent,
  isGenitive,
  isNoun,
  isParticle,
  isPassive,
  isPrefix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { isReportPhrase } from './chains';
import { phraseEndingAt } from './name-phrase';
import { reportingVerbAt, type VerbMatch } from './reporting-verbs';
import { sourceTypeOf } from './source-type';
import { beforeTimeOrManner } from './verb-adjuncts';

// Announcement verbs — 発表した, 公開した, 明らかにした, まとめた with a report as object, a ruling pronounced, parties'
// agreement, a filing with an authority — and where their clause ends: what findAnnounceCues looks for.

// What may follow an announcement verb for it to end its clause: 公開した。 / まとめたところ、
const CLAUSE_END = /^(?:。|、|」|ところ|が|ほか|上で|\n)$/;

/** 発表した / 公開した / 明らかにした, or まとめた with a report as its object (試算をまとめた). */
export function announcementAt(tokens: readonly Token[], i: number): VerbMatch | null {
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
    const setting = settingBefore(tokens, wo);
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

/**
 * …とする before the decided object at `wo` (its を): 目安を33円とすることを決めた, and a value set by the
 * measure whose keeping or start is decided (政策金利を年0.5%とする金融政策の維持を決めた, 上限を月3万円
 * とする制度の導入を決めた) — the value is the decider's as much as in a plan it decides. The object's
 * noun phrase runs back over nouns, prefixes, の and な (大規模な) to the とする that qualifies it.
 */
function settingBefore(tokens: readonly Token[], wo: number): boolean {
  for (let k = wo - 1; k > 0 && k >= wo - 10; k--) {
    const t = tokens[k] as Token;
    if (t.surface === 'する' && t.basic === 'する' && tokens[k - 1]?.surface === 'と') return k < wo - 1;
    const joint = (isGenitive(t) && t.surface === 'の') || (t.surface === 'な' && isAuxiliary(t));
    if (!isNoun(t) && !isPrefix(t) && !joint) return false;
  }
  return false;
}

/** The word a verb set lists a verb by: its basic form, a サ変 noun as written (命じる, 命令). */
export function verbWord(t: Token): string {
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
export function compiledReport(tokens: readonly Token[], i: number): VerbMatch | null {
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
export function endsClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[pastEndings(tokens, k)];
  return !t || CLAUSE_END.test(t.surface);
}

/** The token after the verb's endings (た, ました, ている) from `k`. */
export function pastEndings(tokens: readonly Token[], k: number): number {
  let i = k;
  while (tokens[i] && isEnding(tokens[i] as Token)) i++;
  return i;
}

function isEnding(t: Token): boolean {
  return isAuxiliary(t) || (isParticle(t) && t.surface === 'て') || isDependent(t) || t.basic === 'する';
}
