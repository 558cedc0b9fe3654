import type { Analysis } from '../../core/types';
import type { Result } from '../shared/messages';
import type { EngineOptions } from '../shared/page-facts';
import type { AppendAnalysis } from './name-tables';

/** What the page was analysed as last time. */
export interface Previous {
  text: string;
  analysis: Analysis;
}

/**
 * Analyses the article text, reusing the previous analysis where the text did not change.
 * Growth — the article only gained text at its end (infinite scroll, 「続きを読む」) — sends only the
 * new paragraphs and appends their analysis, so earlier text is never analysed again. Any other change
 * re-sends the whole text; the background's per-text cache answers at once when it is unchanged there.
 * Cost of the shortcut: a source named before the addition is not attributed to figures inside it.
 * `append` joins the pieces (names linked in the background); `onFull` is called as a whole-text request is sent (the page then shows "analyzing").
 */
export async function analyzeIncrementally(
  prev: Previous | null,
  text: string,
  options: EngineOptions,
  send: (text: string, options: EngineOptions) => Promise<Result<Analysis>>,
  append: AppendAnalysis,
  onFull: () => void,
): Promise<Result<Analysis>> {
  if (prev && text === prev.text) return { ok: true, value: prev.analysis };
  if (prev && text.startsWith(prev.text)) {
    const reply = await send(text.slice(prev.text.length), shiftSpeakers(options, prev.text.length));
    return reply.ok ? { ok: true, value: await append(prev.analysis, reply.value, prev.text.length) } : reply;
  }
  // Sent before "analyzing" is reported: the background takes the text first and sets its badge after,
  // not before, the analysis (both are sent in this one task, so the page's own state is the same).
  const reply = send(text, options);
  onFull();
  return reply;
}

/** The options for the text after `shift` characters: speakers' spans moved back by it, those before it dropped. */
function shiftSpeakers(options: EngineOptions, shift: number): EngineOptions {
  if (!options.speakers) return options;
  const speakers = options.speakers
    .filter((s) => s.start >= shift)
    .map((s) => ({ ...s, start: s.start - shift, end: s.end - shift }));
  const { speakers: _, ...rest } = options;
  return speakers.length ? { ...rest, speakers } : rest;
}
