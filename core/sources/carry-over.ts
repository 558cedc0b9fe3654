import { DATA_REPORTS } from '../lexicon/report-nouns';
import {
  ANNOUNCE_REPORT_VERBS,
  BARE_REPORTING_VERBS,
  CARRY_BACK_OPENERS,
  CONTINUATION_OPENERS,
  NOT_OWN_VERBS,
  POINT_BACK_WORDS,
  REPORTING_IDIOMS,
  SPEAKING_BACK_VERBS,
  SUMMARY_DETERMINERS,
  SUMMARY_NOUNS,
  SUMMARY_PRONOUNS,
  VIEW_NOUNS,
} from '../lexicon/reporting-cues';
import {
  isAdjectivalNoun,
  isAdjective,
  isAdverb,
  isAuxiliary,
  isBindingParticle,
  isDependent,
  isIndependent,
  isNoun,
  isNumeral,
  isParticle,
  isPassive,
  isSuffix,
  isVerb,
} from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { SourceType, Token } from '../types';
import { chainedSource, relayedBy, splitChain } from './chains';
import { cleftSpeaker } from './cleft';
import { type Cue, depthAt, type SentenceView } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { cueText } from './quote-shape';
import { gatheredAt } from './report-cleft';
import { reportingVerbAt, type VerbMatch } from './reporting-verbs';
import { isActorParticle } from './subjectless';
import { ledeActor, speakerBefore, taggedBody } from './topic';

/**
 * A sentence that attributes the one before it:
 * 「これは先月、民間調査会社の試算を引用して地元紙が報じたものだ」 (→ 民間調査会社 via 地元紙), or a
 * bare 「地元当局者が17日、AFPに明らかにした。」 with nothing of its own (no quote, no object, no figure).
 */
