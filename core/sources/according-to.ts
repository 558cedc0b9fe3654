import {
  DATA_REPORTS,
  PERFORMANCE_REPORTS,
  REPORT_NOUNS,
  SELF_CITED_REPORTS,
  UNOWNED_REPORTS,
} from '../lexicon/report-nouns';
import {
  ACCORDING_TO,
  ASKING_VERBS,
  FOUND_VERBS,
  HEARD_TAILS,
  HEARD_VERBS,
  INDEFINITE_DETERMINERS,
  NAMED_SERVICE_HEADS,
  PLAN_NOUNS,
  REPORT_CUE_TAILS,
  REPORT_FOUND_TAILS,
  TITLE_REPORT_WORDS,
} from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import { WRITER_WORDS } from '../lexicon/writer-voice';
import {
  isAdnominal,
  isAdverb,
  isCaseParticle,
  isConjunction,
  isCounter,
  isGenitive,
  isNoun,
  isNumeral,
  isParticle,
  isVerb,
} from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import { isReportPhrase, NUMBERED_BULLETIN } from './chains';
import { afterDescribingClause, clauseStart } from './clauses';
import { type Cue, depthAt, type SentenceView, speakerlessCue } from './cue';
import { modifiesInnerNoun } from './modifier-clause';
import { cutFromWord, type NamePhrase, phraseEndingAt } from './name-phrase';
import { clauseOwner, listsNumbers, madeThingOwner, measuredSubject, reportOwner } from './report-owner';
import { sourceTypeOf } from './source-type';
import { type Speaker, speakerBefore } from './topic';

// 公取委によると / JAXAなどによりますと (による alone is a false friend: 地震による被害 is a cause).
// Longest first, so that によるとの is read whole, not as によると and a stray の.
const ACCORDING = new RegExp(alternation(ACCORDING_TO), 'g');
// 同当局の独自データでは / ブランド総合研究所の…ランキングで、 : a report noun and では, with
// perhaps a note between (全国世論調査（電話）で、).
const NOTE = '(?:[（(][^）)\n]{1,20}[）)])';
const REPORT_TAILS = REPORT_CUE_TAILS.filter((t) => !t.startsWith('によ'));
// …ことが取材によってわかった / 関係者への取材によって明らかになった: によって joins a report to a verb of
// finding out only; without one it is a cause (雨によって3便が欠航) and no cue.
const FOUND_BY = `によって${alternation(REPORT_FOUND_TAILS)}`;
const REPORT_CUE = new RegExp(`${alternation(REPORT_NOUNS)}${NOTE}?(?:${alternation(REPORT_TAILS)}|${FOUND_BY})`, 'g');

// Quick tests before the regexes, which try every word at every character of every sentence: what
// each match cannot lack. Every according-to shares its opening (によ).
const ACCORDING_PREFIX = ACCORDING_TO.reduce((p, w) => {
  let n = 0;
  while (n < p.length && p[n] === w[n]) n++;
  return p.slice(0, n);
});
// 同調査では / 同白書で: the report named before, resolved to its owner as a document (documents.ts).
const SAME_REPORT = /^同[^の、]+$/;
// A report cue's tail (で, では) follows the last character of a report noun or of a note （電話）.
const TAIL_OPENERS = new Set([...REPORT_TAILS, FOUND_BY].map((t) => t.charCodeAt(0)));
const BEFORE_TAIL = new Set([
  ...REPORT_NOUNS.map((n) => n.charCodeAt(n.length - 1)),
  '）'.charCodeAt(0),
  ')'.charCodeAt(0),
]);

/** The two sets as one regex of two characters (UTF-16 units, as charCodeAt reads them): 査で, ）で. */
const unitClass = (units: ReadonlySet<number>): string =>
  [...units].map((u) => String.fromCharCode(u).replace(/[\\\]^-]/, '\\$&')).join('');
const TAIL_AFTER_NOUN = new RegExp(`[${unitClass(BEFORE_TAIL)}][${unitClass(TAIL_OPENERS)}]`);

/**
 * False when no report cue can be in `s`: no tail's first character right after a report noun's last
 * (the regex engine scans for the pair; a loop of two set look-ups per character cost more).
 */
function mayCiteReport(s: string): boolean {
  return TAIL_AFTER_NOUN.test(s);
}

