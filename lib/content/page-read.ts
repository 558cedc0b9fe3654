import { capInput, MAX_TEXT, type PageStatus } from '../shared/messages';
import { type PageAnalysisInput, pageAnalysisInput } from '../shared/page-facts';
import { extractArticleInTasks } from './page/extract-article';
import type { TextMap } from './page/text-map';

/** What reading the page came to: its article's text to analyse, the status to show instead, or a page that could not be read. */
export type PageRead =
  | { kind: 'text'; text: string; map: TextMap; input: PageAnalysisInput }
  | { kind: 'status'; status: PageStatus }
  | { kind: 'unreadable' };

/** How to read: whether the page is taken whatever it is, and what to call once it declares itself a Japanese article. */
export interface ReadOptions {
  /** Analyse whatever the page is (the reader asked, or the site is "always"): not only Japanese articles. */
  take: boolean;
  /** The reader asked: a text over MAX_TEXT is cut to it rather than refused. */
  force: boolean;
  /** Called as soon as the page declares itself a Japanese article (the background starts loading the dictionary). */
  onDeclaredArticle?: (() => void) | undefined;
}

/**
 * Finds the page's article text, in steps that yield to the page between them (no long task of ours on
 * the reader's page), and decides whether it is to be analysed. Page metadata is capped before it
 * travels (a page can declare a 500,000-character og:title); the page's facts (title, Japanese,
 * article) come back beside the engine's options, to be set on the analysis when it is back.
 */
export async function readArticle(doc: Document, { take, force, onDeclaredArticle }: ReadOptions): Promise<PageRead> {
  let page: Awaited<ReturnType<typeof extractArticleInTasks>>;
  try {
    page = await extractArticleInTasks(doc, { onDeclaredArticle });
  } catch {
    return { kind: 'unreadable' };
  }
  if (!take && (!page.isJapanese || !page.isArticle)) {
    return { kind: 'status', status: page.isJapanese ? 'not-article' : 'not-japanese' };
  }
  if (!page.map.text) return { kind: 'status', status: 'not-article' };
  if (page.map.text.length > MAX_TEXT && !force) return { kind: 'status', status: 'too-large' };
  return {
    kind: 'text',
    text: page.map.text.slice(0, MAX_TEXT),
    map: page.map,
    input: capInput(pageAnalysisInput(page.meta, page, page.speakers)),
  };
}