export function carryBackCue(text: string, tokens: readonly Token[], v: SentenceView, hasFigure: boolean): Cue | null {
  const s = v.sentence.text;
  const demonstrative = CARRY_BACK_OPENERS.some((o) => s.startsWith(o));
  // A sentence with content of its own (a figure, a quote) reports that, not the one before it…
  const ownContent = hasFigure || s.includes('「');
  // 店を切り盛りする女性はこう話す: with こう / そう the object of a clause describing the speaker is
  // no content of the sentence's own.
  let pointing = false;
  for (let i = v.first + 1; i < v.end && !pointing; i++) {
    pointing = POINT_BACK_WORDS.has((tokens[i - 1] as Token).surface) && !!reportingVerbAt(tokens, i, false);
  }
  // 「…」。エースの田中投手は力を込めた: an idiom of speaking closing a sentence of no content of its
  // own names the speaker of a quote standing just before, as a plain verb of speaking does.
  const idiom = ownContent ? null : (closingIdiom(tokens, v) ?? closingAct(text, tokens, v));
  if (idiom) return idiom;
  // 声明でこうした状況を明らかにした: the object sums up the sentences before, as こう does; so does a
  // report of data made public (こども家庭庁が20日、速報値を公表した) after the figures it gave.
  // こうした推計を、観光庁が29日明らかにした / 以上は、協会がまとめた: the sentence opens on the findings its
  // paragraph told, and the body and verb closing it make them known.
  const leading = !ownContent && SUMMARY_OPENING.test(s);
  const summing = leading || (!ownContent && (summingUp(text, tokens, v) || publishesData(tokens, v)));
  for (let i = v.first; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (!demonstrative && !pointing && !summing && t.surface === 'を') return null;
    // 「…」。女性はこう話した: こう / そう points back at the quote, whatever the verb — even when the
    // speaker's age is a figure of the sentence (田村さん（54）はこう話す).
    const pointsBack = POINT_BACK_WORDS.has(tokens[i - 1]?.surface ?? '');
    if (!demonstrative && ownContent && !pointsBack) continue;
    // これは県警がまとめたものだ: in the cleft of a demonstrative, gathering the data makes it known.
    const reported =
      reportingVerbAt(tokens, i, false) ??
      (summing ? (shownView(tokens, i) ?? compiledAt(tokens, i)) : null) ??
      (demonstrative || leading ? gatheredAt(tokens, i) : null);
    // 「…心配だ」。代表の三上さんはそう漏らした: そう before any verb of the person's own names the speaker
    // of a quote standing just before (and only of such a quote, as a plain verb of speaking does).
    const own = !reported && pointsBack ? ownVerbAt(tokens, i) : null;
    const verb = reported ?? own;
    const summed = summing && (leading || tokens[i - 1]?.surface === 'を');
    // 「…」。女将の佐藤さんはうれしそうに話す: a plain verb of speaking names the quote's speaker.
    const speech = !!own || (!!verb && !demonstrative && !pointsBack && !summed && speaksBack(tokens, verb.first));
    if (
      !verb ||
      verb.passive ||
      (!demonstrative && !pointsBack && !summed && !speech && !BARE_REPORTING_VERBS.has(verb.verb))
    ) {
      continue;
    }
    // そう語るのは、老舗旅館の女将、川村幸子さんだ: the speaker follows the verb, in a cleft.
    const cleft = pointsBack ? cleftSpeaker(tokens, v, verb.last + 1) : null;
    if (cleft) return { ...bareCue(cleft.phrase, cleft.type, cueText(tokens, verb)), via: null, pointing: true };
    const rest = restAfter(tokens, verb.last + 1, v.end);
    // これは…報じたものだ / bare: …明らかにした。 / pointing back, the sentence may go on: 田中さんは、
    // そう言って肩を落とした。 — but not そう言えば (“come to think of it”) or そう言っても.
    const ends = pointsBack
      ? !/^(?:ば|ても|ては)/.test(rest)
      : (leading && LEADING_END.test(rest)) ||
        (demonstrative ? /^(?:た|し)?もの/.test(rest) : /^(?:た|ました|ている|ています|)。?$/.test(rest));
    if (!ends) continue;
    const who = subjectBefore(tokens, v, i);
    if (!who) return null;
    const from = who.phrase.end;
    const to = t.start;
    // これは調査会社のXが、量販店の販売データをもとに推計したものだ: what a party worked out (推計, 集計, まとめ)
    // from another's data is its own; only a report relayed (…試算を引用して地元紙が報じたものだ) is the other's.
    const made = gatheredAt(tokens, verb.first) !== null;
    const chain = splitChain(
      who.phrase,
      made ? null : chainedSource(text, tokens, v.first, (tokens[v.first] as Token).start, to),
    );
    return {
      ...bareCue(chain.source?.phrase ?? who.phrase, chain.source?.type ?? who.type, cueText(tokens, verb)),
      via: chain.via ?? relayedBy(text, tokens, who.phrase.last + 1, from, verb.first),
      pointing: pointsBack && !own,
      // …延べ約42万人に上った。昨年より約6万人多い。実行委員会が19日、発表した。: a bare announcement with
      // nothing of its own sums up its paragraph's sentences before it, as こうした状況を明らかにした does;
      // so does これは地元紙が報じたものだ, of all the news its paragraph told before it.
      summing: summed || (demonstrative && !ownContent) || (!demonstrative && !pointsBack && !speech && !ownContent),
      speech,
    };
  }
  return null;
}

// 力を込めた。 / 胸を張る。 / 意気込んだ。: what may follow an idiom of speaking before the full stop.
const IDIOM_END = /^(?:[っんいし]?(?:た|だ|る|む|す|ている|ていた))?[。．]?$/;
/** The longest IDIOM_END matches (っていた。): an idiom further from the sentence's end cannot close it. */
const IDIOM_END_MAX = 5;

