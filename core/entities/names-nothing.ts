import { DEICTIC_HEADS, MUNICIPAL_HEADS } from '../lexicon/deictic-nouns';
import { ERA_BY_NAME } from '../lexicon/eras';
import { DEICTIC_PREFIXES, OPERATOR_PREFIXES } from '../lexicon/generic-prefixes';
import { SOURCE_TITLES } from '../lexicon/person-titles';
import { isNoun, isSahenNoun } from '../text/pos';
import { CAPITAL, DIGIT, KATAKANA } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { isCommonWord, NAME_ENDINGS } from './common-words';
import { wordClasses } from './word-classes';

/** SudachiDict's common-noun codes (python/word_classes.py): 普通名詞 一般, サ変可能, 形状詞可能, 助数詞可能. */
const SUDACHI_COMMON_NOUN = { from: 7, to: 10 };
/** SudachiDict's code for a surname (人名 姓). */
export const SUDACHI_SURNAME = 1;
/** SudachiDict's code for a proper noun of no listed kind (ソフトバンク, ＣＳＩＳ, 平成 …). */
export const SUDACHI_PROPER_NOUN = 6;

const TITLES: ReadonlySet<string> = new Set(SOURCE_TITLES);
/** Kinds of names a common noun must never be marked as. */
const NAMED_KINDS: ReadonlySet<Candidate['type']> = new Set(['person', 'organization', 'place']);
/**
 * Sources that know a name when they see one: a listed name, a name before a title or after its kind,
 * a prefecture's or city's organ (「県財政課」: plain words, but 県 says whose section it is), a firm
 * whose trade-names rule already judged its words (「中央青果によると」).
 */
const TRUSTED: ReadonlySet<Candidate['source']> = new Set(['gazetteer', 'title', 'apposition', 'organ', 'trade']);

/** SudachiDict's code for a word (0: not listed, or not one word there). */
export function sudachiCode(word: string): number {
  const wc = wordClasses();
  return wc ? wc.sudachiAt(wc.indexOf(word)) : 0;
}

const KATAKANA_WORD = new RegExp(`^[${KATAKANA}ー]+$`);

/** Whether SudachiDict files a whole word as a common noun (「エントランス」, 「エリア」). */
export function isPlainWordWhole(word: string): boolean {
  return isSudachiCommon(word);
}

const isSudachiCommon = (word: string): boolean => {
  const c = sudachiCode(word);
  return c >= SUDACHI_COMMON_NOUN.from && c <= SUDACHI_COMMON_NOUN.to;
};

/**
 * A word both dictionaries take for a plain word, or neither contradicts: an IPADIC common word that
 * SudachiDict does not file as a proper noun (曽孫, 特養), or a word IPADIC does not know that SudachiDict
 * lists as a common noun (エントランス). Neither dictionary alone is enough: SudachiDict files 厚生労働省
 * and タカタ under common nouns, IPADIC has 自社 as an organisation's name.
 */
function isPlainWord(t: Token): boolean {
  const code = sudachiCode(t.surface);
  if (isCommonWord(t)) return code === 0 || code >= SUDACHI_COMMON_NOUN.from;
  return !t.known && code >= SUDACHI_COMMON_NOUN.from && code <= SUDACHI_COMMON_NOUN.to;
}

/**
 * Whether tokens [from, to) spell a common noun, never a person, organisation or place: one plain word
 * (「曽孫」, 「自社」), a katakana word SudachiDict lists as a common noun (「エントランス」), or a compound of plain words whose last ends no name (「既成市街地」;
 * not 「原子力規制委員会」).
 */
export function isCommonNoun(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  // A katakana word IPADIC can only spell in pieces (エン+トランス) is asked of SudachiDict whole.
  if (to - from > 1) {
    const whole =
      (tokens[from] as Token).surface +
      tokens
        .slice(from + 1, to)
        .map((t) => t.surface)
        .join('');
    if (KATAKANA_WORD.test(whole) && isSudachiCommon(whole)) return true;
    // 「特養」 (特 + 養, kuromoji reading 養 as a given name): SudachiDict knows the whole as a common
    // noun. It files bodies under common nouns too (理財局), so a word that ends names keeps it a name.
    if (isSudachiCommon(whole) && !NAME_ENDINGS.has((tokens[to - 1] as Token).surface)) return true;
  }
  for (let i = from; i < to; i++) if (!isPlainWord(tokens[i] as Token)) return false;
  // SudachiDict files organisations under common nouns too (理財局, 厚生労働省): a word that ends names
  // keeps a compound a possible name whatever the whole is listed as.
  if (to - from === 1) return true;
  return !endsInNameEnding(tokens, from, to);
}

