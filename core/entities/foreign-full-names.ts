import { isNoun, isPersonName, isProperNoun } from '../text/pos';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/** A katakana word: one piece of a transliterated name (「ピーター」, 「キプロノ」). */
const KATAKANA_PIECE = /^[ァ-ヶー]{2,}$/;
/** A transliterated name the tokenizer kept as one unknown word, ・ and all: 「アベベ・ゲタチュウ」. */
const JOINED_NAME = /^[ァ-ヶー]{2,}(?:・[ァ-ヶー]{2,})+$/;
/** An age in brackets after a name, maybe after a country: 「（29）」, 「（カナダ、21）」, full-width digits too. */
const AGE_BRACKET = /^（(?:[^（）、]{1,12}、)?[0-9０-９]{1,3}）/;

/** A piece that may go on a person's transliterated name: a proper name, or a word the dictionary does not know. */
const namePiece = (t: Token | undefined): t is Token =>
  t !== undefined && isNoun(t) && KATAKANA_PIECE.test(t.surface) && (isProperNoun(t) || !t.known);

/**
 * A foreign person's full name in katakana joined by ・, which the dictionary knows only in part:
 * 「ピーター・キプロノ」 (a given name IPADIC lists, then one it does not), or any such name followed by
 * an age in brackets (「アベベ・ゲタチュウ（25）」, 「アンナ・ベロワ（カナダ、21）」). Every piece is a
 * proper name or an unknown word, so 「ジョンソン・エンド・ジョンソン」 (エンド a plain word) and 「ラ・フランス」
 * (ラ no name) are not taken.
 */
export function foreignFullNameCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    const prev = tokens[i - 1];
    // 「アベベ・ゲタチュウ（25）」: one unknown word; only the age says it is a person.
    if (!first.known && JOINED_NAME.test(first.surface) && !(prev?.end === first.start && isNoun(prev))) {
      if (AGE_BRACKET.test(text.slice(first.end, first.end + 16)))
        out.push({ start: first.start, end: first.end, type: 'person', source: 'katakana', weight: 4.5 });
      continue;
    }
    // The name starts here, not inside a word or a name already begun (「ラ・フランス」's フランス).
    if (!namePiece(first) || (prev?.end === first.start && (prev.surface === '・' || isNoun(prev)))) continue;
    let j = i + 1;
    while (
      tokens[j]?.surface === '・' &&
      namePiece(tokens[j + 1]) &&
      (tokens[j + 1] as Token).start === (tokens[j] as Token).end
    )
      j += 2;
    if (j === i + 1) continue;
    const end = (tokens[j - 1] as Token).end;
    const next = tokens[j];
    const glued = next !== undefined && next.start === end && isNoun(next);
    if (!glued && (isPersonName(first) || AGE_BRACKET.test(text.slice(end, end + 16))))
      out.push({ start: first.start, end, type: 'person', source: 'katakana', weight: 4.5 });
    i = j - 1;
  }
  return out;
}
