import { findDates } from './dates';
import { findEntities } from './entities';
import { type FigureReading, findFigures } from './figures';
import { countedNoun } from './figures/counted';
import { attributeFigures, findByline } from './sources';
import { creditSpeakers, speakerTypeOf } from './sources/spoken-spans';
import { type Sentence, sentenceAt, splitSentences } from './text/sentences';
import { tokenizeText } from './text/tokens';
import type { Analysis, AnalyzeOptions, Figure, Source, Token, Tokenizer } from './types';

/**
 * The whole engine: text in, figures, dates, entities and their sources out.
 * Test seam: the tokenizer is injected, so the CLI passes a Node kuromoji, the extension the one
 * its background context holds, and unit tests may pass a fake.
 */
export function analyze(text: string, tokenizer: Tokenizer, options: AnalyzeOptions = {}): Analysis {
  return finishAnalysis(draftAnalysis(text, tokenizer, options));
}

/**
 * The engine's first half: the words and the figures' readings, where each figure stands but not yet
 * who gives it. The extension marks a page's figures from `figures` while finishAnalysis finds the
 * sentences, the byline, the names and the sources (about four fifths of the work): nothing the
 * figures do not read is done before the first marks.
 */
export interface AnalysisDraft {
  text: string;
  tokenizer: Tokenizer;
  options: AnalyzeOptions;
  tokens: Token[];
  figures: FigureReading[];
}

/** Runs the first half of analyze(): see AnalysisDraft. */
export function draftAnalysis(text: string, tokenizer: Tokenizer, options: AnalyzeOptions = {}): AnalysisDraft {
  const tokens = tokenizeText(text, tokenizer);
  const figures = findFigures(text, tokens);
  return { text, tokenizer, options, tokens, figures };
}

/** The second half of analyze(): sentences, byline, names, sources, dates, and the figures assembled. */
export function finishAnalysis(draft: AnalysisDraft): Analysis {
  const { text, tokenizer, options, tokens, figures: readings } = draft;
  // Each stage reads only the text (and the tokens): splitting the sentences and finding the byline
  // after the figures changes nothing but when the first marks come.
  const sentences = splitSentences(text);
  const byline = options.byline ?? findByline(text);
  const published = options.published ?? null;
  const entities = findEntities(text, tokens);
  // options.author: the author of a signed column, from the page's metadata (lib/content/page); the figures
  // the text states on its own authority are theirs, not the outlet's.
  const attributed = attributeFigures({
    text,
    tokens,
    sentences,
    figures: readings,
    entities,
    byline,
    author: options.author ?? null,
  });
  // options.speakers: embedded posts and their authors, named by the page (lib/content/page/embedded-posts.ts).
  const sources = creditSpeakers(options.speakers ?? [], readings, attributed, (speaker) =>
    speakerTypeOf(speaker, findEntities(speaker, tokenizeText(speaker, tokenizer))),
  );
  const figures = readings.map((r, i) =>
    assemble(r, sentenceAt(sentences, r.start), countedNoun(text, tokens, r), sources[i] ?? null),
  );
  return {
    title: options.title ?? firstLine(text),
    published,
    byline,
    isJapanese: options.isJapanese ?? true,
    isArticle: options.isArticle ?? true,
    figures,
    dates: findDates(text, tokens, published),
    entities,
    length: text.length,
  };
}

/**
 * The Figure, made once from what each stage found: the reading (number, unit, qualifiers), its
 * sentence, what it counts and its source. Keys keep the order the CLI's JSON has always printed
 * (outputs are compared byte for byte): change it only with them.
 */
function assemble(r: FigureReading, s: Sentence | undefined, counts: string | null, source: Source | null): Figure {
  const { text, start, end, value, min, max, unit, kind, approx, bound, core, vague, change, ...exact } = r;
  return {
    text,
    start,
    end,
    sentence: s?.text ?? '',
    value,
    min,
    max,
    unit,
    kind,
    approx,
    bound,
    source,
    core,
    vague,
    change,
    // minExclusive, maxExclusive, score, fraction, dimensions: only where the text writes one.
    ...exact,
    counts,
    sentenceStart: s?.start ?? start,
  };
}

function firstLine(text: string): string | null {
  const line = text.split('\n', 1)[0]?.trim();
  return line ? line : null;
}
