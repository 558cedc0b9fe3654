import { type Block, sentenceCount, textOf } from './blocks';
import { folded, foldedDense } from './fold';
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

// The sections of a reference entry, as an encyclopedia or a wiki names them: what it is, its history, the
// notes and links closing it. A story's subheads say what happened (「焦点は財源」); a paper's explainer may
// head one part 「概要」, not three.
const REFERENCE_SECTION = /^(?:概要|沿革|歴史|[来経略]歴|脚注|注釈|出典|参考文献|関連項目|外部リンク)$/;
// A citation's note mark in the prose: 「…を設けている[1]。」「[注 2]」.
const NOTE_MARK = /\[(?:注\s?)?\d{1,3}\]/;
/** This many of the signs, the note marks counting as one: a reference entry. */
const REFERENCE_SIGNS = 3;

/**
 * True when the page is laid out as a reference entry: headings an encyclopedia gives its sections (概要, 沿革,
 * 脚注, 関連項目…) and note marks in the prose ([1] in two paragraphs), three signs at least — a wiki's entry on a
 * company or a town, whatever article type its template stamps.
 */
export function referenceSections(blocks: readonly Block[]): boolean {
  const names = new Set<string>();
  let notes = 0;
  for (const b of blocks) {
    const t = folded(textOf(b)).trim();
    // A heading, or a line of its own in a wiki's div soup (<div class="section-title">経歴</div>).
    if (REFERENCE_SECTION.test(t)) names.add(t);
    if (b.kind === 'paragraph' && NOTE_MARK.test(t)) notes++;
  }
  return names.size + +(notes > 1) >= REFERENCE_SIGNS;
}
