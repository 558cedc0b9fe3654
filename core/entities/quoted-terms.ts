import { PLAIN_KATAKANA_WORDS } from '../lexicon/plain-katakana-words';
import { isKanjiWord } from '../text/script';
import type { Token } from '../types';
import type { Span } from './candidate';
import { isCommonTerm, isCommonWord } from './common-words';

/**
 * A word of a coined term: a common noun of two or more kanji (重大, 事態), or a listed katakana word
 * (ニセ). A single kanji is how kuromoji breaks up a name it does not know (「起立工商会社」 → 起立+工+商+会社),
 * and kana words are what titles are made of (「七夕まつり」, 「鉄腕アトム」).
 */
const isTermWord = (t: Token): boolean =>
  isCommonWord(t) && ((t.surface.length >= 2 && isKanjiWord(t.surface)) || PLAIN_KATAKANA_WORDS.has(t.surface));

/**
 * 「…」 around a term of two or more such words: news quotes a term it coins or cites (「重大事態」,
 * 「ニセ警察詐欺」), and that is no product's name. Titles and names hold particles, proper nouns,
 * numbers, kana or single kanji (「鬼滅の刃」, 「はやぶさ2」, 「ポケットモンスター」), are one word
 * (「富岳」) or end in a word that ends names (「東洋商会」), so they are left to the other rules.
 * 『…』 is for titles and never checked.
 */
export function quotedCommonTerms(tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).surface !== '「') continue;
    let j = i + 1;
    while (j < tokens.length && isTermWord(tokens[j] as Token)) j++;
    const close = tokens[j];
    if (close?.surface === '」' && j - i > 2 && isCommonTerm(tokens, i + 1, j)) {
      out.push({ start: (tokens[i] as Token).end, end: close.start });
    }
    i = j - 1;
  }
  return out;
}