// ロイター通信が伝えたところでは / 同紙が報じたところによると: the subject of the verb is the source.
// 県が調べたところ、… / 市教委が集計した結果、…: a verb of finding out may end its clause with
// ところ、 or 結果、 as well.
const HEARD_CUE = new RegExp(
  `${alternation([...HEARD_VERBS, ...FOUND_VERBS])}ところ${alternation(HEARD_TAILS)}|${alternation(FOUND_VERBS)}(?:ところ|結果)、`,
  'g',
);

const REPORT_NOUN_SET: ReadonlySet<string> = new Set(REPORT_NOUNS);
// 過去30年の記録 / 2024年の記録: a span or a year before a record is when it was kept, not a feat's measure.
const CALENDAR_MEASURES = /^(?:年|年度|年間|カ月|か月|ヶ月|月|週|週間|日|日間)$/;
const REPORT_AT_END = new RegExp(`${alternation(REPORT_NOUNS)}$`);
// What a report cue's match may carry past its particle: 調べで、 / 調査で分か(った) → 調べで / 調査で.
const CUE_TAIL = new RegExp(`(?:[、，]|${alternation(REPORT_FOUND_TAILS)})$`);
// 調査で分かった / 取材によって判明した: the cue ends on a verb of finding out, the sentence's main predicate.
const FOUND_END = new RegExp(`(?:${alternation(REPORT_FOUND_TAILS)})$`);
const NOTE_IN_CUE = new RegExp(NOTE);
const EDITION_AT_END = /[0-9０-９]+(?:年度?)?(?:版)?(?=[」』]$)/;
// 「…調査」で分かった: a title's で followed right away by a verb of finding out.
const FOUND_NEXT = new RegExp(`^(?:${alternation(REPORT_FOUND_TAILS)})`);
// 調べ alone, with no owner: an investigation (警察の調べ) in crime reports.
const INVESTIGATION = '調べ';

/** The report noun a phrase ends with: 国連の報告書 → 報告書. */
function reportNounAt(phrase: string): string {
  return REPORT_AT_END.exec(phrase.replace(/[」』]$/, ''))?.[0] ?? '';
}

/**
 * 〜によると / 〜によれば / 〜の調べでは / 〜の推計では: the named party, or the owner of the named
 * report (CSISが発表した推計によると → CSIS; CNNの報道によると → CNN). Covers the whole sentence.
 */
