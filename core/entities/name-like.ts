import { SURNAME_NUMERALS } from '../lexicon/surname-numerals';
import {
  isAdverbialNoun,
  isConjunctiveNoun,
  isDependent,
  isNoun,
  isNumeral,
  isPersonName,
  isPrefix,
  isPronoun,
  isProperNoun,
  isSuffix,
} from '../text/pos';
import type { Token } from '../types';
import { charClasses } from './features';

/**
 * Whether a token can be part of a person's name written before a title: proper nouns, words
 * kuromoji does not know (ゼレンスキー), katakana or Latin words, and single kanji, because unknown
 * kanji names break into characters (金正恩 → 金+正+恩). 「政府」 or 「同社」 are not.
 */
export function isNameLike(t: Token): boolean {
  if (t.surface === '・' || t.surface === '＝' || t.surface === '=') return true;
  if (!isNoun(t) && !isPrefix(t)) return false;
  // 接続詞的: 「会長兼社長」's 兼 joins two titles, it is no one-kanji name.
  if (isNumeral(t) || isPronoun(t) || isDependent(t) || isConjunctiveNoun(t)) return false;
  if (isProperNoun(t) || !t.known) return true;
  const cls = charClasses(t.surface);
  if (cls === 'A' || cls === 'L' || cls === 'AL') return t.surface !== 'ー';
  return cls === 'K' && t.surface.length === 1 && isNoun(t) && !isSuffix(t);
}

/**
 * True when tokens `a` and `b` touch and are both katakana: one word kuromoji cut in two
 * (ロバーツ → ロ + バーツ, ロ read as an organisation), so neither part ends a name on its own.
 */
export function splitKatakana(a: Token, b: Token): boolean {
  return a.end === b.start && charClasses(a.surface) === 'A' && charClasses(b.surface) === 'A';
}

/**
 * A single kanji numeral that begins the surname after it: 「十倉雅和会長」 → 十+倉+雅和 in kuromoji.
 * Only before a person-name token, and not after another number (「第十倉庫」, 「二十倉」 are not names).
 */
export function isSurnameNumeral(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  return (
    !!t &&
    !!next &&
    isNumeral(t) &&
    SURNAME_NUMERALS.has(t.surface) &&
    next.start === t.end &&
    isPersonName(next) &&
    !(before && before.end === t.start && (isNumeral(before) || isPrefix(before)))
  );
}

/** Whether a token can be part of an organisation's name before its suffix: also plain kanji nouns (近畿+財務+局). */
export function isOrgPart(t: Token): boolean {
  if (isNameLike(t)) return true;
  if (!isNoun(t) || isNumeral(t) || isPronoun(t) || isDependent(t) || isAdverbialNoun(t)) return false;
  const cls = charClasses(t.surface);
  return cls === 'K' || cls === 'A' || cls === 'AK' || cls === 'KA';
}

/** True when the name needs at least one part that is not a plain word: 「理財局」 passes via 局's owner list, 「調査会」 does not. */
export function hasNameEvidence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (isProperNoun(t) || !t.known) return true;
    const cls = charClasses(t.surface);
    if (cls === 'A' || cls === 'L') return true;
  }
  return false;
}
