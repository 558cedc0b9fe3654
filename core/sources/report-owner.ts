import { SEASONS } from '../lexicon/relative-dates';
import { ANSWERED_REPORTS } from '../lexicon/report-nouns';
import {
  ANNOUNCE_REPORT_SAHEN,
  ANNOUNCE_REPORT_VERBS,
  ANNOUNCE_SAHEN,
  COMPILING_SAHEN,
  CONDUCTING_WORDS,
  DISCLOSING_SAHEN,
  REPORTING_SAHEN,
  REPORTING_VERBS,
  SAID_NOUNS,
  TAKING_PART_WORDS,
} from '../lexicon/reporting-cues';
import {
  isAdverbialNoun,
  isAuxiliary,
  isCaseParticle,
  isDependent,
  isGenitive,
  isNoun,
  isNumeral,
  isParticle,
  isPredicateWord,
  isPrefix,
  isSuffix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { ownerOf } from './chains';
import { compoundMaker } from './compound-report';
import { depthAt, type SentenceView } from './cue';
import { isKindOfBody } from './kind-of-body';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { namedBodyBefore, type Speaker, speakerBefore } from './topic';

// Who made the report a cue cites (〜の調べでは, 〜が発表した推計によると): its owner before の, or the
// party of the clause before it (core/sources/according-to.ts).

/**
 * Who made a report: its の-owner (CSISの推計), else the party of the clause before it (CSISが発表した
 * 推計). An owner that is only a kind of body (大手企業の集計, 民間企業の調査) is whom the report counts,
 * so a publisher the clause names outranks it: 経団連が発表した大手企業の集計では → 経団連.
 */
export function reportOwner(tokens: readonly Token[], v: SentenceView, phrase: NamePhrase): Speaker | null {
  // 主催者発表で: a report compounded onto its maker (compound-report.ts).
  const owner = ownerOf(tokens, phrase, v.first) ?? compoundMaker(tokens, phrase);
  // 東和新聞社が実施した県民の意識調査では: whom a report counts (県民, 中小企業, 組合員) follows the
  // clause that names who made it; a name there (CSISが発表したロシア軍の推計) is whose it is, too.
  const counted = owner && !owner.phrase.hasProper && !v.bodies.ends.has(owner.phrase.end) && madeBy(tokens, phrase);
  if (owner && !counted && !isKindOfBody(owner.phrase.text)) return owner;
  // 県民が回答した調査では: who answered a survey did not make it.
  if (clauseVerb(tokens, phrase, TAKING_PART_WORDS)) return owner;
  // 所有者へのアンケートでは / 会員企業への調査によると: whom a survey was put to answered it (unlike
  // 県警への取材で, where the one asked tells).
  if (putTo(tokens, phrase)) return owner;
  return (
    clauseOwner(tokens, v, phrase.first) ??
    (madeBy(tokens, phrase) ? publisherBefore(tokens, v, phrase) : null) ??
    owner
  );
}

// サクラ電装, ミナト精工: a name opening with katakana, of no kind its words tell.
const KATAKANA_OPENING = /^[\u30A1-\u30FA]/;

/**
 * サクラ電装が開示した資料 / アオイ化成が今月3日に公表した資料: the subject of the clause that made the report
 * public, when it is a name (a proper noun, katakana, or a body the tagger found) — a company whose words
 * say nothing of its kind. The first が of the clause, outside brackets. Looser than announcements.ts
 * publishedReport() (the が right before the verb, past dates and manners only, a speaker by speakerBefore()): here
 * a cue (によると, では) already says a report is cited, so only whose it is remains.
 */
function publisherBefore(tokens: readonly Token[], v: SentenceView, phrase: NamePhrase): Speaker | null {
  for (let k = phrase.first - 1; k > v.first; k--) {
    const t = tokens[k] as Token;
    if (t.surface === '、' && !listsNumbers(tokens, k)) return null;
    if (t.surface !== 'が' || !isCaseParticle(t) || depthAt(v, k) > 0) continue;
    const subject = phraseEndingAt(tokens, k - 1, v.first);
    const named =
      subject && (subject.hasProper || KATAKANA_OPENING.test(subject.text) || v.bodies.ends.has(subject.end));
    return named && !subject.hasPerson ? { phrase: subject, type: 'organization' } : null;
  }
  return null;
}

/**
 * The nouns from `from` end on で / を / に (協力で, 巣を) before `to`: the の before them qualifies an adjunct.
 * A name in brackets and a further の go on with the phrase: 北浜区の建設会社「南浜建設」を対象に行った調査 is
 * about the firm of 北浜区, not the district's; so is one に対して / について (…「北浜開発」に対して行った調査).
 */
function adjunctAfter(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to) {
    const t = tokens[k] as Token;
    if (isNoun(t) || isPrefix(t) || (isGenitive(t) && k > from && isNoun(tokens[k + 1]))) k++;
    else if (t.surface === '「' || t.surface === '『') {
      const close = t.surface === '「' ? '」' : '』';
      while (k < to && (tokens[k] as Token).surface !== close) k++;
      k++;
    } else break;
  }
  const t = tokens[k];
  return k > from && k < to && !!t && isCaseParticle(t) && /^(?:[でをに]|に対し(?:て)?|について)$/.test(t.surface);
}

