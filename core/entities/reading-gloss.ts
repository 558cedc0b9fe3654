import { HIRAGANA, isKanjiWord, KANJI } from '../text/script';
import type { Token } from '../types';
import type { Candidate, Span } from './candidate';
import { isNameLike } from './name-like';

// 「佐藤一郎（さとう・いちろう）」: a hiragana gloss in brackets right after a kanji name.
const GLOSS = new RegExp(String.raw`^[（(][${HIRAGANA}ー・\s]{2,20}[）)]`);

/**
 * Kanji names followed by their reading in brackets are people: papers print readings for personal
 * names, rarely for anything else. 「山田花子（やまだ・はなこ）氏」 → 山田花子. The name is the run of
 * name-like tokens before the bracket.
 */
export function glossCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.surface !== '（' && t.surface !== '(') continue;
    if (!GLOSS.test(text.slice(t.start, t.start + 24))) continue;
    let from = i;
    while (from > 0 && i - from < 6 && isNameLike(tokens[from - 1] as Token)) from--;
    if (from === i) continue;
    const start = (tokens[from] as Token).start;
    const end = (tokens[i - 1] as Token).end;
    if (!isKanjiWord(text.slice(start, end))) continue;
    out.push({ start, end, type: 'person', source: 'title', weight: 12 });
  }
  return out;
}

// The same gloss anywhere after kanji: 「佐川宣寿（のぶひさ）」 glosses the given name alone.
const GLOSS_AFTER_KANJI = new RegExp(String.raw`(?<=[${KANJI}])[（(]([${HIRAGANA}ー・\s]{2,20})[）)]`, 'gu');

/** Readings in brackets after kanji (「（のぶひさ）」): a reading, never a name of its own. */
export function glossSpans(text: string): Span[] {
  return [...text.matchAll(GLOSS_AFTER_KANJI)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1 }));
}
