import { PREFIX_QUALIFIERS } from '../lexicon/qualifiers';
import {
  isAdverb,
  isAuxiliary,
  isCaseParticle,
  isCounter,
  isNoun,
  isNumeral,
  isPrefix,
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