/** A が subject stands right before the report noun at `at`: ウランが|推計で (the report is an adverbial). */
function subjectRightBefore(tokens: readonly Token[], at: number): boolean {
  const ga = tokens[at - 1];
  return ga?.surface === 'が' && isCaseParticle(ga);
}

/** A は or が closes a phrase between `from` and `to`: the の before it qualified that phrase. */
function topicBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if ((t.surface === 'は' || t.surface === 'が') && isParticle(t)) return true;
  }
  return false;
}

/** The survey phrase is put to someone written right before it: 所有者へのアンケート. */
function putTo(tokens: readonly Token[], phrase: NamePhrase): boolean {
  const no = tokens[phrase.first - 1];
  const he = tokens[phrase.first - 2];
  return (
    ANSWERED_REPORTS.some((w) => phrase.text.endsWith(w)) &&
    no?.surface === 'の' &&
    he?.surface === 'へ' &&
    isCaseParticle(he)
  );
}

/** The verb of the clause right before the report phrase (…が回答した調査) is one of `verbs`. */
function clauseVerb(tokens: readonly Token[], phrase: NamePhrase, verbs: ReadonlySet<string>): boolean {
  let k = phrase.first - 1;
  while (k > 0 && isAuxiliary(tokens[k])) k--;
  return isVerbIn(tokens, k, verbs);
}

/** The verb at `k` is one of `verbs`, by its basic form or, for する, by the サ変 noun before it (発表|する). */
function isVerbIn(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): boolean {
  const t = tokens[k];
  if (!t || !isVerb(t)) return false;
  return t.basic === 'する' ? verbs.has(tokens[k - 1]?.surface ?? '') : verbs.has(t.basic);
}

// 発表した / 試算した / 作成した / まとめた: making a report, as a サ変 noun with する or a verb.
const MAKING: ReadonlySet<string> = new Set([
  ...ANNOUNCE_SAHEN,
  ...COMPILING_SAHEN,
  ...ANNOUNCE_REPORT_SAHEN,
  ...ANNOUNCE_REPORT_VERBS,
  ...CONDUCTING_WORDS,
  ...DISCLOSING_SAHEN,
]);

/** The report phrase is modified by a clause whose verb makes it (が発表した, がまとめた, が実施した). */
function madeBy(tokens: readonly Token[], phrase: NamePhrase): boolean {
  return clauseVerb(tokens, phrase, MAKING);
}

/**
 * 環境省がまとめた昨年12月末時点の生息状況によると / 水産庁が公表した今年の漁獲量によると: a phrase
 * that is no report noun is made one by the clause before it, when that clause's verb makes it
 * (まとめた, 公表した, 集計した); its party then is the source. Dates and nouns may stand between the
 * verb and the phrase (12月末時点の); nothing else may.
 */
export function madeThingOwner(
  tokens: readonly Token[],
  v: SentenceView,
  phrase: NamePhrase,
  making: ReadonlySet<string> = MAKING,
): Speaker | null {
  let k = phrase.first - 1;
  const lo = Math.max(v.first, phrase.first - 12);
  while (k > lo && isModifierWord(tokens[k] as Token)) k--;
  const t = tokens[k];
  if (!t || !(isAuxiliary(t) || continuing(tokens, k)) || depthAt(v, k) > 0) return null;
  let verb = k;
  while (verb > lo && isAuxiliary(tokens[verb])) verb--;
  // 毎年まとめている / まとめていた: the verb's て and a non-independent いる go with its auxiliaries.
  if (verb - 2 > lo && continuing(tokens, verb)) verb -= 2;
  // 同社がXに投稿した内容によると: what was said is the sayer's.
  const said =
    SAID_NOUNS.has(phrase.text) && (isVerbIn(tokens, verb, REPORTING_SAHEN) || isVerbIn(tokens, verb, REPORTING_VERBS));
  if (!said && !isVerbIn(tokens, verb, making)) return null;
  return clauseOwner(tokens, v, (tokens[verb] as Token).basic === 'する' ? verb - 1 : verb);
}

