import {
  isAdverbialNoun,
  isConjunctiveNoun,
  isDependent,
  isLetterSymbol,
  isNoun,
  isPrefix,
  isPronoun,
  isSymbol,
} from '../text/pos';
import type { Token } from '../types';

// ・ and ＝ join a name's parts (ウラジーミル・プーチン, 東和＆北辰); so does ノ, which IPADIC reads as a
// symbol inside a name (東海ノ森研究所).
const JOINERS = new Set(['・', '＝', '=', '･', '＆', '&', '－', '-', '／', '/', 'ノ']);

// What a name phrase is made of, shared by the phrase walks (name-phrase.ts) and the words that may
// open a name (name-openings.ts).

/** Tokens that can be part of a name phrase: nouns (not これ/こと), prefixes, name joiners. */
export function isNameToken(t: Token): boolean {
  if (isPrefix(t)) return true;
  if (isSymbol(t)) return JOINERS.has(t.surface) || isLetterSymbol(t);
  if (!isNoun(t)) return false;
  return !isDependent(t) && !isPronoun(t) && !isAdverbialNoun(t) && !isConjunctiveNoun(t);
}
