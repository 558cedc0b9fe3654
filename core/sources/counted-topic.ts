import { PEOPLE_COUNTERS } from '../lexicon/counters';
import { SOURCE_TITLES, TELLING_ROLE_HEADS } from '../lexicon/person-titles';
import { PREFIX_QUALIFIERS } from '../lexicon/qualifiers';
import { WordIndex } from '../lexicon/word-table';
import {
  isAdverb,
  isAuxiliary,
  isCaseParticle,
  isCounter,
  isNoun,
  isNumeral,
  isPrefix,
  isSahenNoun,
  isSuffix,
  isVerb,
} from '../text/pos';
import type { Token } from '../types';

// 300人に上り、 / 2万人に達し、 / 5000人となり、: verbs that give an amount as their subject's size.
const AMOUNT_VERBS: ReadonlySet<string> = new Set(['上る', 'のぼる', '達する', '及ぶ', 'なる']);
// 10日付で、 / 午後3時で、: a date or a time with で sets when, it counts nothing.
const TIME_COUNTERS: ReadonlySet<string> = new Set(['年', '月', '日', '時', '分', '秒', '付', '年度', '時点']);
// How many words may open the amount before its number: 約, 延べ, 最大, およそ.
const MAX_LEAD = 2;
// How many words the amount's predicate may take before its comma: で|あり, に|上り.
const MAX_TAIL = 3;
// 延べ30万人と、 / 約1,800万人と、: words that qualify the amount, which count no one of their own.
const AMOUNT_LEADS: ReadonlySet<string> = new Set([...PREFIX_QUALIFIERS.map((q) => q.surface), '延べ', '計', '合計']);

/**
 * True when the topic whose は is token `p` is given a number by its own clause, closed by a comma:
 * 支給対象となる労働者は約4500万人で、支給総額は…と見込んでいる, 宿泊客は延べ30万人と、…. Such a topic is what was counted —
 * as a casualty noun is (死者は300人に上り、…と発表した) — and never who reports the count: the one who
 * does is left unwritten, or named elsewhere. 東和は約100億円と見込む (no clause of its own) keeps its
 * speaker; 同社は10日付で、 gives a date.
 */
export function countedInOwnClause(tokens: readonly Token[], p: number): boolean {
  let k = p + 1;
  // 男性は友人2人と、: a noun before the number names others counted, with whom the topic goes.
  let noun = false;
  for (let lead = 0; lead < MAX_LEAD && !isNumeral(tokens[k]); lead++) {
    const t = tokens[k];
    if (!(isPrefix(t) || isAdverb(t) || isNoun(t))) return false;
    noun ||= isNoun(t) && !isPrefix(t) && !AMOUNT_LEADS.has(t?.surface ?? '');
    k++;
  }
  if (!isNumeral(tokens[k])) return false;
  for (; isNoun(tokens[k]); k++) {
    const t = tokens[k] as Token;
    if (!isNumeral(t) && TIME_COUNTERS.has(t.surface)) return false;
  }
  let predicate = false;
  for (let n = 0; n < MAX_TAIL; n++, k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.surface === '、') return predicate;
    // 約4500万人で / 30万人であり: the copula; 1200人程度で: the particle after a suffix word.
    if ((isAuxiliary(t) && (t.basic === 'だ' || t.basic === 'ある')) || (t.surface === 'で' && isCaseParticle(t))) {
      predicate = true;
    } else if (t.surface === 'に' || t.surface === 'と') {
      if (!isCaseParticle(t)) return false;
      // 宿泊客は延べ30万人と、…と見込んでいます: the amount set apart by と and a comma is the topic's own.
      if (t.surface === 'と' && tokens[k + 1]?.surface === '、' && !noun) predicate = true;
    } else if (isVerb(t) && AMOUNT_VERBS.has(t.basic)) {
      predicate = true;
    } else return false;
  }
  return false;
}

/**
 * True when the topic whose は is token `p` is followed at once by a counted subject of its own clause:
 * 新型GPUは2万基が出荷された, 新型ドローンは約500台が売れた. The topic is the whole that was counted —
 * a product, a thing — and says nothing of who counted it.
 */
export function countsItsSubject(tokens: readonly Token[], p: number): boolean {
  let k = p + 1;
  for (let lead = 0; lead < MAX_LEAD && !isNumeral(tokens[k]); lead++) {
    const t = tokens[k];
    if (!(isPrefix(t) || isAdverb(t))) return false;
    k++;
  }
  if (!isNumeral(tokens[k])) return false;
  while (isNumeral(tokens[k])) k++;
  let counted = false;
  for (; isNoun(tokens[k]) && isSuffix(tokens[k]); k++) counted ||= isCounter(tokens[k]);
  const ga = tokens[k];
  return counted && ga?.surface === 'が' && isCaseParticle(ga);
}

// How many words may stand between は and the amount: 1日|約, 延べ, 今年|の|最大, 23|日|まで|に.
const MAX_AMOUNT_LEAD = 5;
// 23日までに, 今年度中に: a time set before the amount, its particles included.
const TIME_PARTICLES: ReadonlySet<string> = new Set(['まで', 'までに', 'に', 'で']);
const TELLERS = WordIndex.of([...SOURCE_TITLES, ...TELLING_ROLE_HEADS]);

/**
 * True when the people the topic `name` (whose は is token `p`) names are what the amount after it counts,
 * set as the object of the verb after と: 沿道の観客は約120万人と推計した, 1日あたりの利用者はおよそ7万人と
 * 想定している, 来場者は延べ5万人を見込む. The one who reckoned is left unwritten (the body in force) —
 * unless the topic is someone who tells by their part (担当者, 関係者, 広報は約100人と説明した).
 */
export function countedByItsAmount(tokens: readonly Token[], p: number, name: string): boolean {
  if (TELLERS.longestEndingAt(name, name.length)) return false;
  let k = p + 1;
  for (let lead = 0; lead < MAX_AMOUNT_LEAD && tokens[k] && !amountAt(tokens, k); lead++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    const time =
      TIME_PARTICLES.has(t.surface) && k > p + 1 && (isNoun(prev) || TIME_PARTICLES.has(prev?.surface ?? ''));
    if (!(isPrefix(t) || isAdverb(t) || isNoun(t) || t.surface === 'の' || time)) return false;
    k++;
  }
  const end = amountAt(tokens, k);
  if (!end) return false;
  k = end;
  // 約120万人程度と / 7万人超を: a suffix word after the counter qualifies the amount.
  while (isNoun(tokens[k]) && isSuffix(tokens[k])) k++;
  const particle = tokens[k];
  if (!(particle && isCaseParticle(particle) && (particle.surface === 'と' || particle.surface === 'を'))) return false;
  const verb = tokens[k + 1];
  return isVerb(verb) || isSahenNoun(verb);
}

/** The index after a count of people starting at token `k` (約|120|万|人 → after 人), or 0. */
function amountAt(tokens: readonly Token[], k: number): number {
  let n = k;
  while (isPrefix(tokens[n])) n++;
  if (!isNumeral(tokens[n])) return 0;
  while (isNumeral(tokens[n])) n++;
  return isCounter(tokens[n]) && PEOPLE_COUNTERS.has((tokens[n] as Token).surface) ? n + 1 : 0;
}