export function findAccordingCues(tokens: readonly Token[], v: SentenceView): Cue[] {
  const out: Cue[] = [];
  const s = v.sentence;
  for (const re of [ACCORDING, REPORT_CUE]) {
    if (re === ACCORDING ? !s.text.includes(ACCORDING_PREFIX) : !mayCiteReport(s.text)) continue;
    re.lastIndex = 0;
    for (const m of s.text.matchAll(re)) {
      const at = s.start + (m.index ?? 0);
      // For 推計では the phrase ends at the report noun; for によると right before に.
      const by = m[0].lastIndexOf('によって');
      const as = m[0].lastIndexOf('として');
      const tail = re === ACCORDING ? at : at + (by >= 0 ? by : as >= 0 ? as : m[0].lastIndexOf('で'));
      const k = tokenAt(tokens, tail);
      if (k <= v.first || (tokens[k] as Token).start !== tail || depthAt(v, k) > 0) continue;
      // 電話で、 is not 話で、: a report noun must start a word — or, of two characters or more, end
      // one IPADIC holds whole (総務省の家計調査で、); 調査である is no cue.
      const word = tokens[tokenAt(tokens, at)] as Token;
      if (re === REPORT_CUE && word.start !== at) {
        const noun = REPORT_AT_END.exec(s.text.slice(0, tail - s.start))?.[0] ?? '';
        if (noun.length < 2 || word.end !== tail) continue;
      }
      // The cue names the whole word: 家計調査で, not 調査で.
      const prefix = re === REPORT_CUE ? word.surface.slice(0, Math.max(0, at - word.start)) : '';
      // 結果でも: IPADIC reads this でも as one adverbial particle (調査でも as で + も).
      if (re === REPORT_CUE && !isCaseParticle(tokens[k]) && !isAdverbialDemo(tokens[k])) continue;
      // 県は…計上する方針で、…とみている: a plan noun after a verb in the non-past, then で, is the
      // plan's copula going on (方針であり), not a plan cited (市の計画で、 / 県がまとめた計画で、 are).
      if (re === REPORT_CUE && m[0].replace(CUE_TAIL, '').endsWith('で') && plannedBefore(tokens, k - 1)) continue;
      // 国の指針で上限とされる月45時間を超えた…: the guideline defines a noun of another clause.
      if (re === REPORT_CUE && m[0].endsWith('で') && modifiesInnerNoun(tokens, v, k + 1)) continue;
      const head = opensSentence(tokens, v, k);
      // それによりますと / これによると: the party of the previous report, resolved by the caller.
      if (re === ACCORDING && /^(?:それ|これ)$/.test(tokens[k - 1]?.surface ?? '')) {
        out.push({ ...speakerlessCue('according', m[0], s.start, s.end), head, previous: true });
        continue;
      }
      const phrase = phraseEndingAt(tokens, k - 1, v.first);
      if (!phrase) continue;
      // 山田が9秒98の日本新記録で優勝した: a record a figure qualifies is the feat of the figure, no report.
      if (re === REPORT_CUE && measuredFeat(tokens, phrase)) continue;
      // 同党の試算として、 gives figures as the party's data; 住民の話として、…と伝えた is the teller relaying.
      if (as >= 0 && by < 0 && !DATA_REPORTS.has(reportNounAt(phrase.text))) continue;
      // 12月[末時点の生息状況]によると: a phrase cut from the word it ends (a suffix after its noun) is
      // no name — the cue then names no one rather than a fragment.
      if (cutFromWord(tokens, phrase) && !madeThingOwner(tokens, v, phrase)) continue;
      const report = isReportPhrase(phrase);
      // 私の試算では / 筆者の調べでは: the writer's own working, credited as the article's own figures.
      if (report && writersOwn(tokens, v, phrase)) continue;
      // 環境省がまとめた…の生息状況によると: a thing a party compiled is its report (→ 環境省).
      const speaker = report ? reportOwner(tokens, v, phrase) : madeThingOwner(tokens, v, phrase);
      // 与党・北進党が電話調査で29%だった: the subject the poll measured, not who ran it.
      if (speaker && re === REPORT_CUE && measuredSubject(tokens, v, speaker.phrase, phrase, k + 1)) continue;
      // 「…」: ACCORDING_TO gives the report noun; 調査で、 / 調査で分かった: the noun and its particle.
      const cue =
        re === ACCORDING
          ? report
            ? reportNounAt(phrase.text) + m[0]
            : m[0]
          : prefix + m[0].replace(CUE_TAIL, '').replace(NOTE_IN_CUE, '');
      const found = re === REPORT_CUE && FOUND_END.test(m[0]);
      // ある民間調査では / 別の調査によると: a report the article leaves unnamed is the source, by its
      // words — not the party in force, whose report it is not.
      const unnamed = !speaker && report ? indefiniteReport(tokens, phrase) : null;
      if (unnamed) {
        const frame = re === REPORT_CUE && DATA_REPORTS.has(reportNounAt(phrase.text));
        out.push({ ...accordingCue(tokens, { phrase: unnamed, type: 'document' }, cue, v), head, frame });
        continue;
      }
      // 調べによりますと with no owner: in a police story, the police's investigation.
      if (!speaker && phrase.text === INVESTIGATION) {
        out.push({ ...speakerlessCue('according', cue, s.start, s.end), head, investigation: true });
        continue;
      }
      // 調査によると / アンケートでは with no owner: the report the paragraph is about (not 調査で…).
      const bare = REPORT_NOUN_SET.has(phrase.text);
      // 論文によると / 論文では with no owner: the paper itself, whoever the paragraph is about.
      if (!speaker && bare && SELF_CITED_REPORTS.has(phrase.text)) {
        const frame = re === REPORT_CUE;
        out.push({ ...accordingCue(tokens, { phrase, type: 'document' }, cue, v), head, frame });
        continue;
      }
      // …監査結果報告によると: 報告 ends a compound the phrase could not hold (結果 is adverbial to IPADIC).
      const compound = isNoun(tokens[phrase.first - 1]);
      if (!speaker && bare && !compound && UNOWNED_REPORTS.has(phrase.text) && !/で$/.test(cue)) {
        out.push({ ...speakerlessCue('according', cue, s.start, s.end), head, unowned: true });
        continue;
      }
      // 同院が公表した第2報によると: a numbered bulletin whose owner the phrase does not name (同院 is typed
      // later) names no one itself — like 速報によると, it is the bulletin of the party in force.
      if (!speaker && report && NUMBERED_BULLETIN.test(phrase.text) && !phrase.text.includes('の')) {
        out.push({ ...speakerlessCue('according', cue, s.start, s.end), head, unowned: true });
        continue;
      }
      // 気象台によりますと: any party named before によると is a source, typed or not; a report named
      // by its title or more than its noun (「旅行白書」, 市監査結果報告によると) with no owner is a document.
      const own =
        speaker ??
        (!report
          ? { phrase, type: sourceTypeOf(phrase) ?? 'organization' }
          : (re === ACCORDING && (isTitle(phrase) || !bare)) || SAME_REPORT.test(phrase.text)
            ? { phrase, type: 'document' as const }
            : null);
      if (!own) continue;
      const frame = re === REPORT_CUE && DATA_REPORTS.has(reportNounAt(phrase.text));
      out.push({ ...accordingCue(tokens, own, cue, v), head, frame, ...(found ? { found } : {}) });
    }
  }
  out.push(...titleCues(tokens, v));
  out.push(...madeFrames(tokens, v));
  // Every HEARD_CUE match holds ところ or 結果、.
  const heard = s.text.includes('ところ') || s.text.includes('結果、');
  HEARD_CUE.lastIndex = 0;
  for (const m of heard ? s.text.matchAll(HEARD_CUE) : []) {
    const at = s.start + (m.index ?? 0);
    const k = tokenAt(tokens, at);
    if (k <= v.first || (tokens[k] as Token).start !== at || depthAt(v, k) > 0) continue;
    const asker = clauseOwner(tokens, v, k);
    const named = ASKING_VERBS.has(m[0].replace(/(?:ところ|結果).*$/, '')) ? askedBefore(tokens, v, k) : null;
    // 全国の中小企業820社に聞いたところ: a counted sample is the people a survey asked, as 高齢の住民 is —
    // its answers are the asker's finding (with no asker written, the survey the paragraph is about).
    const asked = named?.phrase.measure ? null : named;
    if (!asker && named && !asked) continue;
    // 記者が市の担当者に尋ねたところ: the one asked answers. 県が高齢者に聞いたところ: a body asking people
    // at large ran a survey — its own finding.
    const askedWins =
      !asker ||
      WRITER_WORDS.has(asker.phrase.text) ||
      asked?.type !== 'anonymous' ||
      asked.phrase.start <= asker.phrase.start;
    const own = asked && askedWins ? asked : asker;
    if (own) out.push({ ...accordingCue(tokens, own, m[0].replace(/、$/, ''), v), head: opensSentence(tokens, v, k) });
  }
  return out;
}

