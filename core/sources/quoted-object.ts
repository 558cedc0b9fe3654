import type { Cue } from './cue';

// 同社は、営業利益（従来予想は210億円）への影響を「精査中」としている / 田中社長は、売上高300億円の目標を
// 「必ず達成する」と述べた: what the speaker's words are about stands as the object just before the quote, and
// its figures are the speaker's too — the quote is their verdict on it. Only the object's own clause: a
// comma (…を受け、) or a full stop between them ends it, and so does a quote of its own (「…」を).
const OBJECT_BEFORE_QUOTE = /^[^、，。「」『』]*(?:を|について|に関して|に関し|をめぐって|をめぐり)$/;

/**
 * The quote cue of the sentence whose object is the figure at `start`–`end` of `text`: the speaker written
 * before the figure, the quote opening right after the object's particle; null when there is none.
 */
export function quoteAbout(text: string, cues: readonly Cue[], start: number, end: number): Cue | null {
  for (const c of cues) {
    if (c.kind !== 'quote' || !c.speaker || c.speaker.end > start || c.contentStart < end) continue;
    if (!/^[「『]/.test(text.slice(c.contentStart, c.contentStart + 1))) continue;
    if (OBJECT_BEFORE_QUOTE.test(text.slice(end, c.contentStart))) return c;
  }
  return null;
}
