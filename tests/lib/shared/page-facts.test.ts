import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../core/types';
import { extractArticle } from '../../../lib/content/page/extract-article';
import { pageAnalysisInput, withPageFacts } from '../../../lib/shared/page-facts';
import { analysisOf } from '../../helpers/analysis';
import { fixture } from '../content/page/load';

const analysis: Analysis = analysisOf({ title: '本文の一行目', published: '2025-07-01', length: 20 });

describe('page facts stay with the page', () => {
  it('a page gives the engine its date, outlet and author, and keeps its title and verdict', () => {
    const portal = extractArticle(fixture('portal'));
    const input = pageAnalysisInput(portal.meta, portal);
    expect(Object.keys(input.options).sort()).toEqual(['author', 'byline', 'published']);
    expect(input.facts).toEqual({ title: portal.meta.title, isJapanese: true, isArticle: false });
    // A long page read in slices has no verdict of its own: it is read as a Japanese article.
    expect(pageAnalysisInput(portal.meta).facts).toMatchObject({ isJapanese: true, isArticle: true });
  });

  it('sets the facts on the analysis, keeping its field order and the first line when there is no title', () => {
    const withTitle = withPageFacts(analysis, { title: '見出し', isJapanese: false, isArticle: false });
    expect(withTitle).toMatchObject({ title: '見出し', isJapanese: false, isArticle: false, published: '2025-07-01' });
    expect(Object.keys(withTitle)).toEqual(Object.keys(analysis));
    expect(withPageFacts(analysis, { title: null, isJapanese: true, isArticle: true }).title).toBe('本文の一行目');
    // The engine's analysis is not changed.
    expect(analysis.title).toBe('本文の一行目');
  });
});
