import { type Block, textOf } from './blocks';
import { folded } from './fold';

// A speaker's label on a line of its own, as minutes print them: a mark, the role, the name in brackets
// (「◎議長（川添康彦君）」「◆28番（森川恵美君）」), or the mark and a name ending in 君 (「○山田太郎君」); or
// a stage direction in 〔〕 (「〔28番（森川恵美君）登壇〕」). No sentence ends in it.
const SPEAKER_LABEL = /^(?:[○◎◆◇●◯]\s*[^\s。、「」:]{1,15}(?:\([^()。]{2,12}\)|君)|〔[^〔〕。]{1,30}〕)$/;
/** A transcript: this many speakers' labels at least, and this share of the lines with prose. */
const TRANSCRIPT_LABELS = 3;
const TRANSCRIPT_SHARE = 0.15;

/** True for a speaker's label or a stage direction alone on its line (see SPEAKER_LABEL). */
export function isSpeakerLabel(text: string): boolean {
  return SPEAKER_LABEL.test(folded(text));
}

/**
 * True when the lines are a meeting's minutes: speech after speech, each under its speaker's label
 * (「◎市長（山路隆之君）」 over 「御質問にお答え申し上げます。」). A report quotes its speakers inside its sentences
 * (「…」と市長は答えた), and an interview marks its questions with ――, not a label line.
 */
export function isTranscript(blocks: readonly Block[]): boolean {
  let labels = 0;
  let lines = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    lines++;
    if (isSpeakerLabel(textOf(b))) labels++;
  }
  return labels >= TRANSCRIPT_LABELS && labels >= TRANSCRIPT_SHARE * lines;
}
