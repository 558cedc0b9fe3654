import { type Block, sentenceCount, textOf } from './blocks';
import { foldedDense } from './fold';
import { DEFINITION_END } from './prose-markers';

// After the headword: a reading or gloss in brackets (「コミュニティバス（英: community bus）」), then とは or は.
const AFTER_HEADWORD = /^(?:[(（][^)）]{0,60}[)）])?(?:とは|は)、?/;
// The definition's end: 「…の総称である。」「…をいう。」「…の一種。」.
const DEFINES = new RegExp(`${DEFINITION_END.source.replace(/。\$$/, '')}(?:である|だ|です)?。$`);
const FIRST_SENTENCE = /^[^。]*。/;
/** A headword is short and one term: no comma, no space, no sentence. */
const MAX_HEADWORD = 30;
/** The definition is looked for in this many paragraphs: a maintenance banner (「出典が不十分です」) may come first. */
const LEAD_PARAGRAPHS = 3;

/**
 * True when the first sentence of a leading paragraph defines the headline as a headword (「コミュニティバスとは、…路線
 * バスの総称である。」): an encyclopedia's or a glossary's entry. A report's headline is never the subject of
 * a definition in its first sentence.
 */
export function definesHeadline(headline: string | null, blocks: readonly Block[]): boolean {
  const word = foldedDense(headline ?? '');
  if (!word || word.length > MAX_HEADWORD || /[、。,]/.test(word)) return false;
  const prose = blocks
    .filter((b) => b.kind === 'paragraph')
    .map(textOf)
    .filter((t) => sentenceCount(t) > 0)
    .slice(0, LEAD_PARAGRAPHS);
  return prose.some((raw) => {
    const text = foldedDense(raw);
    if (!text.startsWith(word) || !AFTER_HEADWORD.test(text.slice(word.length))) return false;
    return DEFINES.test(FIRST_SENTENCE.exec(text)?.[0] ?? '');
  });
}
