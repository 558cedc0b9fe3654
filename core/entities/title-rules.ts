import { CATEGORY_TITLES, NAME_ONLY_TITLES, NAME_TITLES } from '../lexicon/person-titles';
import { ENTITY_SURNAME_READINGS } from '../lexicon/surname-readings';
import { isCommonNoun, isNoun, isNumeral, isOrganizationName, isPlaceName, isSahenNoun, isSuffix } from '../text/pos';
import { CAPITAL, isKanjiWord, KANJI, SMALL } from '../text/script';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { gazetteerType } from './gazetteer';
import { isNameLike, isSurnameNumeral, splitKatakana } from './name-like';
import { isPlainWordWhole } from './names-nothing';
import { prefixesOf } from './prefixes';

const TWO_OR_THREE_KANJI = new RegExp(`^[${KANJI}]{2,3}$`, 'u');

/** Names longer than this many tokens before a title are not one name. */
const MAX_NAME_TOKENS = 6;

/** An acronym (「JFA」, 「ＵＮＡＭＩ」) or a lower-case brand (「ufotable」), in half or full width. */
const LATIN_BODY = new RegExp(`^(?:[${CAPITAL}&＆]{2,}|[${SMALL}]+)$`);
/** Quotation marks by their opening one: a name and title alone between a pair is a work's title. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '"': '"' };

const isTitle = (x: string): boolean => NAME_TITLES.has(x) || NAME_ONLY_TITLES.has(x);

/** Every prefix of every title: a two-token title (首相+補佐官) starts with one, so most tokens build no pair. */
const TITLE_HEADS = prefixesOf([...NAME_TITLES, ...NAME_ONLY_TITLES]);

/**
 * True when tokens i and i + 1 read as a one-kanji surname of the lists and a one- or two-kanji word
 * glued to it, as kuromoji cuts 「孫正義」 (孫 + 正義) and 「王毅」. The token before must not be a
 * word the surname could end: 「子孫正義」 is no name.
 */
function isSurnameAndWord(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i];
  const w = tokens[i + 1];
  if (!s || !w || s.end !== w.start || !ENTITY_SURNAME_READINGS.has(s.surface)) return false;
  const p = tokens[i - 1];
  if (p && p.end === s.start && isNoun(p)) return false;
  return isNoun(w) && isKanjiWord(w.surface) && w.surface.length <= 2 && !isNumeral(w) && !isSuffix(w);
}

/** Tokens [from, end) are all known common nouns and SudachiDict files their whole as one (特+任 → 特任). */
function brokenPlainWord(tokens: readonly Token[], from: number, end: number, whole: string): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    if (!t.known || !isCommonNoun(t)) return false;
  }
  return isPlainWordWhole(whole);
}

/**
 * True when token i ends a two-token title begun by the token before it: 「准教授」 read 准 + 教授. The
 * title was met at 准, so 教授 alone must not take 准 into the name (「山本准教授」 → 山本, not 山本准).
 */
function endsLongerTitle(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && TITLE_HEADS.has(prev.surface) && isTitle(prev.surface + (tokens[i] as Token).surface);
}

/**
 * People named before a title: 「プーチン大統領」 → プーチン, 「李成権氏」 → 李成権 (kuromoji: 李+成+権).
 * Outweighs the tagger (it sees the title, the tagger only a window).
 * A country before the title is a modifier, not the name: 「ラブロフ露外相」 → ラブロフ.
 */
export function titleCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const two = i + 1 < tokens.length && TITLE_HEADS.has(t.surface) ? t.surface + (tokens[i + 1] as Token).surface : '';
    if (!isTitle(t.surface) && !isTitle(two)) continue;
    if (endsLongerTitle(tokens, i)) continue;
    let end = i;
    // 「露外相」, 「米大統領」: skip one place name right before the title.
    const prev = tokens[end - 1] as Token;
    // Only a listed place is a modifier: kuromoji also reads given names as places (「習近平」's 近平).
    // After ・ the place word is part of a foreign full name: 「ジョージ・ワシントン将軍」.
    if (isPlaceName(prev) && end - 1 > 0 && (tokens[end - 2] as Token).end === prev.start) {
      const before = tokens[end - 2] as Token;
      const listed = gazetteerType(prev.surface) === 'place';
      if (listed && isNameLike(before) && !isPlaceName(before) && before.surface !== '・') end--;
    }
    let from = end;
    // 「成城大学教授の森」: an organisation before the title is the employer, not the name.
    while (from > 0 && end - from < MAX_NAME_TOKENS && isNameLike(tokens[from - 1] as Token)) {
      if (isOrganizationName(tokens[from - 1]) && !splitKatakana(tokens[from - 1] as Token, tokens[from] as Token))
        break;
      from--;
    }
    // A name starts and ends with a real word, not with ・ or a prefix.
    while (from < end && !isNoun(tokens[from])) from++;
    // 「十倉雅和会長」: kuromoji read the surname's first character as a number.
    if (from < end && from > 0 && isSurnameNumeral(tokens, from - 1)) from--;
    // 「厚子内親王」: one plain kanji word before a title that only follows names is the name.
    if (from === end && end > 0 && (NAME_ONLY_TITLES.has(t.surface) || NAME_ONLY_TITLES.has(two))) {
      const p = tokens[end - 1] as Token;
      if (isCommonNoun(p) && TWO_OR_THREE_KANJI.test(p.surface)) from = end - 1;
    }
    // 「孫正義会長」: a one-kanji surname of the lists, then a given name that is also a word (正義).
    if (from === end && end > 1 && isSurnameAndWord(tokens, end - 2)) from = end - 2;
    if (from >= end) continue;
    // 「サッカー選手」, 「映画監督」: one dictionary common noun before these titles is the field, not a name.
    if (end - from === 1 && (CATEGORY_TITLES.has(t.surface) || CATEGORY_TITLES.has(two))) {
      const p = tokens[from] as Token;
      if (p.known && (isCommonNoun(p) || isSahenNoun(p))) continue;
    }
    const start = (tokens[from] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    // 「特任教授」「客員コーチ」: plain words kuromoji broke up (特+任) that SudachiDict knows whole as a
    // common noun qualify the title; they name nobody.
    if (end - from > 1 && brokenPlainWord(tokens, from, end, text.slice(start, stop))) continue;
    // 「同氏」 (that person) refers back; it is not a name.
    if (stop - start === 1 && '同当本'.includes(text[start] as string)) continue;
    if (isPlaceName(tokens[from]) && end - from === 1 && t.surface !== '氏' && t.surface !== 'さん') continue;
    // 「JFA会長」, 「ufotable代表」: a Latin word in capitals only or lower case only is the body the
    // title belongs to, not the holder's name (「Sofuoglu選手」 is written like a name).
    if (LATIN_BODY.test(text.slice(start, stop))) continue;
    // 「マグマ大使」, 「悪夢ちゃん」 alone in quotes are the title of a work, not a person.
    const titleEnd = (tokens[two && isTitle(two) ? i + 1 : i] as Token).end;
    const closing = QUOTE_PAIRS[text[start - 1] ?? ''];
    if (closing !== undefined && text[titleEnd] === closing) continue;
    out.push({ start, end: stop, type: 'person', source: 'title', weight: 12 });
  }
  return out;
}
