import { COUNT_NOUN_ENDINGS, RATE_NOUN_ENDINGS } from '../lexicon/rate-nouns';
import { FORESEEING_VERBS } from '../lexicon/reporting-cues';
import { TIME_SUFFIXES } from '../lexicon/source-nouns';
import { alternation } from '../lexicon/word-table';
import {
  isBindingParticle,
  isCaseParticle,
  isGenitive,
  isNumeral,
  isPlainNoun,
  isPredicateWord,
  isPrefix,
  isSahenNoun,
} from '../text/pos';
import { KANJI } from '../text/script';
import type { Token } from '../types';
import { countedInOwnClause } from './counted-topic';
import { depthAt, type SentenceView } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { isCasualty, sourceTypeOf } from './source-type';
import { bodySetAfter, NOT_TOPIC_BEFORE, type Speaker } from './topic';

// Topics of reports whose words say nothing of what kind of party they are (東和は、…と発表した),
// whether a sentence has any topic at all, and short forms (中銀は) — split from topic.ts, which
// finds the topics that are named parties.

// 額 / 率 / 数 / 高 / 時: a measured quantity or a time as topic is the content, never the speaker.
// So is a count or an index named to take a bare value (総人口は…1億499万人になると見込んでいる: the
// population is what was projected; rate-nouns.ts).
const MEASURE_HEAD = new RegExp(
  `(?:額|率|数|高|量|値|幅|比|価格|費|益|金|時|年|月|日|期|間|${alternation([...RATE_NOUN_ENDINGS, ...COUNT_NOUN_ENDINGS])})$`,
);

/**
 * 飛行距離は約800キロと分析している: a topic made of words of the language (no name among them) that
 * the reported words only give a value (no predicate of their own) is what was measured, not who
 * measured it; 東和は約100億円と見込む names the one who expects. So is one, no party by its words, whose
 * words have a predicate of their own but no quote in brackets: 総人口は…1億499万人になると見込んでいる,
 * 世界の平均海面は最大1.1メートル上昇すると予測している (主婦（52）は「…」と話した is hers; 中銀は…とした is
 * the bank's).
 */
function measuredValue(
  tokens: readonly Token[],
  phrase: NamePhrase,
  from: number,
  to: number,
  tagged: boolean,
): boolean {
  for (let k = phrase.first; k <= phrase.last; k++) {
    const t = tokens[k] as Token;
    if (!isPlainNoun(t) && !isGenitive(t) && !isPrefix(t)) return false;
  }
  let predicate = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.surface === '「' || t.surface === '『') return !predicate && !hasPredicate(tokens, k, to);
    if (isPredicateWord(t)) predicate = true;
  }
  // 北辰は…とした (a name IPADIC knows as a word) / 中銀は (a body's short form, its head one character):
  // a topic of one word, or of a one-character head, may be a party — unless the foreseen words have no
  // subject of their own, so that the word is theirs: 海面は0.3メートル上昇すると見込む, 気温は…上昇すると予測
  // (北辰は売上高が2割増えると見込む is the firm's, and so is a word the tagger found as a body).
  const words = phrase.first < phrase.last && (tokens[phrase.last] as Token).surface.length > 1;
  const oneWord = phrase.first === phrase.last && !phrase.hasProper && !tagged && !hasSubject(tokens, from, to);
  return !predicate || ((words || oneWord) && !sourceTypeOf(phrase) && foresees(tokens, to));
}

/** Tokens [from, to) hold a subject of their own (売上高が), outside brackets. */
function hasSubject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.surface === '「' || t.surface === '『') return false;
    if (t.surface === 'が' && isCaseParticle(t)) return true;
  }
  return false;
}

/**
 * The verb after the quoting と at `to` foresees (…になると見込んでいる, …上昇すると予測している): only then may a
 * topic whose words have a predicate of their own be the thing foreseen. 発表した / 主張した want a party:
 * ソーマ政権は…3万世帯を支援したと発表した is the government's.
 */
function foresees(tokens: readonly Token[], to: number): boolean {
  for (let k = to + 1; k <= to + 3; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (FORESEEING_VERBS.has(t.basic) || FORESEEING_VERBS.has(t.surface)) return true;
    if (t.surface !== '、' && !isPlainNoun(t)) return false;
  }
  return false;
}

/** Tokens [from, to) hold a verb, an auxiliary or an adjective. */
function hasPredicate(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPredicateWord(tokens[k])) return true;
  return false;
}

/**
 * The plain topic of a strongly reporting sentence, when nothing says what kind of party it is:
 * 「東和は、…と発表した」 → 東和. Quantities, times and phrases with numbers are not speakers.
 */