// 「住みたい街ランキング」では / 「…白書」の関東版でも: a title in quotes, perhaps a part of it (の + a short
// noun), then では or でも; a report's title (「県民意識調査」で、 / 「…世論調査」で分かった) also で as 調査で takes it.
const TITLE_CUE = new RegExp(
  `」(?:の[^、。「」（）\\s]{1,5}?)?(?:では|でも|で(?=[、，]|${alternation(REPORT_FOUND_TAILS)}))`,
  'g',
);

/**
 * 東和総研が毎年まとめている「住みたい街ランキング」では、… / 東和総研が公表した「…」の関東版でも、…: a
 * work named by its title, which a clause before it says a party compiled or published, reports what
 * its sentence says as that party's. The title alone (「…」では) or a party's (東和総研の「…」では — a
 * product, a show, a shop as often as a report) names no source.
 */
function titleCues(tokens: readonly Token[], v: SentenceView): Cue[] {
  const s = v.sentence;
  if (!s.text.includes('」で') && !s.text.includes('」の')) return [];
  const out: Cue[] = [];
  TITLE_CUE.lastIndex = 0;
  for (const m of s.text.matchAll(TITLE_CUE)) {
    const at = s.start + (m.index ?? 0);
    const close = tokenAt(tokens, at);
    const tail = tokenAt(tokens, at + m[0].lastIndexOf('で'));
    if (close <= v.first || (tokens[close] as Token).start !== at || depthAt(v, tail) > 0) continue;
    if (!isCaseParticle(tokens[tail]) && !isAdverbialDemo(tokens[tail])) continue;
    const phrase = phraseEndingAt(tokens, close, v.first);
    const service = phrase && namedService(tokens, v, phrase);
    if (!phrase || (!isTitle(phrase) && !service)) continue;
    // 「国語に関する世論調査」: a title that is a report's own name is made by any verb that makes a
    // report (行っている, 実施した) — and only such a title takes a bare で, (「月のしずく」で、 is a product).
    // 「里山調査2026」 / 「観光白書2025年版」: a year or an edition after the noun leaves it a report's name.
    const report = reportNounAt(phrase.text.replace(EDITION_AT_END, '')) !== '';
    const bareDe = !/で[はも]$/.test(m[0]);
    if (bareDe && !report) continue;
    const owner = service || madeThingOwner(tokens, v, phrase, report ? undefined : TITLE_REPORT_WORDS);
    if (!owner || owner.type === 'document' || owner.type === 'anonymous') continue;
    const cue = `${phrase.text.slice(phrase.text.search(/[「『][^「『」』]+[」』]$/))}${m[0].slice(1)}`;
    const found = bareDe && FOUND_NEXT.test(s.text.slice(at - s.start + m[0].length));
    const head = opensSentence(tokens, v, close);
    out.push({ ...accordingCue(tokens, owner, cue, v), head, frame: true, ...(found ? { found } : {}) });
  }
  return out;
}

