import { NAME_ONLY_TITLES, NAME_TITLES } from '../lexicon/person-titles';
import {
  isCommonNoun,
  isDependent,
  isNoun,
  isNumeral,
  isOrganizationName,
  isPersonName,
  isPronoun,
  isSahenNoun,
  isSuffix,
} from '../text/pos';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { isCommonWord } from './common-words';
import { charClasses } from './features';
import { gazetteerType } from './gazetteer';
import { headType } from './head-type';
import { sudachiCode } from './names-nothing';

// News writes a person's name, then the body or field they serve, then the title: 「ブリンケン国務長官」,
// 「加藤球団代表」, 「バーンズ中央情報局（ＣＩＡ）長官」. The title rule reads names right before a title;
// this one reads past the office to the name, and gives the body its own mark when it is one
// (中央情報局 ends in 局). A listed place or body before the office is the office's owner, never a
// name: 「日本サッカー協会会長」, 「トヨタ自動車社長」.

/** At most this many words of office between a name and its title. */
const MAX_OFFICE = 5;
/** At most this many characters inside a bracket that is part of the office: （ＣＩＡ）. */
const MAX_BRACKET = 12;

/** A plain noun of an office: 国務, 球団, 広報, 中央+情報+局 (an organisation suffix too). */
function isOfficeWord(t: Token): boolean {
  if (!isNoun(t) || isNumeral(t) || isPronoun(t) || isDependent(t)) return false;
  // One kanji is how kuromoji breaks up a name it does not know (武藤+容+治): an office is words.
  if (t.surface.length < 2 && !isSuffix(t)) return false;
  return t.known && (isCommonNoun(t) || isSahenNoun(t) || isSuffix(t) || isOrganizationName(t));
}

/** A word of a person's name: katakana no dictionary files as a word, place or body, or an IPADIC name. */
function isPersonWord(t: Token): boolean {
  if (!isNoun(t) || isNumeral(t)) return false;
  if (isPersonName(t)) return true;
  if (charClasses(t.surface) !== 'A' || t.surface === 'ー') return false;
  if (isCommonWord(t) || gazetteerType(t.surface)) return false;
  const code = sudachiCode(t.surface);
  return code === 0 || code <= 3;
}

/** Start index of a bracket group ending at token `i` (a closing bracket), or -1. */
function bracketStart(tokens: readonly Token[], i: number): number {
  if (!/^[）)]$/.test((tokens[i] as Token).surface)) return -1;
  for (let j = i - 1; j >= 0 && (tokens[i] as Token).start - (tokens[j] as Token).end <= MAX_BRACKET; j--) {
    if (/^[（(]$/.test((tokens[j] as Token).surface)) return j;
  }
  return -1;
}

/** A person named before an office and its title, and the office's body when it ends in one. */
export function nameBeforeOfficeCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i < tokens.length; i++) {
    // 氏, さん follow a name directly, never an office (「土屋圭市さん」's 市 is the given name's).
    if (!NAME_TITLES.has((tokens[i] as Token).surface) || NAME_ONLY_TITLES.has((tokens[i] as Token).surface)) continue;
    // Walk back over the office: plain nouns, and one bracketed abbreviation.
    let k = i;
    let words = 0;
    let bracket = false;
    while (k > 0 && words < MAX_OFFICE) {
      const b = bracket ? -1 : bracketStart(tokens, k - 1);
      if (b >= 0) {
        bracket = true;
        k = b;
        continue;
      }
      if (!isOfficeWord(tokens[k - 1] as Token)) break;
      k--;
      words++;
    }
    // An office starts with a word of its own, not a suffix: 「李成権大使」's 権 ends the name.
    const head = tokens[k] as Token;
    if (words === 0 || (isSuffix(head) && !bracket)) continue;
    // The name: katakana words (joined by ・) or IPADIC name words, touching the office.
    let n = k;
    while (n > 0) {
      const t = tokens[n - 1] as Token;
      if (isPersonWord(t) || (t.surface === '・' && n - 1 > 0 && n < k)) n--;
      else break;
    }
    if (n === k || (tokens[n] as Token).surface === '・') continue;
    const before = tokens[n - 1];
    // Glued to a noun before it, the run is the tail of a longer word (「米バーンズ」 is not checked).
    if (before && before.end === (tokens[n] as Token).start && isNoun(before)) continue;
    const start = (tokens[n] as Token).start;
    const end = (tokens[k - 1] as Token).end;
    out.push({ start, end, type: 'person', source: 'title', weight: 12 });
    // The office alone, up to a bracket: 中央情報局 in 「バーンズ中央情報局（ＣＩＡ）長官」.
    let officeEnd = k;
    while (officeEnd < i && !/^[（(]$/.test((tokens[officeEnd] as Token).surface)) officeEnd++;
    const officeStop = (tokens[officeEnd - 1] as Token).end;
    if (officeEnd > k && headType(text, tokens, end, officeStop) === 'organization')
      out.push({ start: end, end: officeStop, type: 'organization', source: 'suffix', weight: 11 });
  }
  return out;
}
