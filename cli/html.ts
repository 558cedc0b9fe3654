import { parseHTML } from 'linkedom';
import { type ExtractedArticle, extractArticle } from '../lib/content/page/extract-article';
import { pageAnalysisInput } from '../lib/shared/page-facts';
import type { PageInput } from './engine';

// Markup before <html> (Yahoo!ニュース ships its <style> blocks there): a browser moves it into <head>,
// but linkedom makes it the document element and leaves <body> empty. Move it where a browser would.
const LEADING = /^(\s*(?:<!doctype[^>]*>)?)([\s\S]*?)(<html\b[^>]*>\s*(?:<head\b[^>]*>)?)/i;
// Only head elements are moved: IE conditional comments (<!--[if lt IE 9]><html class="ie">) are left alone.
const HEAD_ONLY = /^(?:\s+|<style\b[\s\S]*?<\/style>|<script\b[\s\S]*?<\/script>|<(?:link|meta)\b[^>]*>)*$/i;

/** Rearranges `html` so linkedom builds the same tree a browser would (see LEADING). */
export function browserLikeHtml(html: string): string {
  const m = LEADING.exec(html);
  if (!m || !(m[2] ?? '').trim() || !HEAD_ONLY.test(m[2] ?? '')) return html;
  return `${m[1]}${m[3]}${m[2]}${html.slice(m[0].length)}`;
}

/** Runs the extension's page detection and extraction on an HTML string, in Node. */
export function extractHtml(html: string): ExtractedArticle {
  let { document } = parseHTML(browserLikeHtml(html));
  // Markup with no element at all (plain text, a lone comment) leaves linkedom without a documentElement,
  // where a browser still builds <html><body>: give it those, so bad input never throws (found by fuzzing).
  if (!document.documentElement) ({ document } = parseHTML(`<html><head></head><body>${html}</body></html>`));
  return extractArticle(document as unknown as Document);
}

/** A page's article text and the options its metadata gives the engine (the parsed DOM is not kept). */
export function pageInput(html: string): PageInput {
  const page = extractHtml(html);
  return { text: page.map.text, input: pageAnalysisInput(page.meta, page, page.speakers) };
}
