import { HIRAGANA, KANJI } from '../text/script';
import type { Candidate } from './candidate';
import { gazetteerType } from './gazetteer';

const KANJI_OR_HIRAGANA_START = new RegExp(`^[${KANJI}${HIRAGANA}]`, 'u');

/**
 * A listed place, ・, then another place is two places, not one: 「東京・霞が関」 (the city and the
 * district of a dateline) → 東京 + 霞が関. Only when the left part is a listed place and the right part
 * is kanji or kana (a foreign name's ・ joins katakana on both sides: 「ニュー・デリー」 stays whole).
 */
export function splitPlaceLists(text: string, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const dot = c.type === 'place' ? text.indexOf('・', c.start) : -1;
    if (dot > c.start && dot < c.end - 1 && gazetteerType(text.slice(c.start, dot)) === 'place') {
      const right = text.slice(dot + 1, c.end);
      if (KANJI_OR_HIRAGANA_START.test(right)) {
        out.push({ ...c, end: dot }, { ...c, start: dot + 1 });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
