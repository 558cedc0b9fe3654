/**
 * Which script a character is written in, and folding between full and half width. The classes are
 * regular-expression class bodies, to be put between [ ] (`[${KATAKANA}ー]`), so every module spells
 * a script the same way; the predicates test the first character of a string (a missing one is none).
 */

/** ASCII and full-width digits: 3, ３. */
export const DIGIT = '0-9０-９';
/** ASCII and full-width Latin letters: CNN, ＣＮＮ, ｋｍ. */
export const LATIN = 'A-Za-zＡ-Ｚａ-ｚ';
/** ASCII and full-width capitals: the letters of an acronym, NHK, ＵＮＡＭＩ. */
export const CAPITAL = 'A-ZＡ-Ｚ';
/** ASCII and full-width small letters: ufotable, ｋｍ. */
export const SMALL = 'a-zａ-ｚ';
/** Hiragana with its voicing and iteration marks: あ, ゖ, ゝ (U+3041–U+309F). */
export const HIRAGANA = 'ぁ-ゟ';
/** Full-width katakana letters: ア, ヴ, ヵ, ヶ, ヺ (U+30A1–U+30FA; ー and ・ are not letters). */
export const KATAKANA = 'ァ-ヺ';
/** Half-width katakana and its marks: ｱ, ｰ, ﾞ (U+FF66–U+FF9F). */
export const HALF_WIDTH_KATAKANA = '\\uff66-\\uff9f';
/**
 * Both kana blocks whole: hiragana, katakana and their marks, ー and ・ included (U+3041–U+30FF), as
 * a word of the language is written: 「ミサイル」, 「ゆくゆく」, 「ツー・ツー」.
 */
export const KANA = '\\u3041-\\u30ff';
/**
 * Kanji as Unicode's Han script: the ideographs of every block (𠮷 beyond the BMP, 﨑 among the
 * compatibility ones), the iteration mark 々 and the zero 〇. Needs the `u` flag.
 */
export const KANJI = '\\p{Script=Han}';

/**
 * The dashes a writer puts between two numbers of a range or a score: ASCII and full-width hyphen-minus,
 * the hyphen, en and em dashes, the horizontal bar (4―6月期), the minus sign and the box-drawing line
 * that Japanese input methods offer as a dash (4─6月期). Not ー, the katakana long vowel mark.
 */
export const DASHES: readonly string[] = ['-', '－', '‐', '‑', '‒', '–', '—', '―', '−', '─', '━'];
/** The hyphens among DASHES (ASCII, full-width, hyphen, non-breaking): codes and phone numbers use them too. */
export const HYPHENS: readonly string[] = DASHES.filter((c) => '-－‐‑'.includes(c));
/** DASHES as a regular-expression class body. */
export const DASH = DASHES.map((c) => (c === '-' ? '\\-' : c)).join('');

const DIGIT_START = new RegExp(`^[${DIGIT}]`);
const LATIN_START = new RegExp(`^[${LATIN}]`);
const KANJI_START = new RegExp(`^[${KANJI}]`, 'u');
const KANJI_WORD = new RegExp(`^[${KANJI}]+$`, 'u');

/** Whether `s` starts with an ASCII or full-width digit (a missing character is none). */
export const isDigit = (s: string | undefined): boolean => s !== undefined && DIGIT_START.test(s);
/** Whether `s` starts with an ASCII or full-width Latin letter. */
export const isLatin = (s: string | undefined): boolean => s !== undefined && LATIN_START.test(s);
/** Whether `s` starts with a kanji (one code point, so 𠮷 counts). */
export const isKanji = (s: string | undefined): boolean => s !== undefined && KANJI_START.test(s);
/** Whether `s` is written in kanji only: 李成権, 公取委, 𠮷野. */
export const isKanjiWord = (s: string): boolean => KANJI_WORD.test(s);

/** Round brackets, in full and half width: （…）, (…). */
export const ROUND_OPENERS: ReadonlySet<string> = new Set(['（', '(']);
export const ROUND_CLOSERS: ReadonlySet<string> = new Set(['）', ')']);

/**
 * ASCII letters and digits to full width, one UTF-16 unit for one, so offsets into the result are
 * offsets into the original: 「CNN」 → 「ＣＮＮ」 (IPADIC tags the full-width spelling as a name far more
 * reliably).
 */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Full-width ASCII (digits, Latin letters, ％, ，) to half width, one unit for one: ｋｍ → km. */
export function toHalfWidth(s: string): string {
  return s.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Hiragana letters to katakana, one unit for one, to compare with IPADIC readings: のべる → ノベル. */
export function toKatakana(s: string): string {
  return s.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}
