import { type Block, sentenceCount, textOf } from './blocks';

// Runs of lines that are or are not the story, told by their form rather than their markup.

/** A sentence count from which a photo's text block is a paragraph of its own, no label: 「…が連なる。吐く息が白い。」. */
const PARAGRAPH_SENTENCES = 2;
// A live feed's stamp leading its entry: 「90+4分ゴール北湾！…」「45+2分 前半終了。」「19:32 試合開始」. Prose
// puts a comma after its minute (「27分、右からのクロスを…」) and never stamps line after line.
const LIVE_STAMP = /^\s*(?:\d{1,3}(?:\+\d{1,2})?分|\d{1,2}:\d{2})(?![、，])/;

/**
 * True when a caption holding whole sentences is the story's paragraph: a photo story whose prose sits in the
 * text block by each photo (「1/6」 and a credit, then 「湾に浮かぶ約140台のいかだ。…と目を細めた。」), those
 * blocks outweighing the page's plain paragraphs. A story's short photo labels stay captions.
 */
export function captionStory(blocks: readonly Block[]): (b: Block) => boolean {
  const told = (b: Block) => b.kind === 'caption' && sentenceCount(textOf(b)) >= PARAGRAPH_SENTENCES;
  let weight = 0;
  for (const b of blocks) weight += told(b) ? b.chars : b.kind === 'paragraph' ? -b.chars : 0;
  return (b) => weight > 0 && told(b);
}

/**
 * The entries of a live feed under the story: three or more lines in a row, each led by a minute or clock stamp,
 * after the story's prose (「…と対戦する。」 then 「90+6分試合終了」「90+4分ゴール」「84分交代」).
 */
export function feedEntries(blocks: readonly Block[]): Set<Block> {
  const out = new Set<Block>();
  let prose = false;
  let run: Block[] = [];
  for (const b of [...blocks, null]) {
    if (b && LIVE_STAMP.test(textOf(b))) {
      run.push(b);
      continue;
    }
    if (prose && run.length > 2) for (const r of run) out.add(r);
    run = [];
    prose ||= b?.kind === 'paragraph' && sentenceCount(textOf(b)) > 0;
  }
  return out;
}
