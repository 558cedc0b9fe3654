import { ACTOR_COUNTERS, AGENT_HEADS, NOT_COUNTED, NUMBER_OF, REACHED_VERBS } from '../lexicon/counted-heads';
import { TITLES } from '../lexicon/person-titles';
import {
  isAdverbialNoun,
  isAuxiliary,
  isDependent,
  isGenitive,
  isLetterSymbol,
  isNoun,
  isNumeral,
  isOrganizationName,
  isParticle,
  isPersonName,
  isPlaceName,
  isPredicateWord,
  isPrefix,
  isPronoun,
  isProperNoun,
  isSahenNoun,
  isSuffix,
  isSymbol,
  isVerb,
} from '../text/pos';
import { DIGIT } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Figure, Token } from '../types';
import { dimensionLabelBefore } from './dimensions';

/**
 * What a figure counts, when the article says so: 「最大3万人の北朝鮮兵士」 → 北朝鮮兵士,
 * 「病床使用率は43.5%」 → 病床使用率, 「兵士のうち約4千人」 → 兵士. Null when the text does not say.
 * Works on tokens around each figure only (a bounded look each way), so it is linear in the figures.
 */

/** Longest phrase kept: a longer compound keeps its head (the last words). */
const MAX_CHARS = 12;
/** How far back (in tokens) a topic 「Xは」 may stand from its figure: 「死者は全国で計30人」. */
const MAX_BACK = 14;

/** Characters that end a clause for the backward look: 。！？ quotes and line breaks. */
const HARD_STOP = /[。！？!?「」『』（）()\n]/;
/** A phrase with digits or symbols is no noun phrase (「%増」 left of 「の5000億円」). */
const NOT_WORDS = new RegExp(`[${DIGIT}%％.,，．・]`);

/** What countedNoun reads of a figure: where it is written, its kind and unit (and a score's or a ratio's sides). */
export type CountedFigure = Pick<Figure, 'start' | 'end' | 'kind' | 'unit' | 'dimensions' | 'score'>;

/**
 * The noun phrase a figure counts, or null. Rules in order: (a) 「N人の兵士」 / 「N人を超える兵士」
 * → the phrase after; (b) 「兵士N人」 or 「兵士のうちN人」 → the phrase just before; (c) a topic or subject
 * 「XはN」, 「XがN件」, 「XもN」 in the same clause → X. Durations, ages, ranks and scores take (a) only.
 * A side of a product of dimensions with a label measures it: 「縦15.5×高さ6.1センチ」 → 縦, 高さ.
 */
export function countedNoun(text: string, tokens: readonly Token[], f: CountedFigure): string | null {
  // 縦15.5×横15.5×高さ6.1センチ: each side of a product measures its label (W300 → 幅); so does a
  // measure written after one, or after it as a topic (高さ4cm, 全長約4.6メートル, 厚さは7.8mm).
  const label = f.dimensions || f.kind === 'measure' ? labelBefore(text, f.start) : null;
  return (
    label ??
    after(tokens, f) ??
    // 賛成と反対が1対2: a ratio's sides are both its nouns, so like a score it takes no topic before.
    (f.kind === 'duration' || f.kind === 'age' || f.kind === 'rank' || f.kind === 'score' || f.score
      ? null
      : before(text, tokens, f))
  );
}

/** A dimension's label right before `start`, or before a topic particle there (厚さは7.8mm). */
function labelBefore(text: string, start: number): string | null {
  const label = dimensionLabelBefore(text, start);
  return label || !/[はがも]/.test(text[start - 1] ?? '') ? label : dimensionLabelBefore(text, start - 1);
}

/** Invisible format characters (zero-width space, soft hyphen) that kuromoji tags as nouns. */
const INVISIBLE = /^\p{Cf}+$/u;
// 有機EL, LED: IPADIC may tag Latin letters 記号,アルファベット one by one inside a compound noun.
const isPhraseWord = (t: Token | undefined): t is Token =>
  !!t && (isNoun(t) || isPrefix(t) || (isSymbol(t) && isLetterSymbol(t))) && !INVISIBLE.test(t.surface);
const isParticleOf = (t: Token | undefined, ...s: string[]) => !!t && isParticle(t) && s.includes(t.surface);