/**
 * 旅行大手のひまわりツーリストがまとめた海外旅行予約では、… / 東和トラベルが23日までに集計した予約状況では、
 * …: a thing no report noun names, which a clause before it says a party compiled or published (the verbs
 * that make a titled work a report, core/lexicon/reporting-cues.ts), framed with では, is that party's data
 * for its sentence. 北辰食品が発売した新商品では is a product, and names no one.
 */
function madeFrames(tokens: readonly Token[], v: SentenceView): Cue[] {
  const s = v.sentence;
  if (!s.text.includes('では')) return [];
  const out: Cue[] = [];
  for (let k = v.first + 1; k < v.end - 1; k++) {
    const de = tokens[k] as Token;
    if (de.surface !== 'で' || !isCaseParticle(de) || tokens[k + 1]?.surface !== 'は' || depthAt(v, k) > 0) continue;
    const phrase = phraseEndingAt(tokens, k - 1, v.first);
    if (!phrase || isTitle(phrase) || isReportPhrase(phrase) || reportNounAt(phrase.text)) continue;
    const owner = madeThingOwner(tokens, v, phrase, TITLE_REPORT_WORDS);
    if (!owner || owner.type === 'document' || owner.type === 'anonymous') continue;
    const cue = `${phrase.text}では`;
    out.push({ ...accordingCue(tokens, owner, cue, v), head: opensSentence(tokens, v, k), frame: true });
  }
  return out;
}

/**
 * 口コミ集計サイト「ゲームスコアズ」では: a title right after the kind of service it is (a site, an app, a
 * ranking; core/lexicon/reporting-cues.ts) names the service, which speaks for what it tallies. サイトの
 * 「マイページ」では (a part of a site) and a bare 「…」では name none.
 */
function namedService(tokens: readonly Token[], v: SentenceView, phrase: NamePhrase): Speaker | null {
  const open = phrase.text.search(/[「『][^「『」』]+[」』]$/);
  if (open > 0) {
    const kind = phrase.text.slice(0, open);
    return NAMED_SERVICE_HEADS.some((h) => kind.endsWith(h)) ? { phrase, type: 'organization' } : null;
  }
  const kind = open === 0 ? phraseEndingAt(tokens, phrase.first - 1, v.first) : null;
  if (!kind || kind.end !== phrase.start || !NAMED_SERVICE_HEADS.some((h) => kind.text.endsWith(h))) return null;
  return {
    phrase: { ...phrase, text: kind.text + phrase.text, start: kind.start, first: kind.first },
    type: 'organization',
  };
}

/**
 * 記者が市の担当者に尋ねたところ → 市の担当者: the party marked with に in the clause of an asking verb at
 * `verb` (its answer is the report), or null.
 */
function askedBefore(tokens: readonly Token[], v: SentenceView, verb: number): Speaker | null {
  for (let i = verb - 1; i > v.first; i--) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (t.surface === '、') return null;
    if (t.surface === 'に' && isCaseParticle(t)) return speakerBefore(tokens, i, v.first);
  }
  return null;
}

/**
 * 9秒98の日本新記録 / 7メートル95の記録: a performance noun (core/lexicon/report-nouns.ts) qualified by a
 * measure through の is the feat the number measures. 気象庁の記録 / 過去30年の記録 / 2024年の記録 cite a
 * record kept: an owner, or a span of time or a year, before it.
 */
