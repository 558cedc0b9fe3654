import { ADVERBIAL_BEFORE_WA } from '../lexicon/adverbial-particles';
import { PEOPLE_COUNTERS } from '../lexicon/counters';
import { DOCUMENT_NOUNS } from '../lexicon/documents';
import { SOURCE_TITLES } from '../lexicon/person-titles';
import { PARTY_SUFFIXES } from '../lexicon/source-nouns';
import {
  isBindingParticle,
  isCaseParticle,
  isCounter,
  isGenitive,
  isNoun,
  isNumeral,
  isOrganizationName,
  isPersonName,
  isPlaceName,
  isPredicateWord,
  isProperNoun,
  isVerb,
} from '../text/pos';
import { KATAKANA, ROUND_CLOSERS } from '../text/script';
import type { SourceType, Token } from '../types';
import { countedByItsAmount, countedInOwnClause, countsItsSubject } from './counted-topic';
import { depthAt, type SentenceView } from './cue';
import { type NamePhrase, phraseEndingAt } from './name-phrase';
import { COUNTED_COUNTRIES, namesABody, sourceTypeOf } from './source-type';
import { isDateWord } from './verb-adjuncts';

/** A name phrase that can speak, with its type. */
export interface Speaker {
  phrase: NamePhrase;
  type: SourceType;
}

// には / では / とは / からは: the は of an adverbial, not a topic; nor after の (重要なのは, 東和のは).
export const NOT_TOPIC_BEFORE: ReadonlySet<string> = new Set([...ADVERBIAL_BEFORE_WA, 'の']);

/**
 * speakerBefore's answers per token array, by particle and bound: the topic, the named parties and the
 * cue families each ask about the same は and が (北辰工業は…と発表した is read three or four times), and the
 * answer depends on the tokens alone. Speakers are never changed after they are made, so one is shared.
 */
const SPEAKERS = new WeakMap<readonly Token[], Map<number | string, Speaker | null>>();