// (a) 「5,000人の兵士と」 → 兵士; 「95万人を超える兵士」 (the figure ends in a verb) → 兵士.
function after(tokens: readonly Token[], f: CountedFigure): string | null {
  const i = tokenAt(tokens, f.end);
  const next = tokens[i];
  if (!next || next.start !== f.end) return null;
  const last = tokens[i - 1];
  if (isParticle(next) && isGenitive(next)) return actorsAction(tokens, i + 1, f) ? null : phraseFrom(tokens, i + 1);
  // 30もの企業: も stresses the number, and の links it to what it counts.
  const no = tokens[i + 1];
  if (next.surface === 'も' && isParticle(next) && no?.start === next.end && isGenitive(no))
    return phraseFrom(tokens, i + 2);
  if (last && (isVerb(last) || isAuxiliary(last)) && isPhraseWord(next)) return phraseFrom(tokens, i);
  return null;
}

/**
 * 「3県の低迷」「5社の参入」: after a count of those who act, a verbal noun (サ変) heading the phrase is
 * their action, not what is counted.
 */
function actorsAction(tokens: readonly Token[], i: number, f: CountedFigure): boolean {
  if (f.kind !== 'count') return false;
  const counter = tokens[tokenAt(tokens, f.end - 1)];
  if (!ACTOR_COUNTERS.has(f.unit) && !(counter && isSuffix(counter) && isPlaceName(counter))) return false;
  let j = i;
  while (j - i < 7 && isPhraseWord(tokens[j + 1]) && tokens[j]?.end === tokens[j + 1]?.start) j++;
  const head = tokens[j];
  // 35人の映画監督, 2人の通訳: IPADIC tags some titles as verbal nouns; a title names people.
  return !!head && isSahenNoun(head) && !TITLES.has(head.surface);
}

/** The compound noun starting at token i: 「北朝鮮兵士を」 → 北朝鮮兵士. */
function phraseFrom(tokens: readonly Token[], i: number): string | null {
  let j = i;
  while (
    j < tokens.length &&
    j - i < 8 &&
    isPhraseWord(tokens[j]) &&
    (j === i || tokens[j - 1]?.end === tokens[j]?.start)
  )
    j++;
  return accept(tokens.slice(i, j));
}

/**
 * The compound noun ending just before token i (exclusive): 「病床使用率は」 → 病床使用率. Its words touch:
 * a headline's last noun over a line break (…計画案\n北山市教委は) is no part of it.
 */
function phraseBefore(tokens: readonly Token[], i: number): Token[] {
  let j = i;
  while (
    j > 0 &&
    i - j < 8 &&
    isPhraseWord(tokens[j - 1]) &&
    !isNumeral(tokens[j - 1]) &&
    (j === i || tokens[j - 1]?.end === tokens[j]?.start)
  )
    j--;
  return tokens.slice(j, i);
}

/** A phrase that names a thing: not a pronoun, time word, suffix alone, scope word or number; capped. */
function accept(ts: Token[]): string | null {
  let words = ts;
  while (words.length && (isPrefix(words.at(-1)) || isDependent(words.at(-1)))) words = words.slice(0, -1);
  const head = words.at(-1);
  if (!head || isPronoun(head) || isAdverbialNoun(head) || isDependent(head)) return null;
  if (isSuffix(words[0]) || words.some((t) => isNumeral(t) || NOT_WORDS.test(t.surface))) return null;
  while (words.length > 1 && words.reduce((n, t) => n + t.surface.length, 0) > MAX_CHARS) words = words.slice(1);
  const s = words.map((t) => t.surface).join('');
  if (s.length > MAX_CHARS || NOT_COUNTED.has(s) || NOT_COUNTED.has(head.surface)) return null;
  return s;
}

// (b) and (c): look back from the figure over nouns and particles until a topic, a verb or a clause end.
function before(text: string, tokens: readonly Token[], f: CountedFigure): string | null {
  const start = tokenAt(tokens, f.start);
  const near = adjacent(tokens, start, f);
  if (near) return near;
  // 「政府は3万人を派遣」: a figure that is the object does not count the topic (the topic acts).
  // 「視聴率は20.3%を記録」: a verb of reaching makes the topic what the figure counts after all.
  if (text[f.end] === 'を' && isParticleOf(tokens[tokenAt(tokens, f.end)], 'を') && !reached(text, f.end)) return null;
  for (let i = start; i > 0 && start - i < MAX_BACK; i--) {
    const t = tokens[i - 1] as Token;
    // A line break the tokenizer left out (a headline above the sentence) ends the clause too.
    const gap = text.slice(t.end, tokens[i]?.start ?? t.end);
    if (HARD_STOP.test(t.surface) || HARD_STOP.test(gap) || isPredicateWord(t)) return null;
    if (!isParticleOf(t, 'は', 'が', 'も')) continue;
    // 「ウクライナでは30人が」: a topic after a particle (では) names a place, not the thing counted.
    if (!isPhraseWord(tokens[i - 2])) return null;
    let ts = phraseBefore(tokens, i - 1);
    // 「…で、うち子どもが10人」: うち takes a part of the whole named before it.
    if (isPart(ts[0])) return partOf(ts.slice(1), f) ?? wholeBefore(tokens, i - 1 - ts.length);
    // 「北朝鮮兵士の数は3倍に」: 数 alone names no thing; the phrase before its の does.
    const k = i - 1 - ts.length;
    if (ts.length === 1 && NUMBER_OF.has(ts[0]?.surface ?? '') && isParticleOf(tokens[k - 1], 'の'))
      ts = phraseBefore(tokens, k - 1);
    const s = accept(ts);
    const head = ts.at(-1);
    if (!s || isPersonName(head) || isOrganizationName(head) || isPlaceName(head)) return null;
    return AGENT_HEADS.some((h) => s.endsWith(h)) ? null : s;
  }
  return null;
}

