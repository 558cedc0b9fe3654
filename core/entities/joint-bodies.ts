import type { Candidate } from './candidate';
import { gazetteerType } from './gazetteer';

/** 両 (both): the word after it belongs to every name listed before it. */
const BOTH = '両';

/**
 * 「日本とカナダ両政府」, 「ドイツとフランス両国」: 両 says the government or country after it is both names'
 * (the list's last one and those before と), so the last is the name alone, with its listed kind
 * (カナダ, a place), not 「カナダ両政府」 as one body. Only where the part before 両 is a listed name; the
 * rest is a shared word, not marked.
 */
export function jointBodies(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    const at = text.indexOf(BOTH, c.start + 1);
    if (at < 0 || at >= c.end - 1) return c;
    const type = gazetteerType(text.slice(c.start, at));
    return type ? { ...c, end: at, type } : c;
  });
}