/** `k` is the いる of a verb's て-form going on (まとめ|て|いる, 公表し|て|いた). */
function continuing(tokens: readonly Token[], k: number): boolean {
  const iru = tokens[k];
  const te = tokens[k - 1];
  return iru?.basic === 'いる' && iru.pos === '動詞' && te?.surface === 'て' && isVerb(tokens[k - 2]);
}

/** A word of a noun phrase's modifiers: 昨年 / 12月 / 末 / 時点 / の. */
function isModifierWord(t: Token): boolean {
  return (t.pos === '名詞' && !isDependent(t)) || isPrefix(t) || (isGenitive(t) && t.surface === 'の');
}

/** 12、13日に実施した: a comma between two numbers lists them (dates), it ends no clause. */
export function listsNumbers(tokens: readonly Token[], i: number): boolean {
  return isNumeral(tokens[i - 1]) && isNumeral(tokens[i + 1]);
}

/**
 * 業界団体の北浜連合会が今春、加盟する320社を対象に行った調査: the comma at `i` only sets off when the
 * subject before it acted (a date after が: 今春, 23日, 昨年12月), so the clause whose verb makes the
 * report (行った, before `before`) goes on past it. With no verb there (代表が3日、声明で) the comma
 * stays a boundary.
 */
function datesSubject(tokens: readonly Token[], i: number, before: number): boolean {
  let verb = false;
  for (let k = i + 1; k < before && !verb; k++) verb = isVerb(tokens[k]);
  if (!verb) return false;
  let k = i - 1;
  const last = k;
  while (k > 0 && isDateToken(tokens[k] as Token)) k--;
  const ga = tokens[k];
  return k < last && ga?.surface === 'が' && isCaseParticle(ga);
}

/**
 * 今春 / 23 / 日 / 昨年 / 12 / 月: a word of a date (IPADIC's adverbial nouns, numerals and their counters) —
 * and a season, a common noun to IPADIC (今年|春、 / 昨年|秋、: NPO法人「X」が今年春、…を対象に行った調査).
 */
function isDateToken(t: Token): boolean {
  return (
    isAdverbialNoun(t) ||
    isNumeral(t) ||
    (isSuffix(t) && /^(?:日|月|年|年度)$/.test(t.surface)) ||
    SEASONS.includes(t.surface)
  );
}

/**
 * The leftmost 〇〇が / 〇〇の party in the clause before a report noun:
 * 「トレンドマイクロが…に実施した調査では」 → トレンドマイクロ (not the nearer 利用経験が).
 */
