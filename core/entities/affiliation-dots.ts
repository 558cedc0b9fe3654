import { KANJI } from '../text/script';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { headType } from './head-type';

const KANJI_START = new RegExp(`^[${KANJI}]`, 'u');

/**
 * A body's name, ・, then a person's name is two names, the person's affiliation and the person:
 * 「北辰大学・山田花子教授」 → 北辰大学 (organisation) + 山田花子 (person). The tagger reads the whole as one
 * person where IPADIC lists the body's last word as a given name too (大学 is one). Only when the left
 * part ends in an organisation's last word (head-type.ts) and the right part starts with kanji: a
 * foreign name's ・ joins katakana (「ジョン・スミス」 stays whole).
 */
export function splitAffiliations(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const dot = c.type === 'person' ? text.indexOf('・', c.start) : -1;
    if (
      dot > c.start &&
      dot < c.end - 1 &&
      KANJI_START.test(text.slice(dot + 1, c.end)) &&
      headType(text, tokens, c.start, dot) === 'organization'
    ) {
      out.push({ ...c, end: dot, type: 'organization' }, { ...c, start: dot + 1 });
      continue;
    }
    out.push(c);
  }
  return out;
}
