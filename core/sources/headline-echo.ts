import { OUTLET_SELF_NAMES } from '../lexicon/source-nouns';
import { isAdjective, isAdverbialNoun, isDependent, isNoun, isNumeral, isPronoun, isSuffix, isVerb } from '../text/pos';
import type { Sentence } from '../text/sentences';
import { sentenceIndexAt } from '../text/sentences';
import { tokenAt } from '../text/tokens';
import type { Source, Token } from '../types';
import type { AttributedFigure } from './context';
import { sameSource, variantKeys } from './name-variants';
import { roundsTo } from './rounded-figures';

/**
 * True when the figures measure the same thing: value, range and unit alike (50億円突破 = 50億円を突破し),
 * and no two bounds that differ (「熊谷で40度超え」 over 40.3度を観測 is not 40度以上を観測したのは…以来).
 */
export function sameFigure(a: AttributedFigure, b: AttributedFigure): boolean {
  return (
    a.kind === b.kind &&
    a.unit === b.unit &&
    a.value === b.value &&
    a.min === b.min &&
    a.max === b.max &&
    !boundsDiffer(a, b)
  );
}

/**
 * Both figures are bounded, one way each, and not the same way: 40度超え (over) and 40度以上 (at least)
 * are different claims; a bound on one side only (最大3万人 over 3万人) may summarise the other.
 */
function boundsDiffer(a: AttributedFigure, b: AttributedFigure): boolean {
  return !!a.bound && !!b.bound && a.bound !== b.bound;
}

/** True for a source that names a party: not the byline's outlet, not "none". */
export function named(s: Source | null): s is Source {
  return !!s && s.type !== 'byline' && s.type !== 'none' && !!s.name;
}

/** True for a party the body names other than the outlet calling itself 本社 or 本紙. */
const namedOther = (s: Source | null): s is Source => named(s) && !OUTLET_SELF_NAMES.has(s.name);

/**
 * The source the body gives a headline figure it repeats: 「主食用米の収穫量702万トン」 over 農林水産省は…
 * 収穫量が702万トンだったと発表した → 農林水産省. Every body mention must be given one named party
 * (千葉県警 and 県警 are one); none when the body never repeats it (「約3割」 over 29.6%), states it
 * itself, or gives it to two parties (県によると3人, 警察によると3人).
 */
export function bodyEcho(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  head: Sentence,
  f: AttributedFigure,
  figures: readonly AttributedFigure[],
  sources: readonly (Source | null)[],
): Source | null {
  const words = headlineWords(tokens, head, f);
  const same: (Source | null)[] = [];
  figures.forEach((b, i) => {
    if (b.start < head.end) return;
    // 「純利益2割増」 over 純利益が前期比21%増: the body's share rounded to the headline's digits, told by the
    // same words (the headline's rounding is no figure of the writer's own).
    const exact = sameFigure(f, b);
    const rounded = !exact && roundsTo(tokens, f, b);
    if (!exact && !rounded) return;
    // 「1人死亡、26人けが」 and 女性1人が骨盤を折る重傷: a body 1人 of another count is no repeat.
    const source = sources[i] ?? null;
    // 「…厚さ6.1mm、8万4800円」 over 直販価格は…8万4800円: a value of three or more significant digits is the
    // same figure whatever words stand beside it in the headline.
    if ((distinctive(f) && !rounded) || sharesWord(tokens, around(sentences, b.start, source), words))
      same.push(source);
  });
  const first = same[0] ?? null;
  if (!namedOther(first)) return null;
  const keys = variantKeys(first.name, first.type);
  const agree = (s: Source | null) =>
    named(s) && (s.name === first.name || sameSource(keys, variantKeys(s.name, s.type)));
  return same.every(agree) ? first : null;
}

/**
 * True for a single value of three or more significant digits (8万4800円 → 848, 33.1% → 331): no other
 * count of the article comes out at it by chance, as 1人 or 2倍 may.
 */
function distinctive(f: AttributedFigure): boolean {
  if (f.value === null || f.min !== null || f.max !== null) return false;
  const digits = String(Math.abs(f.value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return /^\d{3,}$/.test(digits);
}

/**
 * A word that tells what a figure counts: a noun, verb or adjective of its own (規模, 増える, 重い), not a
 * number (5つ), a counter, a time word (昨年) or a pronoun.
 */
function isContentWord(t: Token): boolean {
  if (/[\d０-９%％]/u.test(t.surface)) return false;
  if (isVerb(t) || isAdjective(t)) return !isDependent(t) && !isSuffix(t);
  return isNoun(t) && !isNumeral(t) && !isSuffix(t) && !isPronoun(t) && !isDependent(t) && !isAdverbialNoun(t);
}

const wordOf = (t: Token): string => (t.basic && t.basic !== '*' ? t.basic : t.surface);
const isSpace = (t: Token): boolean => /^[\s\u3000]+$/u.test(t.surface);

/**
 * The words of the headline's stretch around the figure, between its spaces (「1人死亡、26人けが」 → 死亡,
 * けが); the whole headline's when the stretch is the figure alone (「…合意　年800億円規模」).
 */
function headlineWords(tokens: readonly Token[], head: Sentence, f: AttributedFigure): Set<string> {
  const first = tokenAt(tokens, head.start);
  const end = tokenAt(tokens, head.end);
  const k = tokenAt(tokens, f.start);
  let lo = k;
  while (lo > first && !isSpace(tokens[lo - 1] as Token)) lo--;
  let hi = k;
  while (hi + 1 < end && !isSpace(tokens[hi + 1] as Token)) hi++;
  const collect = (from: number, to: number) => {
    const words = new Set<string>();
    for (let j = from; j <= to; j++) {
      const t = tokens[j] as Token;
      if (isContentWord(t)) words.add(wordOf(t));
    }
    return words;
  };
  const near = collect(lo, hi);
  return near.size > 0 ? near : collect(first, end - 1);
}

/**
 * The stretch of the body telling of a figure: its sentence, and the one before it in its paragraph
 * when the sentence goes on with that one's report (「…純利益が142億円になると発表した。従来予想から30%
 * 引き下げた」); a sentence naming its own party (北山病院によると、女性1人が骨折した) stands alone.
 */
function around(sentences: readonly Sentence[], at: number, source: Source | null): Sentence | undefined {
  const i = sentenceIndexAt(sentences, at);
  const s = sentences[i];
  const before = sentences[i - 1];
  if (!s || !before || i - 1 === 0 || before.paragraph !== s.paragraph) return s;
  const named = source?.start;
  if (named !== undefined && named >= s.start && named < s.end) return s;
  return { ...s, start: before.start };
}

/** True when the sentence has one of the words. */
function sharesWord(tokens: readonly Token[], sentence: Sentence | undefined, words: ReadonlySet<string>): boolean {
  if (!sentence) return false;
  for (let j = tokenAt(tokens, sentence.start); j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start >= sentence.end) break;
    if (isContentWord(t) && words.has(wordOf(t))) return true;
  }
  return false;
}