/** A sentence closing on an idiom of speaking with its subject before it (田中投手は力を込めた), as a speech cue. */
function closingIdiom(tokens: readonly Token[], v: SentenceView): Cue | null {
  const s = v.sentence.text;
  for (const idiom of REPORTING_IDIOMS) {
    // Most sentences hold no idiom near their end: look there first, not through the whole sentence.
    if (s.indexOf(idiom, Math.max(0, s.length - idiom.length - IDIOM_END_MAX)) < 0) continue;
    const at = s.lastIndexOf(idiom);
    if (at <= 0 || !IDIOM_END.test(s.slice(at + idiom.length))) continue;
    let k = v.first;
    while (k < v.end && (tokens[k] as Token).start < v.sentence.start + at) k++;
    const who = subjectBefore(tokens, v, k);
    if (!who) return null;
    return { ...bareCue(who.phrase, who.type, idiom), via: null, speech: true };
  }
  return null;
}

/**
 * 「…あと5年もつかどうか」。佐々木さんは苦笑いする / 山田さんは静かにうなずいた: a sentence that is only a
 * person and what they do (a verb, or a サ変 noun with する, an adverb or two before it) names the speaker
 * of a quote standing just before, as a verb of speaking does. Being and becoming (いる, なる) are not
 * acts; an object or a place (店を開いた, 東京で働く) gives the sentence content of its own.
 */
function closingAct(text: string, tokens: readonly Token[], v: SentenceView): Cue | null {
  // Only right after a quote in brackets (「…」。 or 「…」 closing the sentence before).
  if (v.end <= v.first || !AFTER_QUOTE.test(text.slice(Math.max(0, v.sentence.start - 3), v.sentence.start))) {
    return null;
  }
  let k = v.end - 1;
  while (k > v.first && /^[。．]$/.test((tokens[k] as Token).surface)) k--;
  while (k > v.first && endsAct(tokens[k] as Token)) k--;
  const t = tokens[k] as Token;
  const sahen = t.basic === 'する' && isNoun(tokens[k - 1]) && !isSuffix(tokens[k - 1]);
  const verb = sahen ? k - 1 : k;
  if (!sahen && (!isVerb(t) || !isIndependent(t) || NOT_OWN_VERBS.has(t.basic))) return null;
  let p = verb - 1;
  // うれしそうに / 静かに / そっと: a manner before the act, at most two words.
  while (p > v.first && verb - p <= 4 && manner(tokens[p] as Token)) p--;
  const particle = tokens[p] as Token;
  if (!isActorParticle(particle)) return null;
  const who = speakerBefore(tokens, p, v.first);
  if (!who || (who.type !== 'person' && who.type !== 'anonymous') || who.phrase.first !== v.first) return null;
  return {
    ...bareCue(
      who.phrase,
      who.type,
      cueText(tokens, { first: verb, last: k, passive: false, announce: false, verb: t.surface }),
    ),
    via: null,
    speech: true,
  };
}

// 」。 / 」 and any spaces: the end of a sentence that was a quote in brackets.
const AFTER_QUOTE = /[」』][。．]?\s*$/;

/** た / ます / ている / だ: what may close an act after its verb. */
function endsAct(t: Token): boolean {
  return (
    isAuxiliary(t) || (isVerb(t) && isDependent(t)) || ((t.surface === 'て' || t.surface === 'で') && isParticle(t))
  );
}

/** 静かに / そっと / うれしそうに: an adverb, an adjective or an adjectival noun with に: how an act was done. */
function manner(t: Token): boolean {
  if (t.surface === 'に' || t.surface === 'そう') return isParticle(t) || isSuffix(t) || isAdjectivalNoun(t);
  return isAdverb(t) || isAdjectivalNoun(t) || isAdjective(t) || t.surface === '、';
}

/**
 * A verb at `k` that a person does with words or feelings after そう / こう (漏らした, 打ち明けた, 笑った),
 * not passive (そう見られる) nor one of being or becoming (そうなった).
 */
function ownVerbAt(tokens: readonly Token[], k: number): VerbMatch | null {
  const t = tokens[k] as Token;
  if (!isVerb(t) || t.pos1 !== '自立' || NOT_OWN_VERBS.has(t.basic)) return null;
  const next = tokens[k + 1];
  if (isPassive(next)) return null;
  return { first: k, last: k, passive: false, announce: false, verb: t.surface };
}

/** A verb of speaking at `k` (話す, 語っ), not a made noun (話し合い is not 話す). */
function speaksBack(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return isVerb(t) && SPEAKING_BACK_VERBS.has(t.basic);
}