/** The speaker phrase ending right before the particle at token `p`, if it looks like a source. */
export function speakerBefore(tokens: readonly Token[], p: number, lo: number): Speaker | null {
  let known = SPEAKERS.get(tokens);
  if (!known) {
    known = new Map();
    SPEAKERS.set(tokens, known);
  }
  // One number per (p, lo) while the bound is a token index of any text the engine takes in one piece.
  const key = lo >= 0 && lo < 2 ** 24 ? p * 2 ** 24 + lo : `${p}:${lo}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const speaker = readSpeakerBefore(tokens, p, lo);
  known.set(key, speaker);
  return speaker;
}

function readSpeakerBefore(tokens: readonly Token[], p: number, lo: number): Speaker | null {
  const prev = tokens[p - 1];
  if (!prev || p - 1 < lo || NOT_TOPIC_BEFORE.has(prev.surface)) return null;
  const phrase = phraseEndingAt(tokens, p - 1, lo);
  if (!phrase) return countedTellers(tokens, p, lo);
  const type = sourceTypeOf(phrase);
  // 日本と豪州、米国の3カ国は: the count takes in the countries listed before the phrase, so naming the
  // last (米国の3カ国) would give the words of three to one of them.
  if (type && COUNTED_COUNTRIES.test(phrase.text) && LIST_JOINERS.has(tokens[phrase.first - 1]?.surface ?? ''))
    return null;
  return type ? { phrase, type } : (countedTellers(tokens, p, lo) ?? null);
}

/**
 * 事情に詳しい外交官2人が明らかにしたところでは / 政府関係者2人は…と語った: people named by their role, then
 * counted, speak as that role (外交官, 政府関係者) — the count alone names no one. Only people the
 * role words make anonymous tellers; a body or a thing before a count (東和電機2人) is no such phrase.
 */
function countedTellers(tokens: readonly Token[], p: number, lo: number): Speaker | null {
  const counter = tokens[p - 1];
  if (!counter || !isCounter(counter) || !PEOPLE_COUNTERS.has(counter.surface)) return null;
  let k = p - 2;
  while (k >= lo && isNumeral(tokens[k])) k--;
  if (k === p - 2 || k < lo) return null;
  const role = phraseEndingAt(tokens, k, lo);
  if (!role || sourceTypeOf(role) !== 'anonymous') return null;
  // The phrase spans the count (so 2人 is the outlet's word for them, own-name.ts) and is named by the role.
  return { phrase: { ...role, end: counter.end, last: p - 1, next: p }, type: 'anonymous' };
}

// 、 / と / や: a list going on before a phrase.
const LIST_JOINERS: ReadonlySet<string> = new Set(['、', '，', 'と', 'や']);

/**
 * 判決は、運転手は…と指摘 / 報告書は、住民は…としている: a document that speaks, as a topic set apart by a
 * comma, is what says the rest (the は after it is inside its words).
 */
function documentSetApart(tokens: readonly Token[], i: number, lo: number): Speaker | null {
  if (tokens[i + 1]?.surface !== '、') return null;
  const phrase = phraseEndingAt(tokens, i - 1, lo);
  const noun = phrase?.text.replace(/^同/, '') ?? '';
  return phrase && DOCUMENT_NOUNS.get(noun) === 'speaks' ? { phrase, type: 'document' } : null;
}

/**
 * The leftmost source-like topic or subject in tokens [lo, hi) outside quotes:
 * 「セルゲイ・ショイグ議長は、…と発表した」 → セルゲイ・ショイグ議長. `が` subjects count only
 * when `allowGa` (総務省が試算をまとめた), since が inside a quoted clause is usually the content's.
 * A topic its own clause counts (労働者は約4500万人で、) speaks for no one and is passed over, unless
 * `keepCounted` asks for what the sentence is about (立憲民主党は118議席で、…伸ばした).
 */
export function findTopic(
  tokens: readonly Token[],
  v: SentenceView,
  lo: number,
  hi: number,
  allowGa: boolean,
  keepCounted = false,
): Speaker | null {
  let subject: Speaker | null = null;
  // 回答者の85%が、AとBは「見分けられない」と回答: a は after a subject in the same clause is inside
  // what the subject says; a 、 closes that clause (政府が…決めたことについて、知事は「…」と述べた).
  let embedded = false;
  // 個別の企業では、東和電機が…回答した: a kind of body with では sets the scene for the one named.
  let kind: Speaker | null = null;
  let ga = -1;
  for (let i = lo; i < hi; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0) continue;
    if (t.surface === '、') embedded = false;
    // 研究チームも、…確認したとしている: a も set apart by a comma adds one more party saying so.
    const also = t.surface === 'も' && tokens[i + 1]?.surface === '、';
    // 欧州宇宙機関も独自に…としている: a party opening the sentence with も, no comma, is one as well —
    // only there, and not before a verb (日本も含め…).
    const opening = t.surface === 'も' && !also && !embedded && !isVerb(tokens[i + 1]);
    if ((t.surface === 'は' || also || opening) && isBindingParticle(t)) {
      if (embedded && !allowGa && !describesTopic(tokens, v, ga, i, lo)) continue;
      const before = speakerBefore(tokens, i, lo);
      // 北浜放送の出口調査も…43.5%と予測している: a report opening the sentence with も counts when its
      // owner is named in it (the second broadcaster's poll), not a bare one (調査も…).
      const ownedReport = before?.type === 'document' && before.phrase.hasProper && before.phrase.text.includes('の');
      if (opening && (!before || before.phrase.first !== lo || (before.type === 'document' && !ownedReport))) continue;
      const named =
        before ?? ledeActor(tokens, i, lo) ?? taggedBody(tokens, v, i, lo) ?? documentSetApart(tokens, i, lo);
      const s = named ?? bodyWithDe(tokens, v, i, lo);
      // 対象となる労働者は約4500万人で、…と見込んでいる: people its own clause counts speak for no one.
      if (s && !keepCounted && s.type === 'anonymous' && countedInOwnClause(tokens, i)) continue;
      // 沿道の観客は約120万人と推計した: the people the amount counts, not who reckoned it.
      if (s && !keepCounted && s.type === 'anonymous' && countedByItsAmount(tokens, i, s.phrase.text)) continue;
      // 新型GPUは2万基が出荷された: a thing whose parts are counted, unless its words or the tagger make
      // it a body (東和電機は社員約500人が…).
      if (s && countsItsSubject(tokens, i) && !isSureBody(tokens, v, s.phrase)) continue;
      if (s && !named && allowGa && !kind && !s.phrase.hasProper && !v.bodies.ends.has(s.phrase.end)) {
        kind = s;
        continue;
      }
      // 緑茶を飲む人は…低いと、研究チームが発表した: someone described by a clause announces nothing.
      if (s && !(allowGa && s.phrase.described)) return bodySetAfter(tokens, v, s.phrase, i, hi) ?? s;
    } else if (t.surface === 'が' && isCaseParticle(t)) {
      // Xが「…」と語った: a subject right before a quote speaks it. Otherwise the nearest subject
      // before the verb: 「平壌が…発射したことを、韓国軍が発表した」 → 韓国軍.
      const quoteFollows = tokens[i + 1]?.surface === '「';
      // 店を営む女性が、男2人が逃げたと話した: a comma sets the first subject of its clause apart from
      // the words it reports (the 男2人が inside them is the content's).
      const setApart = !embedded && tokens[i + 1]?.surface === '、';
      const first = !embedded && ga < 0;
      embedded = true;
      ga = i;
      // …計画を、東和精機が12日、明らかにした: a subject the tagger found as a body, or a proper name with a
      // day after it as in a news lede, though its words (東和 + 精機) say nothing of its kind.
      if (allowGa || quoteFollows) subject = speakerBefore(tokens, i, lo) ?? namedBodyBefore(tokens, v, i, lo);
      else if (setApart) subject = speakerBefore(tokens, i, lo) ?? subject;
      // 会議では、山田教授が…と説明した: a person named as the first subject after a scene (では、) is the
      // one who speaks (a later が, 約3億円が必要だ, is inside what they say).
      else if (first) subject = sceneSubject(tokens, i, lo) ?? ledeSubject(tokens, v, i, lo);
    }
  }
  if (kind) return subject && BODY_TYPES.has(subject.type) && subject.phrase.hasProper ? subject : kind;
  return subject;
}

/**
 * 大統領選は、中央選挙管理委員会が18日、…と発表した / 夏祭りは、主催する実行委員会が、…としている: a topic
 * no word makes a party (an event, a thing), set apart by a comma, is what the sentence is about; the body
 * or named person that is the first subject after it speaks. 政府は、東和社が…と発表した keeps 政府.
 */
export function bodySetAfter(
  tokens: readonly Token[],
  v: SentenceView,
  topic: NamePhrase,
  p: number,
  hi: number,
): Speaker | null {
  const head = tokens[topic.last] as Token;
  // スポーツ北日本は、球団が…と報じている: a name of its own (a proper or unknown word last) may be a party.
  // 東洋研究所（TRI）は、中国が…と分析している: so is one with its alias in brackets (the phrase keeps
  // only an alias's bracket, never a note's), though its last token is the bracket.
  if (isProperNoun(head) || !head.known || ROUND_CLOSERS.has(head.surface)) return null;
  if (tokens[p + 1]?.surface !== '、' || namesAPerson(tokens, topic) || isSureBody(tokens, v, topic)) return null;
  // 被告側は、会社が1億円を払ったと主張した / 調査団は、当局が…と述べた: a side or a group is a party with words
  // of its own; only an event or a thing gives them to the body after it.
  if (PARTY_SUFFIXES.has(head.surface)) return null;
  for (let k = p + 2; k < hi; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0) continue;
    if (t.surface === '、' || isBindingParticle(t)) return null;
    if (!isCaseParticle(t)) continue;
    if (t.surface !== 'が') return null;
    const subject = speakerBefore(tokens, k, p + 2);
    const sure = subject && (subject.phrase.hasPerson || isSureBody(tokens, v, subject.phrase));
    return sure ? subject : null;
  }
  return null;
}

/** 田中氏 / 山田社長 / 佐藤花子: a phrase ending in a person's name or title (北山市長選 ends in neither). */
function namesAPerson(tokens: readonly Token[], phrase: NamePhrase): boolean {
  const text = phrase.text;
  return isPersonName(tokens[phrase.last]) || /[氏さん]$/.test(text) || SOURCE_TITLES.some((t) => text.endsWith(t));
}

// 専門の / 担当の: the one noun a が-clause may end in before the person it describes (財政学が専門の).
const GA_CLAUSE_MAX = 3;

/**
 * 子どもがいる同市の女性は / 行政法が専門の教授は: the が at `ga` opens a short clause that describes the
 * topic at `p` (は), not a subject whose clause the topic is inside (回答者の85%が、AとBは「…」と回答).
 */
function describesTopic(tokens: readonly Token[], v: SentenceView, ga: number, p: number, lo: number): boolean {
  const before = speakerBefore(tokens, p, lo);
  if (!before || ga < lo) return false;
  let end = before.phrase.first; // the describing clause is ga+1 .. end-1
  // 専門の関西大学の教授: the name phrase may have taken the clause's 専門の in as a modifier.
  if (end === ga + 1 && isNoun(tokens[ga + 1]) && isGenitive(tokens[ga + 2])) end = ga + 3;
  const gap = end - ga - 1;
  if (gap < 1 || gap > GA_CLAUSE_MAX) return false;
  for (let k = ga + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0 || /^[、。「」『』（）()]$/.test(t.surface) || isBindingParticle(t)) return false;
  }
  const last = tokens[end - 1] as Token;
  if (isPredicateWord(last)) return true;
  return gap === 2 && isGenitive(last) && isNoun(tokens[ga + 1]);
}

/** A tagged body (taggedBody) or a lede's proper name with a day after it (ledeActor) before the が at `p`. */
export function namedBodyBefore(tokens: readonly Token[], v: SentenceView, p: number, lo: number): Speaker | null {
  const lede = ledeActor(tokens, p, lo);
  return taggedBody(tokens, v, p, lo) ?? (lede?.phrase.hasProper ? lede : null);
}

/**
 * 日本製鉄は、…応じ、…という: a topic the entity tagger found as an organisation is one, though its
 * words (日本 + 製鉄) say nothing of what it is.
 */
export function taggedBody(tokens: readonly Token[], v: SentenceView, p: number, lo: number): Speaker | null {
  if (NOT_TOPIC_BEFORE.has(tokens[p - 1]?.surface ?? '')) return null;
  const phrase = phraseEndingAt(tokens, p - 1, lo);
  return phrase && v.bodies.ends.has(phrase.end) && v.bodies.names.has(phrase.text)
    ? { phrase, type: 'organization' }
    : null;
}

// 同社では / 県警では: a body that speaks through では; a place (米国では, 東京では) does not.
const BODY_TYPES: ReadonlySet<SourceType> = new Set(['organization', 'government', 'media']);

/** A phrase the tagger found as an organisation, a proper name of one, or one whose words say so (県警). */
export function isSureBody(tokens: readonly Token[], v: SentenceView, phrase: NamePhrase): boolean {
  const head = tokens[phrase.last] as Token;
  return (
    v.bodies.ends.has(phrase.end) ||
    v.bodies.names.has(phrase.text) ||
    isOrganizationName(head) ||
    (isPlaceName(head) && phrase.first === phrase.last) ||
    namesABody(phrase.text)
  );
}

/**
 * 「沖縄物流では、…と説明している」: an organisation as topic with では, at token `p` (は). Only what
 * is surely a body: a name the tagger found as an organisation, a proper name of one (トヨタ), or a
 * name whose words say so (同社, 県警, 東和食品) — アンケートでは is a survey, 沖縄では a place.
 */
function bodyWithDe(tokens: readonly Token[], v: SentenceView, p: number, lo: number): Speaker | null {
  const de = tokens[p - 1];
  if (de?.surface !== 'で' || !isCaseParticle(de) || p - 2 < lo) return null;
  const phrase = phraseEndingAt(tokens, p - 2, lo);
  const head = phrase && (tokens[phrase.last] as Token);
  if (!phrase || !head || isPlaceName(head)) return null;
  const type = isSureBody(tokens, v, phrase) ? sourceTypeOf(phrase) : null;
  return type && BODY_TYPES.has(type) ? { phrase, type } : null;
}

/** True when the nouns from `i` on are a topic or subject: 売上高は, 担当者が (after an owner and の). */
function ownsTopic(tokens: readonly Token[], i: number, end: number): boolean {
  let k = i;
  while (k < end && isNoun(tokens[k])) k++;
  const t = tokens[k];
  return k > i && !!t && (t.surface === 'は' || t.surface === 'が' || t.surface === 'も');
}

/**
 * 「東西電鉄は12日、」: a name followed by は and a day is a news lede's actor, even when no word of it
 * says what kind of party it is.
 */
export function ledeActor(tokens: readonly Token[], p: number, lo: number): Speaker | null {
  let k = p + 1;
  while (isNumeral(tokens[k])) k++;
  if (k === p + 1 || tokens[k]?.surface !== '日' || tokens[k + 1]?.surface !== '、') return null;
  const phrase = phraseEndingAt(tokens, p - 1, lo);
  return phrase ? { phrase, type: phrase.hasPerson ? 'person' : 'organization' } : null;
}

/**
 * The subject of a sentence that opens on it (山田首相が記者団の取材に応じました): the first が outside
 * quotes, when what comes before it is a person or a body — not a thing (地震が起きた) nor a document.
 * A named person after a scene counts as well (会議では、山田教授が…と説明した).
 */
export function leadSubject(tokens: readonly Token[], v: SentenceView): Speaker | null {
  for (let i = v.first + 1; i < v.end; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0 || !(t.surface === 'が' && isCaseParticle(t))) continue;
    const s = speakerBefore(tokens, i, v.first);
    if (s && s.type !== 'document' && s.phrase.first === v.first) return s;
    return sceneSubject(tokens, i, v.first);
  }
  return null;
}

// では / には / でも: the particles after a noun that set a scene (会議では、), not a party.
const SCENE_CASES: ReadonlySet<string> = new Set(['で', 'に']);

/**
 * A person named by name before the が at `p`, right after a scene set off by a comma at the head of
 * tokens [lo, p): 「会議では、山田一郎教授が」, 「10日の会見で、佐藤知事が」. A subject by role
 * (男性が) or a body is left out: a body after a scene is as often the content's subject.
 */
/**
 * 南浜経済新聞が先月、…と報じた / 北浜市が8日、…と発表した: the first subject of the sentence set apart from
 * the words by a date and a comma is who reports them, as a news lede writes it, when it is named; a
 * subject with no date after it (国が2割を負担すると発表した) may be inside the words and stays the content's.
 */
function ledeSubject(tokens: readonly Token[], v: SentenceView, p: number, lo: number): Speaker | null {
  let k = p + 1;
  while (k < v.end && isDateWord(tokens[k] as Token)) k++;
  if (k === p + 1 || tokens[k]?.surface !== '、') return null;
  // 利用者が昨年、3万人を超えた / 国が来年度、2割を負担する: a party of common words is what the words count
  // or tell of; a lede names its reporter.
  const s = speakerBefore(tokens, p, lo) ?? namedBodyBefore(tokens, v, p, lo);
  return s && (s.phrase.hasProper || s.phrase.hasPerson || v.bodies.ends.has(s.phrase.end)) ? s : null;
}

function sceneSubject(tokens: readonly Token[], p: number, lo: number): Speaker | null {
  const s = speakerBefore(tokens, p, lo);
  if (s?.type !== 'person' || !s.phrase.hasPerson) return null;
  const comma = s.phrase.first - 1;
  if (comma <= lo || tokens[comma]?.surface !== '、') return null;
  let scene = false;
  for (let k = lo; k < comma; k++) {
    const t = tokens[k] as Token;
    if (isCaseParticle(t) && SCENE_CASES.has(t.surface) && k === comma - 1) scene = true;
    else if (isBindingParticle(t) && k === comma - 1 && SCENE_CASES.has(tokens[k - 1]?.surface ?? '')) scene = true;
    else if (!(isNoun(t) || isGenitive(t) || isCaseParticle(t))) return null;
    else if (isCaseParticle(t) && !SCENE_CASES.has(t.surface)) return null;
  }
  return scene ? s : null;
}

// ランサムウェア, マルウエア: katakana alone (a ・ joins a foreign name's parts).
const KATAKANA_WORD = new RegExp(`^[${KATAKANA}ー]{2,}$`);

/**
 * Every source-like phrase before は/が/の in a sentence, as antecedents for 同氏 / 同紙:
 * 「英ガーディアン紙が調査報道を続けている。同紙によると…」.
 */
export function namedParties(tokens: readonly Token[], v: SentenceView): Speaker[] {
  const out: Speaker[] = [];
  for (let i = v.first + 1; i < v.end; i++) {
    const t = tokens[i] as Token;
    const particle = t.surface === 'は' || t.surface === 'が' || (t.surface === 'の' && isGenitive(t));
    if (!particle || !(isBindingParticle(t) || isCaseParticle(t) || isGenitive(t))) continue;
    const s = speakerBefore(tokens, i, v.first);
    // 北米でハイブリッド車（ＨＶ）の販売が伸び: before の, only a name its words or the tagger make a
    // party is put forward; a thing with an alias is not (同社 must not point back to it). A party only
    // its words make one is put forward only as the owner of a topic or subject (北辰工業の売上高は…),
    // not inside a clause that describes something else (大手メーカーの部品を磨く加工が…): that owner is
    // named in passing, and a later 同社 keeps to the company the article is about.
    const owner = t.surface === 'の' && s?.type === 'organization';
    const tagged = owner && (v.bodies.ends.has(s.phrase.end) || v.bodies.names.has(s.phrase.text));
    if (owner && !tagged && !(namesABody(s.phrase.text) && ownsTopic(tokens, i + 1, v.end))) continue;
    // 攻撃にはランサムウェアが使われた, リフレッシュレートは最大120Hz: a が-subject or は-topic typed only by
    // its script (katakana IPADIC files as no proper noun, that no body word ends and the tagger did not
    // find) may be a thing or a measure; put forward, a later 同社 would point back to it instead of the
    // company the article is about (ミドリ・ラボは…と発表した). スミス教授, ブラウン氏 end in a title.
    const lone = s && KATAKANA_WORD.test(s.phrase.text);
    if (lone && t.surface !== 'の' && s.type === 'organization' && !s.phrase.hasProper && !namesABody(s.phrase.text)) {
      if (!(v.bodies.ends.has(s.phrase.end) || v.bodies.names.has(s.phrase.text))) continue;
    }
    if (s && s.type !== 'document') out.push(s);
  }
  return out;
}