/**
 * Whether the last word of tokens [from, to), or the last two read as one, ends names: 「外務省」's 省, and
 * 「運輸安全委員会」's 委員+会, which kuromoji splits (委員会 ends names, 会 alone does not), after at
 * least two words that say which committee it is.
 */
function endsInNameEnding(tokens: readonly Token[], from: number, to: number): boolean {
  const last = (tokens[to - 1] as Token).surface;
  if (NAME_ENDINGS.has(last)) return true;
  // Two words before the split ending at least: 「中央委員会」, 「市議会委員会」 are kinds of committee.
  return to - from >= 4 && NAME_ENDINGS.has((tokens[to - 2] as Token).surface + last);
}

const CAPITALS = new RegExp(`^[${CAPITAL}]{2,6}$`);

/** A party or group by its rank, 「野党第1党」, 「与党第二会派」: which one it is, not its name. */
const RANKED_BODY = new RegExp(`第[${DIGIT}一二三四五六七八九十]+(?:党|会派)$`);

/**
 * Capitals no dictionary lists as a name, then a plain word that ends no name, make a term:
 * 「SSD市場」, 「EV電池」, 「IT企業」. A listed body before the word keeps it a name (「KDDI総研」).
 */
export function isAcronymTerm(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = tokens[to - 1] as Token;
  if (!isPlainWord(last) || NAME_ENDINGS.has(last.surface)) return false;
  const head = tokens
    .slice(from, to - 1)
    .map((t) => t.surface)
    .join('');
  return CAPITALS.test(head) && sudachiCode(head) !== SUDACHI_PROPER_NOUN;
}

/** A word that points at a body instead of naming it: 「自社」, 「同社」, 「各国」, 「同委員会」 (deictic-nouns.ts). */
export function isDeictic(name: string): boolean {
  return name.length >= 2 && DEICTIC_PREFIXES.has(name[0] as string) && DEICTIC_HEADS.has(name.slice(1));
}

const MUNICIPAL: ReadonlySet<string> = new Set(MUNICIPAL_HEADS);

/**
 * An address under a place named before: 「男（42）＝同市緑町3丁目＝」, 「同県北部」. 同市 points back, and
 * what follows is a part of that place, no name of its own a reader needs marked.
 */
function isAddressUnderAnaphor(name: string): boolean {
  return name.length > 2 && name[0] === '同' && MUNICIPAL.has(name[1] as string);
}

/** Whether the last of tokens [.., to) is a verbal noun (サ変接続: 改ざん, 発表), which ends no name of a person. */
function endsInVerbalNoun(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1] as Token;
  // One kanji is how kuromoji breaks up a name it does not know (戸郷+翔+征): only a word counts.
  return to - from >= 2 && last.surface.length >= 2 && last.known && isNoun(last) && isSahenNoun(last);
}

/**
 * Whether a candidate person, organisation or place names nothing: an era (「平成」), a title or
 * position alone (「社長」), a word that points instead of naming (「自社」, isDeictic), a common noun
 * (isCommonNoun), a kind of school under who runs it (「市立中学校」), a term of capitals (isAcronymTerm), or the tagger's person ending in a verbal noun
 * (「森友改ざん」). Lists and title rules are trusted for the rest.
 */
export function namesNothing(text: string, tokens: readonly Token[], c: Candidate): boolean {
  if (!NAMED_KINDS.has(c.type)) return false;
  const name = text.slice(c.start, c.end);
  if (isDeictic(name) || (c.type === 'place' && isAddressUnderAnaphor(name))) return true;
  if (RANKED_BODY.test(name)) return true;
  if (TRUSTED.has(c.source)) return false;
  if (ERA_BY_NAME.has(name) || TITLES.has(name)) return true;
  const from = tokenAt(tokens, c.start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).end <= c.end) to++;
  // Only spans that fall on token edges: a piece of a token is some rule's business.
  if ((tokens[from] as Token | undefined)?.start !== c.start || (tokens[to - 1] as Token | undefined)?.end !== c.end)
    return false;
  // 「市立中学校」「県立高校」: who runs it and a kind of place, no name of one.
  if (
    to - from === 2 &&
    OPERATOR_PREFIXES.has((tokens[from] as Token).surface) &&
    isPlainWord(tokens[from + 1] as Token)
  )
    return true;
  // 「生成AI向けデータセンター」: what a thing is for and a kind of thing, a description, no name.
  if (c.source === 'tagger' && tokens.slice(from, to).some((t) => t.surface === '向け' && t.start > c.start))
    return true;
  // The tagger's person that ends in a verbal noun is a name and what happened to it: 「森友改ざん」.
  if (c.type === 'person' && c.source === 'tagger' && endsInVerbalNoun(tokens, from, to)) return true;
  return isCommonNoun(tokens, from, to) || isAcronymTerm(tokens, from, to);
}