export function clauseOwner(tokens: readonly Token[], v: SentenceView, before: number): Speaker | null {
  let lo = v.first;
  for (let i = before - 1; i > v.first; i--) {
    if (
      (tokens[i] as Token).surface === '、' &&
      depthAt(v, i) === 0 &&
      !listsNumbers(tokens, i) &&
      !datesSubject(tokens, i, before)
    ) {
      lo = i + 1;
      break;
    }
  }
  // 県警が逮捕した2人が…ことが捜査関係者への取材で分かった: the party the report was asked of,
  // written right before it, outranks any subject of the clause.
  const asked = tokens[before - 2];
  if (tokens[before - 1]?.surface === 'の' && asked && /^(?:へ|から)$/.test(asked.surface) && isCaseParticle(asked)) {
    const sp = speakerBefore(tokens, before - 2, lo);
    if (sp) return sp;
  }
  // …伊藤選手が感染していたことを受けて調査した結果、: a subject inside a clause made a noun by こと
  // is that clause's, not the report's.
  let from = lo;
  for (let i = before - 1; i > lo; i--) {
    const t = tokens[i] as Token;
    if (t.surface === 'こと' && isDependent(t) && isPredicateWord(tokens[i - 1])) {
      from = i + 1;
      break;
    }
  }
  // A subject (帝国データバンクがまとめた集計) before an owner (民間調査会社の…).
  for (const particle of ['が', 'の']) {
    for (let i = from; i < before; i++) {
      const t = tokens[i] as Token;
      if (t.surface === particle && (isCaseParticle(t) || isGenitive(t))) {
        // 産業別労組の全国機械労組は声明で: an の inside a topic or subject (X の Y は / が) qualifies it,
        // not the report after — the party is the topic's, not the kind of body before の.
        if (particle === 'の' && topicBetween(tokens, i + 1, before)) continue;
        // 北国が保有するウランが推計で約440キロ: a subject whose clause describes a noun that is itself the
        // subject right before the report (ウランが推計で) did not make it — as 東和総研がまとめた推計で did.
        if (particle === 'が' && i < before - 1 && subjectRightBefore(tokens, before)) continue;
        // 市民の協力で全国の巣を調べた結果: an の whose noun takes で / を / に is a means or an object of the
        // clause's verb (the citizens helped), not who made the report.
        if (particle === 'の' && adjunctAfter(tokens, i + 1, before)) continue;
        // 県警への取材で: the party is before への.
        const at = particle === 'の' && tokens[i - 1]?.surface === 'へ' ? i - 1 : i;
        // ミナト精工が同日公表した資料: a company whose words say nothing of its kind (ミナト + 精工) is
        // the subject when the tagger found it as a body, or when a day follows it as in a lede.
        const sp = speakerBefore(tokens, at, from) ?? (particle === 'が' ? namedBodyBefore(tokens, v, at, from) : null);
        if (sp) return sp;
      }
    }
  }
  // 研究グループが、高校生1万人を対象に行った調査で: a subject set apart by a comma owns the clause after it.
  const ga = tokens[lo - 2];
  if (lo - 2 > v.first && ga?.surface === 'が' && isCaseParticle(ga)) return speakerBefore(tokens, lo - 2, v.first);
  return null;
}

/**
 * …リスクが約2割低いとの研究結果を、南陽大学などの研究チームが12日までに英科学誌に発表した: a subject
 * written after the verb's を-object announces it; a topic before the object (毎日朝食をとる人は) is what the
 * result is about. The subject is the first が after the last を of tokens [lo, hi) outside brackets.
 */
export function subjectAfterObject(tokens: readonly Token[], v: SentenceView, lo: number, hi: number): Speaker | null {
  let wo = -1;
  for (let k = lo; k < hi; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) === 0 && t.surface === 'を' && isCaseParticle(t)) wo = k;
  }
  if (wo < 0) return null;
  for (let k = wo + 1; k < hi; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0 || t.surface !== 'が' || !isCaseParticle(t)) continue;
    const from = tokens[wo + 1]?.surface === '、' ? wo + 2 : wo + 1;
    return speakerBefore(tokens, k, from);
  }
  return null;
}

// だ / です: the copula, whose subject is what its figure measures.
const COPULA = /^(?:だ|です)$/;

/**
 * 与党・北進党が電話調査で29%、ネット調査で22%だった: a が-subject with no verb between it and the report
 * noun, whose first predicate after the cue (`after`) is the copula or と/に + なる, is what the figures
 * measure — the poll's subject, not who ran it (北浜市が調査で、…を明らかにした ran it).
 */
export function measuredSubject(
  tokens: readonly Token[],
  v: SentenceView,
  subject: NamePhrase,
  report: NamePhrase,
  after: number,
): boolean {
  const ga = tokens[subject.last + 1];
  if (ga?.surface !== 'が' || !isCaseParticle(ga)) return false;
  for (let k = subject.last + 2; k < report.first; k++) if (isVerb(tokens[k]) || isAuxiliary(tokens[k])) return false;
  // 調査で、…と分かった: a cue set apart by a comma frames a clause of its own.
  if (tokens[after]?.surface === '、') return false;
  for (let k = after; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0) continue;
    if (isAuxiliary(t)) return COPULA.test(t.basic) && closes(tokens, k + 1);
    if (isVerb(t)) return t.basic === 'なる' && /^[とに]$/.test(tokens[k - 1]?.surface ?? '') && closes(tokens, k + 1);
  }
  return false;
}

/** The predicate ending before `k` (after its た) closes a clause: 。 or 、 — not と / の, which quote or nominalise it. */
function closes(tokens: readonly Token[], k: number): boolean {
  let i = k;
  while (isAuxiliary(tokens[i])) i++;
  const t = tokens[i];
  return !t || t.surface === '。' || t.surface === '、';
}
