import { ORGANIZATION_SUFFIXES } from '../lexicon/organization-suffixes';
import { PLACE_SUFFIXES } from '../lexicon/place-suffixes';
import { WordIndex } from '../lexicon/word-table';
import { isPersonName } from '../text/pos';
import { CAPITAL, KATAKANA, LATIN } from '../text/script';
import { tokensWithin } from '../text/tokens';
import type { EntityType, Token } from '../types';
import type { Candidate } from './candidate';
import { confidenceOf } from './confidence';

// 「ボルノ（Borno）州」, 「ボコ・ハラム（Boko Haram）」: Latin words in brackets right after a name, in half or
// full width (「政治犯救援会（ＰＲＡ）」, as newspapers set initials).
const LATIN_PAREN = new RegExp(`[（(]([${LATIN}][${LATIN} .'’&-]*[${LATIN}.])[）)]`, 'g');
// 「III（トリプルアイ）」: a katakana reading in brackets right after a name in Latin letters.
const KATAKANA_PAREN = new RegExp(`[（(]([${KATAKANA}ー・]{2,20})[）)]`, 'g');
const LATIN_END = new RegExp(`[${LATIN}]$`);
// The katakana name written before the bracket.
const KATAKANA_BEFORE = new RegExp(`[${KATAKANA}ー・]+$`);
/** A place or organisation suffix right after the bracket: （Kursk）州, （Mitsui）商事. */
const PLACE_ENDS = WordIndex.of(PLACE_SUFFIXES);
const ORGANIZATION_ENDS = WordIndex.of(ORGANIZATION_SUFFIXES.keys());

/** Two or more capitals and nothing else: 「（HJS）」, 「（ＢＹＤ）」. */
const ALL_CAPITALS = new RegExp(`^[${CAPITAL}]{2,8}$`);

/**
 * A name's kind once its bracket is read: initials in capitals stand for a body, so a name the tagger took
 * for a person is an organisation (「比亜迪（ＢＹＤ）」, 「華星光電（CSOT）」, Chinese companies in kanji read
 * as given names) — unless kuromoji spells it all of person-name words, as an athlete's country code
 * follows him (「山田太郎（JPN）」); a person's own spelling mixes cases (「習近平（Xi Jinping）」).
 */
function initialledBodyType(before: Candidate, inner: string, tokens: readonly Token[]): EntityType {
  if (before.type !== 'person' || !ALL_CAPITALS.test(inner)) return before.type;
  return tokensWithin(tokens, before.start, before.end).every(isPersonName) ? 'person' : 'organization';
}

/**
 * The English or original spelling in brackets names the same thing as the name before it, so it gets
 * that name's type: 「ダンボア（Damboa）」 → both places. When nothing was found before the bracket, a
 * suffix after it decides: 「ボルノ（Borno）州」 → ボルノ and Borno are a place. A katakana reading after a
 * name in Latin letters is that name too: 「III（トリプルアイ）」.
 */
export function parenCandidates(text: string, chosen: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const byEnd = new Map(chosen.map((c) => [c.end, c]));
  const out: Candidate[] = [];
  for (const m of text.matchAll(LATIN_PAREN)) {
    const open = m.index;
    const inner = { start: open + 1, end: open + 1 + (m[1] as string).length };
    const after = text.slice(open + m[0].length, open + m[0].length + 4);
    const type: EntityType | null = PLACE_ENDS.longestAt(after, 0)
      ? 'place'
      : ORGANIZATION_ENDS.longestAt(after, 0)
        ? 'organization'
        : null;
    if (type) {
      const kana = KATAKANA_BEFORE.exec(text.slice(Math.max(0, open - 20), open));
      if (kana) out.push({ start: open - kana[0].length, end: open, type, source: 'paren', weight: 11 });
      if (type) out.push({ ...inner, type, source: 'paren', weight: 11 });
      continue;
    }
    // The spelling is as sure a name as the name it spells.
    const before = byEnd.get(open);
    if (!before) continue;
    const kind = initialledBodyType(before, m[1] as string, tokens);
    if (kind !== before.type) out.push({ ...before, type: kind, source: 'paren', weight: 11 });
    out.push({ ...inner, type: kind, source: 'paren', weight: 11, confidence: confidenceOf(before) });
  }
  for (const m of text.matchAll(KATAKANA_PAREN)) {
    const before = byEnd.get(m.index);
    if (!before || !LATIN_END.test(text.slice(before.start, before.end))) continue;
    const start = m.index + 1;
    out.push({
      start,
      end: start + (m[1] as string).length,
      type: before.type,
      source: 'paren',
      weight: 11,
      confidence: confidenceOf(before),
    });
  }
  return out;
}
