import { isNoun } from '../text/pos';
import { isKanjiWord } from '../text/script';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';

// 雲ケ原村, 霞ヶ関, 鳥ノ巣村: a small ケ, ヶ or ノ links two kanji of one name; no name begins with it.
const LINKS: ReadonlySet<string> = new Set(['ケ', 'ヶ', 'ノ']);

/**
 * Moves a name's start back over the kanji word before a linking ケ / ヶ / ノ the tagger left out:
 * 雲|ケ原村 → 雲ケ原村, 霧ケ|原村 → 霧ケ原村 (IPADIC reads 雲, ケ and 原村 as three words). Only a kanji
 * noun glued to the link, and never into the name before.
 */
export function linkedStarts(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  return cands.map((c, i) => {
    const link = LINKS.has(text[c.start] ?? '') ? c.start : LINKS.has(text[c.start - 1] ?? '') ? c.start - 1 : -1;
    if (link <= 0) return c;
    // 北欧ノルウェー: a ノ that opens a katakana word is no link.
    const k = tokenAt(tokens, link - 1);
    if (tokens[k + 1]?.surface !== text[link]) return c;
    const word = tokens[k];
    if (!word || word.end !== link || !isNoun(word) || !isKanjiWord(word.surface)) return c;
    const before = cands[i - 1];
    if (before && before.end > word.start) return c;
    return { ...c, start: word.start };
  });
}