// こうした推計を、 / これらの数字は、 / 以上は、: a sentence opening on its paragraph's findings (not こうした中、).
const SUMMARY_OPENING = new RegExp(
  `^(?:(?:${SUMMARY_DETERMINERS.join('|')})[^\\s、。を「」はが]{0,4}(?:${SUMMARY_NOUNS.join('|')})|${SUMMARY_PRONOUNS.join('|')})[をはが]`,
);

/** True when a sentence opens on the findings its paragraph told before it (これらの数字は、…, 以上は、…). */
export function opensOnFindings(sentence: string): boolean {
  return SUMMARY_OPENING.test(sentence);
}

// まとめた。 / 発表しました。 / 明らかにしたということです。: a verb closing the sentence after the findings.
const LEADING_END = /^(?:た|ました|ている|ています|)(?:ということです)?。?$/;

// こうした状況を / このような内容を / こんな分析結果を: a demonstrative and a noun or two, the object of the
// verb after.
const SUMMING_OBJECT = /(?:こうした|こういった|このような|そうした|そのような|こんな|そんな)[^\s、。を「」]{1,8}$/;

/** True when a reporting verb of the sentence takes an object that sums up what came before (こうした状況を明らかにした). */
function summingUp(text: string, tokens: readonly Token[], v: SentenceView): boolean {
  for (let i = v.first + 1; i < v.end - 1; i++) {
    const t = tokens[i] as Token;
    if (t.surface !== 'を' || depthAt(v, i) > 0) continue;
    const before = text.slice(Math.max(v.sentence.start, t.start - 14), t.start);
    // こんな分析結果をまとめ、…発表した: compiling a report sums up as making it known does.
    const compiled = ANNOUNCE_REPORT_VERBS.has(tokens[i + 1]?.basic ?? '');
    if (SUMMING_OBJECT.test(before) && (reportingVerbAt(tokens, i + 1, false) || shownView(tokens, i + 1) || compiled))
      return true;
  }
  return false;
}

// 速報値 / 確定値 / 概数: a figure of a report, by IPADIC's suffix word after a noun.
const DATA_SUFFIXES: ReadonlySet<string> = new Set(['値', '数']);

/**
 * 速報値を公表した / 調査結果を発表した: the sentence's only object is a report of data and the verb after it
 * makes it public (a bare announcing verb: 発表, 公表, 明らかにした). Its figures were the sentence before.
 */
function publishesData(tokens: readonly Token[], v: SentenceView): boolean {
  for (let i = v.first + 1; i < v.end - 1; i++) {
    const t = tokens[i] as Token;
    if (t.surface !== 'を' || depthAt(v, i) > 0) continue;
    const noun = tokens[i - 1] as Token;
    const data = DATA_REPORTS.has(noun.surface) || (isSuffix(noun) && DATA_SUFFIXES.has(noun.surface));
    const verb = data ? reportingVerbAt(tokens, i + 1, false) : null;
    return !!verb && !verb.passive && BARE_REPORTING_VERBS.has(verb.verb);
  }
  return false;
}

/** 示した after a view and を (こうした見通しを示した): a view shown is stated, as 明らかにした is. */
function shownView(tokens: readonly Token[], i: number): VerbMatch | null {
  const t = tokens[i];
  if (t?.basic !== '示す' || tokens[i - 1]?.surface !== 'を' || !VIEW_NOUNS.has(tokens[i - 2]?.surface ?? ''))
    return null;
  return { first: i, last: i, passive: false, announce: true, verb: t.surface };
}

/** まとめた after を (このような研究結果をまとめた): a report compiled, as a verb of making it known. */
function compiledAt(tokens: readonly Token[], i: number): VerbMatch | null {
  const t = tokens[i];
  if (!t || !isVerb(t) || !ANNOUNCE_REPORT_VERBS.has(t.basic) || tokens[i - 1]?.surface !== 'を') return null;
  return { first: i, last: i, passive: false, announce: true, verb: t.surface };
}