function measuredFeat(tokens: readonly Token[], p: NamePhrase): boolean {
  if (!PERFORMANCE_REPORTS.some((w) => p.text.endsWith(w))) return false;
  for (let i = Math.max(p.first - 1, 0); i < tokens.length && (tokens[i] as Token).start < p.end; i++) {
    const before = tokens[i - 1];
    if (!isGenitive(tokens[i])) continue;
    return (isNumeral(before) || isCounter(before)) && !CALENDAR_MEASURES.test(before?.surface ?? '');
  }
  return false;
}

/** A plan noun at `n` right after a verb in its plain non-past form: 計上する|方針, 増やす|計画. */
function plannedBefore(tokens: readonly Token[], n: number): boolean {
  const noun = tokens[n];
  const verb = tokens[n - 1];
  return !!noun && PLAN_NOUNS.has(noun.surface) && isVerb(verb) && verb?.surface === verb?.basic;
}

/** 私の試算 / 筆者の調べ: a report whose owner, written before の, is the writer (core/lexicon/writer-voice.ts). */
function writersOwn(tokens: readonly Token[], v: SentenceView, p: NamePhrase): boolean {
  const no = tokens[p.first - 1];
  const owner = tokens[p.first - 2];
  return !!no && !!owner && p.first - 2 >= v.first && isGenitive(no) && WRITER_WORDS.has(owner.surface);
}

/**
 * A report phrase led by a word that leaves its owner unnamed: ある民間調査 (the determiner is kept in
 * the name), 別の調査, 複数の調査, 一部の試算. この調査 / その推計 point back and are no such report.
 */
function indefiniteReport(tokens: readonly Token[], p: NamePhrase): NamePhrase | null {
  const det = tokens[p.first - 1];
  if (det && isAdnominal(det) && INDEFINITE_DETERMINERS.has(det.surface)) {
    return { ...p, text: det.surface + p.text, start: det.start, first: p.first - 1 };
  }
  const lead = /^(.+?)の/.exec(p.text)?.[1] ?? '';
  return INDEFINITE_DETERMINERS.has(lead) ? p : null;
}

// ワクチンについて、… / 物価をめぐり、…: the matter the sentence is about, set before it with a comma.
const MATTER_BEFORE = /(?:について|に関して|に関し|をめぐって|をめぐり)$/;

/**
 * True when nothing but the source comes before the cue at token `k`: no 、 of an earlier clause. A
 * comma after a bare noun, a conjunction or an adverb, or after the matter spoken of, closes no
 * clause (一方、民間の研究機関、東和総研の調査では / 接種状況について、県の調査では).
 */
function opensSentence(tokens: readonly Token[], v: SentenceView, k: number): boolean {
  let from = v.first;
  for (let i = v.first; i < k; i++) {
    if ((tokens[i] as Token).surface !== '、' || depthAt(v, i) > 0) continue;
    const before = tokens[i - 1];
    const words = tokens
      .slice(from, i)
      .map((t) => t.surface)
      .join('');
    from = i + 1;
    if (listsNumbers(tokens, i) || MATTER_BEFORE.test(words)) continue;
    if (i > v.first && (isNoun(before) || isConjunction(before) || isAdverb(before))) continue;
    return false;
  }
  return true;
}

/** でも read whole as an adverbial particle (結果でも): the report cue's で and も together. */
function isAdverbialDemo(t: Token | undefined): boolean {
  return !!t && isParticle(t) && t.surface === 'でも';
}

/** 「旅行白書」, 『防衛白書』: a report named by its title in quotes. */
function isTitle(p: NamePhrase): boolean {
  return /^[「『].*[」』]$/.test(p.text);
}

/**
 * An according-to cue: `own` is the source for the whole sentence — from the clause it is named in,
 * when a contrast (…見込んでいるが、) sets an earlier clause apart.
 */
function accordingCue(tokens: readonly Token[], own: Speaker, cue: string, v: SentenceView): Cue {
  return {
    kind: 'according',
    speaker: own.phrase,
    type: own.type,
    cue,
    contentStart: afterDescribingClause(tokens, v, own.phrase, clauseStart(tokens, v, own.phrase.first)),
    contentEnd: v.sentence.end,
    announce: false,
    via: null,
  };
}
