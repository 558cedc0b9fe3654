import { NUMERAL_WORD_EXCEPTIONS, NUMERAL_WORDS, ORDINAL_PREFIXES } from '../lexicon/non-figures';
import { isNoun, isNumeral } from '../text/pos';
import { DIGIT, LATIN } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';

// After the first group of a phone number or postal code: four digits (100-0001, 03-1234-5678) or three
// and another hyphen (090-123-4567); 180-220平方メートル is a range.
const HYPHEN_DIGITS = new RegExp(`^[-－‐−](?:[${DIGIT}]{4}|[${DIGIT}]{3}[-－‐−])`);

const LATIN_CHAR = new RegExp(`[${LATIN}]`);
const ALNUM = new RegExp(`[${DIGIT}${LATIN}]`);
const HYPHEN = /[-－‐−]/;
const PLACE_WORD = /[万億兆]/;
// Characters that glue a number into an address, a path, a time or an identifier: /gc7/2025/07, 12:30, a_3.
const GLUE_BEFORE = /[_/\\#@&?.．／]/;
// 12:30 is a time, but 価格：1万円 is a label and its value: a colon glues only after a digit.
const CLOCK_COLON = new RegExp(`[${DIGIT}][:：]$`);
// id=123 is a parameter, but 1ドル=150円 is a rate: = glues only after ASCII.
const ASCII_EQUALS = /[0-9A-Za-z_]=$/;
const GLUE_AFTER = /[/:：／_@]/;

const NUMERAL_WORD_SET: ReadonlySet<string> = new Set(NUMERAL_WORDS);
const NUMERAL_WORD_LENGTHS: readonly number[] = [...new Set(NUMERAL_WORDS.map((w) => w.length))];
const ORDINAL_PREFIX_SET: ReadonlySet<string> = new Set(ORDINAL_PREFIXES);
const ORDINAL_PREFIX_LENGTHS: readonly number[] = [...new Set(ORDINAL_PREFIXES.map((w) => w.length))];

/**
 * True when what is written around a number makes it a name, a code or an ordinal rather than a
 * quantity: G7, F-16, iPhone 16, 03-1234-5678, /2025/07/, 12:30, 第2次.
 */
export function isGluedNumber(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (LATIN_CHAR.test(before) || GLUE_BEFORE.test(before) || GLUE_AFTER.test(after)) return true;
  if (ASCII_EQUALS.test(text.slice(start - 2, start)) || CLOCK_COLON.test(text.slice(start - 2, start))) return true;
  // iPhone 16, Windows 10: a Latin word, a space, then the number; no model number is written with a
  // place word (ノートPC　24万9800円 is a price).
  if (
    (before === ' ' || before === '\u3000') &&
    LATIN_CHAR.test(text[start - 2] ?? '') &&
    !PLACE_WORD.test(text.slice(start, end))
  )
    return true;
  // F-16, COVID-19, 03-1234-5678 (the later groups): a hyphen glued to a letter or digit.
  if (HYPHEN.test(before) && ALNUM.test(text[start - 2] ?? '')) return true;
  // 03-1234-5678 and 100-0001 (the first group): digits, hyphen, digits, and again or a 4-digit tail.
  if (HYPHEN.test(after) && HYPHEN_DIGITS.test(text.slice(end, end + 6))) return true;
  for (const len of ORDINAL_PREFIX_LENGTHS) {
    if (ORDINAL_PREFIX_SET.has(text.slice(start - len, start))) return true;
  }
  return false;
}

/**
 * For a numeral written without digits: true when it really is a number here. The lexicon vetoes
 * numeral words (一部, 万一, 九州); kuromoji, when tokens are given, must tag every morpheme of it
 * 名詞,数 (二階堂 and 一時金 are not). 数カ月 is one token: a 数-led word ending in a counter is accepted.
 */
export function isKanjiNumber(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  isCounter: (word: string) => boolean,
): boolean {
  for (const [word, after] of NUMERAL_WORD_EXCEPTIONS) {
    const next = start + word.length;
    if (text.startsWith(word, start) && after.some((w) => text.startsWith(w, next))) return true;
  }
  if (insideNumeralWord(text, start)) return false;
  if (tokens.length === 0) return true;
  let i = tokenAt(tokens, start);
  const first = tokens[i];
  if (!first || first.start !== start) return false;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (isNoun(t) && isNumeral(t) && t.end <= end) continue;
    // 三つの報告, 五つの店舗: IPADIC keeps the native counting word whole as a common noun (一つ, mostly
    // "a", is left to the one-idioms).
    if (t.start === start && end === start + 1 && NATIVE_COUNT.test(t.surface)) continue;
    // 数カ月, 数日: the tokenizer keeps them whole.
    if (t.start === start && t.surface.startsWith('数') && isCounter(t.surface.slice(end - start))) continue;
    return false;
  }
  return true;
}

const NATIVE_COUNT = /^[二三四五六七八九]つ$/;

/** True when a numeral word such as 唯一 or 万一 covers `start` (it starts there or before). */
function insideNumeralWord(text: string, start: number): boolean {
  for (const len of NUMERAL_WORD_LENGTHS) {
    for (let s = start - len + 1; s <= start; s++) {
      if (s >= 0 && NUMERAL_WORD_SET.has(text.slice(s, s + len))) return true;
    }
  }
  return false;
}