/** A cue that attributes the sentence before it (its own content is empty). */
function bareCue(speaker: NamePhrase, type: SourceType, cue: string): Cue {
  return { kind: 'carry', speaker, type, cue, contentStart: 0, contentEnd: 0, announce: false, via: null };
}

/** The nearest source-like subject or topic before the verb: …CNNが報じた → CNN. */
function subjectBefore(tokens: readonly Token[], v: SentenceView, verb: number) {
  for (let k = verb - 1; k > v.first; k--) {
    const t = tokens[k] as Token;
    if (isActorParticle(t)) {
      // 東和精機が12日、明らかにした: a name whose words say nothing of its kind (東和 + 精機) is a body
      // when the entity tagger found it as one, or when a day follows it as in a news lede.
      const sp =
        speakerBefore(tokens, k, v.first) ?? taggedBody(tokens, v, k, v.first) ?? unknownBody(tokens, v, k, verb);
      if (sp && !CARRY_BACK_OPENERS.some((o) => o.startsWith(sp.phrase.text))) return sp;
    }
  }
  return null;
}

/**
 * 東和精機が12日、明らかにした / 衣料チェーンのミナト商会が、11日までに明らかにした: the name opening a bare
 * announcement, of no kind its words tell, is a body when a day follows it as in a news lede (a proper
 * name) or when it
 * ends on an organisation the tagger found (三葉電工, cut at its numeral, is no name of its own).
 */
function unknownBody(tokens: readonly Token[], v: SentenceView, p: number, verb: number) {
  const lede = ledeActor(tokens, p, v.first) ?? datedRightBefore(tokens, v, p, verb);
  // 大雨が12日、… is no party: the lede's name has a proper word in it (東和 of 東和精機).
  if (lede) return lede.phrase.first === v.first && lede.phrase.hasProper ? lede : null;
  const phrase = phraseEndingAt(tokens, p - 1, v.first);
  if (!phrase || phrase.first !== v.first || !v.bodies.ends.has(phrase.end)) return null;
  for (const name of v.bodies.names) {
    if (phrase.text.endsWith(name)) return { phrase, type: 'organization' as const };
  }
  return null;
}

/**
 * 配給の東邦シネマが25日発表した。: the lede's name with its day and the verb right after it, no comma
 * between — a sentence that is only who announced and when (大雨が12日発表した is none: no proper word).
 */
function datedRightBefore(tokens: readonly Token[], v: SentenceView, p: number, verb: number) {
  let k = p + 1;
  while (isNumeral(tokens[k])) k++;
  if (k === p + 1 || tokens[k]?.surface !== '日' || k + 1 !== verb) return null;
  const phrase = phraseEndingAt(tokens, p - 1, v.first);
  return phrase && !phrase.hasPerson ? { phrase, type: 'organization' as const } : null;
}

/** The first dozen characters of tokens [from, to): the endings after a verb (た。, ている。, て肩を…). */
export function restAfter(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to && s.length < 12; k++) s += (tokens[k] as Token).surface;
  return s;
}

/** True when a sentence continues the previous one's report: さらに、約65％が…と回答している. */
export function continuesReport(sentence: string): boolean {
  return CONTINUATION_OPENERS.some((o) => sentence.startsWith(o));
}

/**
 * A sentence that says which report the one before it quotes: 「昨年の出生数は68万人余りだった。厚生
 * 労働省が今週公表した人口動態統計の概数である。」 — no figure, no topic (its subject is the figure
 * before), a published report (XがN日公表したY, found by announcements.ts) and a copula to close.
 */
