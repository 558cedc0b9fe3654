import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { analyze } from '../../../core/analyze';
import { findEntities } from '../../../core/entities';
import { findFigures } from '../../../core/figures';
import { type AttributedFigure, attributeFigures, findByline } from '../../../core/sources';
import { splitSentences } from '../../../core/text/sentences';
import { tokenizeText } from '../../../core/text/tokens';
import type { Entity, Source, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;

/** Loads the real kuromoji once per test file (use in beforeAll). */
export async function loadTokenizer(): Promise<void> {
  tokenizer = await loadNodeTokenizer();
}

/** The tokenizer loadTokenizer() loaded. */
export function realTokenizer(): Tokenizer {
  return tokenizer;
}

/** A bare figure at the first occurrence of `surface` after `from`, for attribution to find a source for. */
function figureAt(text: string, surface: string, from: number): AttributedFigure {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`${surface} not in test text`);
  return { start, end: start + surface.length, value: null, min: null, max: null, unit: '', kind: 'count' };
}

/**
 * Attributes the figures written as `surfaces` (in text order) in `text` and returns their sources.
 * Figures are placed by hand so these tests exercise attribution alone, not the figure finder.
 */
export function sourcesOf(
  text: string,
  surfaces: readonly string[],
  entities: Entity[] = [],
  options: { author?: string | null } = {},
): (Source | null)[] {
  const figures: AttributedFigure[] = [];
  let from = 0;
  for (const s of surfaces) {
    const f = figureAt(text, s, from);
    figures.push(f);
    from = f.end;
  }
  const tokens = tokenizeText(text, tokenizer);
  const sentences = splitSentences(text);
  return attributeFigures({
    text,
    tokens,
    sentences,
    figures,
    entities,
    byline: findByline(text),
    author: options.author,
  });
}

/** The source name of the single figure `surface` in `text` ('' when unattributed or byline). */
export function nameOf(text: string, surface: string): string {
  const s = sourcesOf(text, [surface])[0];
  return !s || s.type === 'byline' || s.type === 'none' ? '' : s.name;
}

/** The source names of the figures written `surfaces` (in text order) in `text` ('' when unattributed or byline). */
export function namesOf(text: string, surfaces: readonly string[]): string[] {
  return sourcesOf(text, surfaces).map((s) => (!s || s.type === 'byline' ? '' : s.name));
}

/**
 * The source names of the figures written `surfaces` in `text` as the whole analysis finds them (its own figures,
 * entities and byline), '' when unattributed or byline.
 */
export function analyzedNames(text: string, surfaces: readonly string[]): string[] {
  const found = analyze(text, realTokenizer()).figures;
  return surfaces.map((surface) => {
    const f = found.find((x) => x.text === surface);
    if (!f) throw new Error(`${surface} not found as a figure`);
    return !f.source || f.source.type === 'byline' ? '' : f.source.name;
  });
}

/**
 * The source names of the figures written `surfaces` (found in that order) when the whole analysis reads `body`
 * under a headline line, '' when unattributed, the byline's or none.
 */
export function headlinedNames(body: string, surfaces: readonly string[]): string[] {
  const text = `見出し\n${body}`;
  const found = analyze(text, realTokenizer()).figures;
  let from = 0;
  return surfaces.map((surface) => {
    const at = text.indexOf(surface, from);
    from = at + surface.length;
    const f = found.find((x) => x.start <= at && x.end > at);
    if (!f) throw new Error(`${surface} not found as a figure`);
    return !f.source || f.source.type === 'byline' || f.source.type === 'none' ? '' : f.source.name;
  });
}

/** The source name of the headline's figure `surface` (its first occurrence in `text`), '' when none is named. */
export function headlineName(text: string, surface: string): string {
  const at = text.indexOf(surface);
  const f = analyze(text, realTokenizer()).figures.find((x) => x.start <= at && x.end > at);
  if (!f) throw new Error(`${surface} not found as a figure`);
  return !f.source || f.source.type === 'byline' || f.source.type === 'none' ? '' : f.source.name;
}

/** The full source of the single figure `surface` in `text`. */
export function sourceOf(text: string, surface: string): Source | null {
  return sourcesOf(text, [surface])[0] ?? null;
}

/**
 * The source name of the figure written `surface` in `text` read as the CLI reads a whole article ('' when
 * unattributed or byline): the figures and entities found decide what is in force.
 */
export function articleNameOf(text: string, surface: string): string {
  const tokens = tokenizeText(text, realTokenizer());
  const figures = findFigures(text, tokens);
  const ctx = { text, tokens, sentences: splitSentences(text), figures, byline: null };
  const sources = attributeFigures({ ...ctx, entities: findEntities(text, tokens) });
  const at = figures.findIndex((f) => f.text.includes(surface));
  if (at < 0) throw new Error(`${surface} not found as a figure`);
  const s = sources[at];
  return !s || s.type === 'none' || s.type === 'byline' ? '' : s.name;
}
