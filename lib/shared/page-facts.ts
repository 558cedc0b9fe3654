import type { Analysis, AnalyzeOptions, SpeakerSpan } from '../../core/types';

/**
 * What the engine is told about a page: what changes how its text reads — its date (relative dates
 * resolve against it), its outlet for figures stated on the article's own authority, and the author of
 * a signed column, who is their source. Every other option of core's analyze() is a page fact.
 */
export type EngineOptions = Omit<AnalyzeOptions, keyof PageFacts>;

/**
 * What Shutten knows about the page itself that the engine does not use: its title, and whether it
 * reads as Japanese and as an article. These stay on the page side (they never travel to the
 * background or key its cache) and are set on the analysis once it is back (withPageFacts).
 */
export interface PageFacts {
  title: string | null;
  isJapanese: boolean;
  isArticle: boolean;
}

/** What the mapping reads of a page's metadata (lib/content/page/metadata.ts's PageMetadata has it). */
export interface DeclaredFacts {
  title: string | null;
  published: string | null;
  byline: string | null;
  author: string | null;
}

/** A page's text as the engine is asked to read it, and the page's facts kept beside it. */
export interface PageAnalysisInput {
  options: EngineOptions;
  facts: PageFacts;
}

/** What a page's detection decided (a long page read in slices, or text given as such, is taken as both). */
export interface PageVerdict {
  isJapanese: boolean;
  isArticle: boolean;
}

const ARTICLE: PageVerdict = { isJapanese: true, isArticle: true };

/**
 * The page → engine mapping, written once (the content script, its long-page slices and the CLI all
 * use it): the engine's options from the page's metadata and its embedded posts' speakers, and the
 * facts that stay with the page.
 */
export function pageAnalysisInput(
  meta: DeclaredFacts,
  verdict: PageVerdict = ARTICLE,
  speakers: readonly SpeakerSpan[] = [],
): PageAnalysisInput {
  // Speakers only when the page names some: a page without embeds travels (and caches) as it always has.
  const spans = speakers.length ? { speakers: [...speakers] } : {};
  return {
    options: { published: meta.published, byline: meta.byline, author: meta.author, ...spans },
    facts: { title: meta.title, isJapanese: verdict.isJapanese, isArticle: verdict.isArticle },
  };
}

/**
 * The engine's analysis with the page's facts: its title (the text's first line, as the engine gives
 * it, when the page declares none), whether it is Japanese and an article. The analysis's own field
 * order is kept (the CLI's JSON is written in it).
 */
export function withPageFacts(a: Analysis, facts: PageFacts): Analysis {
  return { ...a, title: facts.title ?? a.title, isJapanese: facts.isJapanese, isArticle: facts.isArticle };
}