export function identifiesReport(
  tokens: readonly Token[],
  v: SentenceView,
  cues: readonly Cue[],
  hasFigure: boolean,
): Cue | null {
  if (!cues.length) return null;
  const report = cues.find((c) => c.kind === 'according') ?? (cues[0] as Cue);
  // 東和研究所が…まとめた見通しで: the report noun and the verb that made it name one party, as one cue; so
  // does the maker's verb of making it known (北山機関が…公表した報告で明らかにしたものだ).
  const one = (c: Cue) =>
    (c.kind === 'according' || c.kind === 'announce') && c.speaker?.start === report.speaker?.start;
  if (!cues.every(one)) return null;
  if (report.kind !== 'according' || !report.speaker) return null;
  // 主催する実行委員会が発表した数字で、昨年を10万人ほど上回った: the report named first, joined by で,
  // before the sentence goes on with figures of its own.
  const head = report.published ? headCopula(tokens, v) : -1;
  if (hasFigure && head < 0) return null;
  // これは県警がまとめた統計で明らかになったものだ: これは points back at the figures, no topic of its own.
  const pointing = CARRY_BACK_OPENERS.some((o) => v.sentence.text.startsWith(o));
  const opensWithMaker = (report.speaker.start ?? 0) <= v.sentence.start + 1;
  const cameToLight = CAME_TO_LIGHT.test(v.sentence.text) && (pointing || opensWithMaker);
  // 東和研究所が12日に公表した見通しで示したもので、…: the maker opening the sentence, the deed a cleft of もの.
  const madeIt = opensWithMaker && MADE_CLEFT.test(v.sentence.text);
  if (head < 0 && !endsWithCopula(tokens, v) && !SHOWN_IN.test(v.sentence.text) && !cameToLight && !madeIt) return null;
  // The は of a demonstrative opening the sentence (これは, いずれも) points back at the figures before;
  // any other topic is what the sentence is about.
  const opener = CARRY_BACK_OPENERS.find((o) => v.sentence.text.startsWith(o));
  const from = opener ? tokenAt(tokens, v.sentence.start + opener.length) : v.first;
  for (let i = from; i < (head < 0 ? v.end : head); i++) {
    const t = tokens[i] as Token;
    if (t.surface === 'は' && isBindingParticle(t) && depthAt(v, i) === 0) return null;
  }
  return { ...report, kind: 'carry', contentStart: 0, contentEnd: 0, nearest: head >= 0 };
}

/**
 * The token of the で that closes a noun phrase opening the sentence and joins it to the rest with a
 * comma (…発表した数字で、), or -1.
 */
function headCopula(tokens: readonly Token[], v: SentenceView): number {
  for (let k = v.first + 1; k < v.end - 1; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0) continue;
    if (t.surface === '、') return -1;
    if (t.surface === 'で' && tokens[k + 1]?.surface === '、' && isNoun(tokens[k - 1])) return k;
  }
  return -1;
}

// 東和研究所が4月にまとめた見通しで示された。: the report the figures before were shown in, with no
// subject of its own (the figures are).
const SHOWN_IN = /で(?:示され|明らかにされ)(?:た|ている|ています|ました)[。．]?$/;
// …まとめた統計で明らかになったものだ / …公表した調査で分かった: the report the figures came to light in —
// only with nothing else as its subject (これは, or the report's maker opening the sentence): in
// 前年を2割上回ったことが、市の集計で分かった the sentence states a finding of its own. The maker may make
// them known in it too: これは北山機関が20日に公表した報告で明らかにしたものだ.
const CAME_TO_LIGHT =
  /で(?:明らかになっ|明らかになり|明らかにし|分かっ|分かり|わかっ|わかり|判明し)(?:た|ている|ています|ました)(?:もの|こと)?(?:だ|です|である)?[。．]?$/;

// …見通しで示したもので、 / …調査で明らかにしたものだ。: what the maker did, told as a cleft (X did it).
const MADE_CLEFT = /(?:た|だ)もの(?:で、|だ|です|である)/;

/** …の概数である。 / …の速報値だ。 / …の推計です。: a noun and a copula end the sentence. */
function endsWithCopula(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.end - 1;
  if (k < v.first || !tokens[k]) return false;
  while (k > v.first && /^[。．]$/.test((tokens[k] as Token).surface)) k--;
  if (tokens[k]?.basic === 'ある' && tokens[k - 1]?.surface === 'で') k -= 2;
  else if (/^(?:だ|です)$/.test(tokens[k]?.surface ?? '')) k--;
  else return false;
  return isNoun(tokens[k]);
}
