import { MUNICIPAL_HEADS } from '../lexicon/deictic-nouns';
import { FUTURE_FRAMES, RELATIVE_WORDS } from '../lexicon/relative-dates';
import {
  BODY_PLAN_NOUNS,
  FORECAST_WORDS,
  HOLDING_VERBS,
  PLAN_NOUNS,
  PLAN_SAHEN,
  PLAN_VERBS,
  PLAN_WORK,
  RELATION_VERBS,
  SETTING_VERBS,
  SETTLING_VERBS,
  WORKED_PLAN_NOUNS,
} from '../lexicon/reporting-cues';
import { COUNTED_BODIES, RESEARCH_TEAM_HEADS as TEAM_HEADS } from '../lexicon/source-nouns';
import {
  isAdverbialNoun,
  isAuxiliary,
  isCommonNoun,
  isConjunction,
  isConjunctiveParticle,
  isDependent,
  isIndependent,
  isNoun,
  isParticle,
  isPlaceName,
  isSahenNoun,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';
import { type Cue, depthAt, type SentenceView } from './cue';
import { phraseStartingAt } from './name-phrase';
import { namesABody } from './source-type';
import { findTopic, type Speaker } from './topic';

// The copula after a plan noun: 計画だ / 予定です / 方針である.
const COPULA = new Set(['だ', 'です', 'である']);

/**
 * A plan or a forecast closing the sentence in the non-past: 「同社は来期、純利益570億円を見込む」,
 * 「政府は年3兆円規模を投じる」, 「年間配当は80円とする計画だ」. What a party plans is its own claim:
 * the speaker is the sentence's topic, or — when the subject is left out (売上高は…を見込む) — the
 * body the article is about, resolved by the caller. Done (投じた) or said of others (見込む声が多い)
 * it is no plan.
 */
export function findPlanCue(tokens: readonly Token[], v: SentenceView): Cue | null {
  const named = planAt(tokens, v);
  const ahead = named >= 0 ? named : futureActAt(tokens, v);
  // 国内で500人の希望退職を募る: an act on an object, its subject left out, is the body's to plan.
  const bare = ahead < 0 ? subjectlessActAt(tokens, v) : -1;
  const verb = ahead >= 0 ? ahead : bare;
  if (verb < 0) return null;
  if (bare >= 0) return planCue(tokens, v, verb);
  // …と見込んでいる: a quoting と makes it a quote, found by quoted-speech.ts.
  if (tokens[verb - 1]?.surface === 'と') return null;
  // 来訪者は年95万人超を見込む: people known only by their role are what is forecast, not who plans.
  // …国が荷主を指導する仕組みを強化することも盛り込んだ: a subject inside what was settled is not who
  // settled it, so a settling verb takes only a topic (は) or a subject set apart by a comma.
  const settling = isSettling(tokens[verb] as Token, tokens[verb + 1]);
  const topic = findTopic(tokens, v, v.first, verb, !settling) ?? municipalityWithDe(tokens, v);
  const who = topic?.type === 'anonymous' ? null : topic;
  // 県は…研修を今月中に2回開く: any act set ahead is a plan, but only a body written as its topic plans it.
  // A team or brand known only by its name (阪神は来週、6連戦を戦う) is told of, not planning: the body's
  // own words must say it is one (東和銀行, 県).
  const body = !!who && (who.type === 'government' || namesABody(who.phrase.text));
  if (named < 0 && !body) return null;
  // 同社は…約680億円を計上する見込み / 研究員を200人増やす見込みだ: a foreseen act is a body's plan — the
  // topic's, or, with no topic at all, the story's; 受注残高は…見込み foresees with no one vouching.
  const foreseen = named >= 0 && BODY_PLAN_NOUNS.has((tokens[named] as Token).surface);
  if (foreseen && !(body || (!who && openClause(tokens, v, named)))) {
    return null;
  }
  // 山田選手は打率を3割に引き上げた: a person's deed; a value is set only by a body — one body: in
  // ビール大手4社は…6～10%引き上げる the count of bodies is what a survey tallies.
  // 東和バスは…運賃を200円から230円に改める: a body the tagger found sets a value it changes, too.
  const changes = changesFromTo(tokens, v, verb);
  const tagged = !!who && changes && v.bodies.ends.has(who.phrase.end);
  const setting = isSetting(tokens[verb] as Token) || changes;
  if (setting && (!(body || tagged) || COUNTED_BODIES.test(who?.phrase.text ?? ''))) {
    return null;
  }
  // 営業利益は…660億円にとどめた (the company left out) is its own; 山田投手は失点を2に抑えた and
  // チームは被安打を4本にとどめた are deeds.
  const team = !!who && TEAM_HEADS.some((h) => who.phrase.text.endsWith(h));
  if (HOLDING_VERBS.has((tokens[verb] as Token).basic) && who && (!body || team)) return null;
  return planCue(tokens, v, verb, who);
}

/** The plan cue closing at `verb`, spoken by `who` (null: the body the article is about). */
function planCue(tokens: readonly Token[], v: SentenceView, verb: number, who: Speaker | null = null): Cue {
  const after = who && /^(?:は|で)$/.test(tokens[who.phrase.next]?.surface ?? '');
  return {
    kind: 'announce',
    speaker: who?.phrase ?? null,
    type: who?.type ?? null,
    cue: cueFrom(tokens, verb, v.end),
    contentStart: who && after ? who.phrase.end : v.sentence.start,
    contentEnd: (tokens[verb] as Token).start,
    announce: false,
    via: null,
    plan: true,
    forecast: FORECAST_WORDS.has((tokens[verb] as Token).basic) || FORECAST_WORDS.has((tokens[verb] as Token).surface),
  };
}

// 。．！!: the marks closing a sentence, passed over to reach its last word.
const SENTENCE_END = /^[。．！!]$/;

// 毎年 / 毎朝 / 例年 / いつも: a habit told in the non-past, not an act planned.
const HABITUAL = /毎[年月週日朝晩回]|例年|いつも|通常|普段/;

/**
 * The verb closing a sentence with no topic or subject at all, in the plain non-past, acting on an
 * object (国内で500人の希望退職を募る / 研究員を200人増やす): an act still to come, whose subject the
 * article leaves to the body it is about (resolved by the caller), or -1. A habit (毎年…を開く) is none.
 */
function subjectlessActAt(tokens: readonly Token[], v: SentenceView): number {
  let k = v.end - 1;
  while (k > v.first && SENTENCE_END.test((tokens[k] as Token).surface)) k--;
  const t = tokens[k];
  if (!t || depthAt(v, k) > 0 || !isVerb(t) || !isIndependent(t) || t.surface !== t.basic) return -1;
  const verb = t.basic === 'する' && isNoun(tokens[k - 1]) ? k - 1 : k;
  if (!objectBefore(tokens, v, verb) || HABITUAL.test(v.sentence.text)) return -1;
  return openClause(tokens, v, verb) ? verb : -1;
}

/** No topic or subject before `verb`, and nothing in brackets: the sentence leaves its doer unwritten. */
function openClause(tokens: readonly Token[], v: SentenceView, verb: number): boolean {
  for (let i = v.first; i < verb; i++) {
    const w = tokens[i] as Token;
    if (depthAt(v, i) > 0) return false;
    // …を求めているが、: a が joining clauses marks no subject; 現在は / 今後は opening the sentence
    // frames its time (IPADIC's 副詞可能 nouns).
    const joins = w.surface === 'が' && isConjunctiveParticle(w);
    const when = w.surface === 'は' && i <= v.first + 2 && isAdverbialNoun(tokens[i - 1]);
    if ((w.surface === 'は' || w.surface === 'も' || w.surface === 'が') && isParticle(w) && !joins && !when) {
      return false;
    }
  }
  return true;
}

/**
 * 約680億円を決算に計上する|見込み / 設備投資に150億円を投じる|見込み: a foreseen-act noun at `noun` after
 * a verb in the non-past acting on an object (計上 of 計上する counts as the verb). …に達する見込み has no
 * object; …4割を占める見込み tells where a figure stands (RELATION_VERBS): neither is an act.
 */
function foreseenAct(tokens: readonly Token[], v: SentenceView, noun: number): boolean {
  const before = tokens[noun - 1];
  if (!BODY_PLAN_NOUNS.has(tokens[noun]?.surface ?? '') || !isNonPastVerb(before) || !before) return false;
  const sahen = before.basic === 'する' && isNoun(tokens[noun - 2]);
  const verb = sahen ? noun - 2 : noun - 1;
  const word = sahen ? (tokens[verb] as Token).surface : before.basic;
  return !RELATION_VERBS.has(word) && objectBefore(tokens, v, verb);
}

// How far before its verb an object may stand: 間隔を5年に延ばす, 研究員を200人増やす.
const OBJECT_REACH = 6;

/**
 * The verb at `verb` takes an object in its own clause: を right before it (希望退職を募る) or before
 * the amount or the result it is set to (研究員を200人増やす, 更新の間隔を5年に延ばす).
 */
function objectBefore(tokens: readonly Token[], v: SentenceView, verb: number): boolean {
  for (let j = verb - 1; j > v.first && j >= verb - OBJECT_REACH; j--) {
    const w = tokens[j] as Token;
    if (w.surface === 'を' && isParticle(w)) return true;
    if (w.surface === '、' || isVerb(w) || isAuxiliary(w)) return false;
  }
  return false;
}

/**
 * 京都市では、…引き上げる方針だ: a municipality opening the sentence with では plans as its government
 * (a place plans nothing; its government does).
 */
function municipalityWithDe(tokens: readonly Token[], v: SentenceView): Speaker | null {
  let k = v.first;
  while (k < v.end && (isConjunction(tokens[k]) || /^(?:、|一方|また)$/.test((tokens[k] as Token).surface))) k++;
  const phrase = phraseStartingAt(tokens, k, v.end);
  if (!phrase || !isPlaceName(tokens[phrase.last]) || !MUNICIPAL_HEADS.some((h) => phrase.text.endsWith(h)))
    return null;
  const de = tokens[phrase.next];
  const wa = tokens[phrase.next + 1];
  return de?.surface === 'で' && wa?.surface === 'は' ? { phrase, type: 'government' } : null;
}

/** The token where the closing plan starts (見込む, 計画 of 計画する, the verb before 計画だ), or -1. */
function planAt(tokens: readonly Token[], v: SentenceView): number {
  let k = v.end - 1;
  if (k < v.first || !tokens[k]) return -1;
  while (k > v.first && SENTENCE_END.test((tokens[k] as Token).surface)) k--;
  if (depthAt(v, k) > 0) return -1;
  k = beforeJustDone(tokens, v, k);
  // 計画だ / 予定です: a plan noun after a verb in the non-past.
  // (盛り込ん)だ is the past, no copula.
  const copula = COPULA.has((tokens[k] as Token).surface) && !isPast(tokens, k);
  if (copula || (tokens[k]?.basic === 'ある' && tokens[k - 1]?.surface === 'で')) {
    const noun = tokens[k]?.basic === 'ある' ? k - 2 : k - 1;
    const t = tokens[noun];
    const before = tokens[noun - 1];
    if (foreseenAct(tokens, v, noun)) return noun;
    if (!t || !PLAN_NOUNS.has(t.surface) || !before || !isVerb(before) || before.surface !== before.basic) return -1;
    return noun;
  }
  // 増やす方針。 / 開く予定。: a plan noun ending the sentence with no copula (a news style) — its
  // planner the topic, not a thing planned (建設されていく予定。).
  const noun = tokens[k] as Token;
  if ((PLAN_NOUNS.has(noun.surface) && isNonPastVerb(tokens[k - 1])) || foreseenAct(tokens, v, k)) return k;
  const worked = workedPlanAt(tokens, v, k);
  if (worked >= 0) return worked;
  // 見込む / 見込んでいる / 投資します / 計上する: the verb, then only non-past endings.
  const last = k;
  while (k > v.first && isNonPastEnding(tokens[k] as Token)) k--;
  const settled = settlingAt(tokens, v, last);
  if (settled >= 0) return settled;
  const t = tokens[k] as Token;
  if (isVerb(t) && PLAN_VERBS.has(t.basic)) return k;
  if (t.basic === 'する' && PLAN_SAHEN.has(tokens[k - 1]?.surface ?? '')) return k - 1;
  return -1;
}

/**
 * 政策金利を5%に据え置いたばかり(だ): ばかり after a past verb tells the settling was just done, and
 * the verb before it settles the value as much as a plain 据え置いた does. The token before ばかり, or `k`.
 */
function beforeJustDone(tokens: readonly Token[], v: SentenceView, k: number): number {
  const j = COPULA.has((tokens[k] as Token).surface) ? k - 1 : k;
  const t = tokens[j];
  return j > v.first && t?.surface === 'ばかり' && isParticle(t) && isPast(tokens, j - 1) ? j - 1 : k;
}

/**
 * 175円程度に抑える方向で調整を進めています / 3割増やす方針で検討している: a plan being worked out,
 * closing at `k`; the token of its plan noun, or -1.
 */
function workedPlanAt(tokens: readonly Token[], v: SentenceView, k: number): number {
  let i = k;
  while (i > v.first && isNonPastEnding(tokens[i] as Token)) i--;
  const t = tokens[i];
  if (t?.basic === '進める' && tokens[i - 1]?.surface === 'を') i -= 2;
  else if (t?.basic === 'する') i -= 1;
  else return -1;
  if (!PLAN_WORK.has(tokens[i]?.surface ?? '') || tokens[i - 1]?.surface !== 'で') return -1;
  const noun = i - 2;
  return WORKED_PLAN_NOUNS.has(tokens[noun]?.surface ?? '') && isNonPastVerb(tokens[noun - 1]) ? noun : -1;
}

/** Every word that sets an act ahead: 来月, 来年度, あす (relative dates after now), 年内, 今月中, までに. */
const FUTURE = [
  ...RELATIVE_WORDS.filter((w) => w.offset > 0 && w.anchor !== 'previous').map((w) => w.surface),
  ...FUTURE_FRAMES,
];

/**
 * The verb closing the sentence in the non-past when a word before it sets the act ahead of the time of
 * writing (研修を今月中に2回開く, 来年度に3校を新設する), or -1: an act still to come is planned.
 */
function futureActAt(tokens: readonly Token[], v: SentenceView): number {
  let k = v.end - 1;
  if (k < v.first || !tokens[k]) return -1;
  while (k > v.first && SENTENCE_END.test((tokens[k] as Token).surface)) k--;
  if (depthAt(v, k) > 0) return -1;
  while (k > v.first && isNonPastEnding(tokens[k] as Token)) k--;
  const t = tokens[k];
  if (k < v.first || !t) return -1;
  const verb = t.basic === 'する' && isNoun(tokens[k - 1]) ? k - 1 : k;
  const next = tokens[k + 1];
  if (!isVerb(t) || !isIndependent(t) || (t.surface !== t.basic && !(next && isNonPastEnding(next)))) return -1;
  let before = '';
  for (let i = v.first; i < verb; i++) {
    const w = tokens[i] as Token;
    // 予算を組むかどうか検討する: what is weighed is not yet planned.
    if (w.surface === 'か' && isParticle(w)) return -1;
    // 来年度予算案の成立には…: a time compounded into a noun names the thing, not when the act is.
    before += isCompounded(tokens, i) ? '・' : w.surface;
  }
  // これまでに決めている: up to now, not ahead.
  before = before.replace(/(?:これ|それ|今|いま|現在)までに/g, '');
  return FUTURE.some((w) => before.includes(w)) ? verb : -1;
}

/**
 * The time word at `i` opens a compound noun (来年度|予算|案, 来月|分): a common noun, not a number or a
 * particle, right after it (来年度、 / 来年度に / 来週6連戦 time the act).
 */
function isCompounded(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return isAdverbialNoun(t) && !!next && (isCommonNoun(next) || isSahenNoun(next));
}

/** 据え置いた / 盛り込みました / 計上した / 取り崩す: a settling verb closing at `k`, in either tense, or -1. */
function settlingAt(tokens: readonly Token[], v: SentenceView, k: number): number {
  while (k > v.first && (isNonPastEnding(tokens[k] as Token) || isPast(tokens, k))) k--;
  const t = tokens[k] as Token;
  if (isVerb(t) && (SETTLING_VERBS.has(t.basic) || SETTING_VERBS.has(t.basic) || HOLDING_VERBS.has(t.basic))) return k;
  if (isVerb(t) && isIndependent(t) && changesFromTo(tokens, v, k)) return k;
  return t.basic === 'する' && isSettling(tokens[k - 1] as Token, t) ? k - 1 : -1;
}

/** 据え置い(た) / 計上(した) / 引き上げ(た): a settling verb, or a settling サ変 noun before する. */
function isSettling(t: Token, next: Token | undefined): boolean {
  const verb = isVerb(t) ? t.basic : next?.basic === 'する' ? t.surface : '';
  return SETTLING_VERBS.has(verb) || SETTING_VERBS.has(verb) || HOLDING_VERBS.has(verb);
}

// How far back from its verb a change's 〜から and its object's を may stand: 速度を時速60キロから45キロに落とす.
const CHANGE_REACH = 10;

/**
 * 速度を時速60キロから45キロに落としている / 料金を200円から250円に改める / 営業時間を午後9時から8時に
 * 短縮した: an object changed from one value to another (を … から … に right before the verb), whatever
 * the verb — a value its doer controls, so, as with 引き上げる, a body setting it (plans.ts's caller
 * checks the doer is one: 山田選手は体重を80キロから75キロに落とした tells a deed).
 */
function changesFromTo(tokens: readonly Token[], v: SentenceView, verb: number): boolean {
  const to = tokens[verb - 1];
  if (to?.surface !== 'に' || !isParticle(to)) return false;
  let from = -1;
  for (let j = verb - 2; j > v.first && j >= verb - CHANGE_REACH; j--) {
    const w = tokens[j] as Token;
    if (w.surface === '、' || isVerb(w)) return false;
    if (w.surface === 'から' && isParticle(w)) {
      from = j;
      break;
    }
  }
  for (let j = from - 1; from > 0 && j > v.first && j >= from - CHANGE_REACH; j--) {
    const w = tokens[j] as Token;
    if (w.surface === '、' || isVerb(w)) return false;
    if (w.surface === 'を' && isParticle(w)) return true;
  }
  return false;
}

/** 引き上げ(た) / 上方修正(した): a verb of setting a value, which only a body does. */
function isSetting(t: Token): boolean {
  return (isVerb(t) && SETTING_VERBS.has(t.basic)) || SETTING_VERBS.has(t.surface);
}

/** た / だ of the past at `k` (盛り込ん|だ: IPADIC gives this だ the basic form だ, after a verb). */
export function isPast(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return isAuxiliary(t) && (t.basic === 'た' || (t.surface === 'だ' && isVerb(tokens[k - 1])));
}

/** An active verb in its dictionary form, as before a plan noun (増やす方針, 採用する予定). */
function isNonPastVerb(t: Token | undefined): boolean {
  return !!t && isVerb(t) && isIndependent(t) && t.surface === t.basic;
}

/** でいる / ている / ます / ています: a verb's endings that leave it in the non-past (not た). */
export function isNonPastEnding(t: Token): boolean {
  if (t.surface === 'て' || t.surface === 'で') return isParticle(t);
  if (isVerb(t) && isDependent(t)) return t.basic === 'いる' || t.basic === 'おる';
  return isAuxiliary(t) && (t.basic === 'ます' || t.surface === 'ます');
}

/** The cue's words, from its verb to the sentence's closing mark. */
export function cueFrom(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to && !SENTENCE_END.test((tokens[k] as Token).surface); k++) s += (tokens[k] as Token).surface;
  return s;
}