export function plainTopic(tokens: readonly Token[], v: SentenceView, lo: number, hi: number): Speaker | null {
  let embedded = false; // after a subject, as in findTopic
  for (let i = lo + 1; i < hi; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (t.surface === '、') embedded = false;
    if (t.surface === 'が' && isCaseParticle(t)) embedded = true;
    if (t.surface !== 'は' || !isBindingParticle(t) || embedded) continue;
    if (NOT_TOPIC_BEFORE.has((tokens[i - 1] as Token).surface)) continue;
    const phrase = phraseEndingAt(tokens, i - 1, lo);
    const setAfter = phrase && bodySetAfter(tokens, v, phrase, i, hi);
    if (setAfter) return setAfter;
    if (phrase && countsPlainWords(tokens, phrase, i)) continue;
    if (!phrase || phrase.text.length > 12 || MEASURE_HEAD.test(phrase.text)) return null;
    // 試合後は「…」と話した / 式典後は: a time IPADIC writes as a suffix (名詞,接尾,副詞可能) says when.
    if (phrase.headSuffix && TIME_SUFFIXES.has(phrase.headSuffix)) return null;
    // 実際の死者は300人を上回る可能性があると述べた: the dead are what the words count.
    if (isCasualty(phrase.text)) return null;
    for (let k = phrase.first; k <= phrase.last; k++) if (isNumeral(tokens[k])) return null;
    if (measuredValue(tokens, phrase, i + 1, hi, v.bodies.names.has(phrase.text))) return null;
    // 倉庫での待機は1日約3時間に上り、…と主張していた: an act named by a サ変 noun (待機, 残業) is what the
    // claim is about; its claimant is left out (the paragraph's 訴状によると says whose it is).
    if (isSahenNoun(tokens[phrase.last]) && !phrase.hasProper && !sourceTypeOf(phrase)) return null;
    return { phrase, type: phrase.hasPerson ? 'person' : 'organization' };
  }
  return null;
}

/**
 * 参加者は延べ1200人程度で、: a topic of plain words, or people by their role, that its own clause
 * counts (counted-topic.ts) — what was counted. A body or a name so counted (東和電機は3期連続で、)
 * may still be the speaker.
 */
function countsPlainWords(tokens: readonly Token[], phrase: NamePhrase, p: number): boolean {
  const type = sourceTypeOf(phrase);
  const plain = type === 'anonymous' || (!type && !phrase.hasProper && !phrase.headName);
  return plain && countedInOwnClause(tokens, p);
}

/**
 * True when tokens [lo, hi) have a topic or subject (Xは / Xが) of any kind: then a report has a
 * subject after all (利用開始時は…としている, 回答者の3割が…と答えた), just not one we can name.
 * With `timesSayWhen` a time topic (試合後は) is passed over.
 */
export function hasTopic(
  tokens: readonly Token[],
  v: SentenceView,
  lo: number,
  hi: number,
  timesSayWhen = false,
): boolean {
  // 提言では、肥料の価格が…上がったと指摘している: a document framing the clause is what reports it.
  let framed = false;
  for (let i = lo + 1; i < hi; i++) {
    const t = tokens[i] as Token;
    const particle = (t.surface === 'は' && isBindingParticle(t)) || (t.surface === 'が' && isCaseParticle(t));
    if (particle && (tokens[i - 1] as Token).surface === 'で') framed = true;
    if (!particle || depthAt(v, i) > 0 || NOT_TOPIC_BEFORE.has((tokens[i - 1] as Token).surface)) continue;
    const phrase = phraseEndingAt(tokens, i - 1, lo);
    // 試合後は「…」と話した: before a verb of speaking, a time (`timesSayWhen`) is no subject of it.
    if (timesSayWhen && phrase?.headSuffix && TIME_SUFFIXES.has(phrase.headSuffix)) continue;
    if (!phrase || (t.surface === 'は' && countsPlainWords(tokens, phrase, i))) continue;
    if (framed || !valued(tokens, v, phrase, i, hi)) return true;
  }
  return false;
}

/**
 * 1人あたりの費用は平均でおよそ18万円と、…高くなっているとしています / 被害額は２億円にのぼるとみています /
 * 需要が2割増えると見込んでいる: a topic of common words (no party by its words, no name) that is the subject
 * of a predicate of its own in the reported clause, with a figure, belongs to that clause — the verb of
 * reporting has no subject written.
 */
function valued(tokens: readonly Token[], v: SentenceView, phrase: NamePhrase, p: number, hi: number): boolean {
  if (phrase.hasProper || phrase.hasPerson || phrase.headName || phrase.headPlace || sourceTypeOf(phrase)) return false;
  // 中銀は、物価上昇率が…としている: a topic set off by a comma is the reporter's.
  if ((tokens[p + 1] as Token | undefined)?.surface === '、') return false;
  // 対象人数は300人程度としている: a topic given only a value is what とする sets, its own report's topic.
  if (!hasPredicate(tokens, p + 1, hi)) return false;
  for (let k = p + 1; k < hi; k++) {
    if (depthAt(v, k) > 0) return false;
    if (isNumeral(tokens[k])) return true;
  }
  return false;
}

/**
 * 中銀は、…としている: a topic written as a short form of kanji (中銀, 市教委) that names no party by
 * its own words; the caller looks for the body named before that it shortens.
 */
export function shortTopic(tokens: readonly Token[], v: SentenceView, lo: number, hi: number): NamePhrase | null {
  for (let i = lo + 1; i < hi; i++) {
    const t = tokens[i] as Token;
    if (t.surface !== 'は' || !isBindingParticle(t) || depthAt(v, i) > 0) continue;
    if (NOT_TOPIC_BEFORE.has((tokens[i - 1] as Token).surface)) return null;
    const phrase = phraseEndingAt(tokens, i - 1, lo);
    return phrase && SHORT_FORM.test(phrase.text) ? phrase : null;
  }
  return null;
}

const SHORT_FORM = new RegExp(`^[${KANJI}]{2,4}$`, 'u');