// (b) 「死者30人」 → 死者, 「兵士のうち約4千人」 → 兵士, 「有権者の過半数」 → 有権者.
// Not 「前年の2倍」: the phrase before 倍 is the base, not what is counted.
function adjacent(tokens: readonly Token[], start: number, f: CountedFigure): string | null {
  const t = tokens[start - 1];
  if (!t || t.end !== f.start || f.unit === '倍') return null;
  let end = -1;
  if (isPhraseWord(t) && !isDependent(t)) end = start;
  else if (isParticleOf(t, 'の')) end = start - 1;
  else if ((t.surface === 'うち' || t.surface === '中') && isParticleOf(tokens[start - 2], 'の')) end = start - 2;
  if (end < 0) return null;
  let ts = phraseBefore(tokens, end);
  // 「死者30人、うち3人が」: a part of the whole counted before.
  if (ts.length === 1 && isPart(ts[0])) return wholeBefore(tokens, end - 1);
  // 「5打数3安打」: the first word is another number's counter, not what this one counts.
  const numberBefore = tokens[end - ts.length - 1];
  if (end === start && isNumeral(numberBefore) && numberBefore?.end === ts[0]?.start) ts = ts.slice(1);
  return ts.length === 0 || isProperNoun(ts.at(-1)) ? null : accept(ts);
}

/** 「Nを記録」「Nを突破」: the figure is a value the topic reached. */
const reached = (text: string, end: number): boolean => REACHED_VERBS.some((w) => text.startsWith(w, end));

/** うち (「このうち」「うち」) opening a part of a whole named before it. */
const isPart = (t: Token | undefined): boolean => t?.surface === 'うち' && isNoun(t);

/**
 * What a part introduced by うち counts: the part itself when it names members of the whole (死者は30人で、
 * うち子どもが10人 → 子ども), the whole's noun when it names no such thing — a name, a place, a business
 * segment whose money or share is given (売上高は581億円で、うち医薬品関連事業が320億円 → 売上高).
 */
function partOf(part: Token[], f: CountedFigure): string | null {
  if (f.kind !== 'count' && f.kind !== 'measure') return null;
  const head = part.at(-1);
  if (!head || isPersonName(head) || isOrganizationName(head) || isPlaceName(head)) return null;
  const s = accept(part);
  return s && !AGENT_HEADS.some((h) => s.endsWith(h)) ? s : null;
}

/** How far back (in tokens) the whole of a うち part may be named: 「売上高は前年比5%増の581億円で、うち」. */
const MAX_WHOLE_BACK = 24;

/**
 * The whole a うち part is taken from, looking back from token i in the sentence: the topic or subject
 * (売上高は…で、うち) or the noun a count was written after (死者30人、うち). Null when none is named.
 */
function wholeBefore(tokens: readonly Token[], i: number): string | null {
  for (let j = i; j > 1 && i - j < MAX_WHOLE_BACK; j--) {
    const t = tokens[j - 1] as Token;
    if (HARD_STOP.test(t.surface)) return null;
    const topic = isParticleOf(t, 'は', 'が') || (isNumeral(t) && !isNumeral(tokens[j - 2]));
    if (!topic || !isPhraseWord(tokens[j - 2])) continue;
    const ts = phraseBefore(tokens, j - 1);
    const head = ts.at(-1);
    const s = accept(ts);
    if (
      s &&
      !isPersonName(head) &&
      !isOrganizationName(head) &&
      !isPlaceName(head) &&
      !AGENT_HEADS.some((h) => s.endsWith(h))
    )
      return s;
  }
  return null;
}
