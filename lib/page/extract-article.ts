import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { isJapaneseText } from './language';
import { hasArticleType, type PageMetadata, readMetadata } from './metadata';
import { paragraphsOf } from './paragraphs';
import { PageIndex, type TextMap, textNodesUnder } from './text-map';

/** A page as Shutten reads it: is it a Japanese article, and if so its text mapped to the page. */
export interface ExtractedArticle {
  meta: PageMetadata;
  isJapanese: boolean;
  isArticle: boolean;
  /** The article text (headline first, one paragraph a line) and its map back to the page's text nodes. */
  map: TextMap;
  /** Why the page was judged not an article, for the popup and for debugging. */
  reason: 'ok' | 'not-japanese' | 'not-article' | 'no-text';
}

/** A page needs this many article characters, and sentences, to be read as an article. */
const MIN_CHARS = 200;
const MIN_SENTENCES = 3;

/**
 * Finds the article on a page and maps its text to the page's text nodes. The paragraphs come from
 * Readability run on a clone (the page is never touched); each is then located among the live page's
 * text nodes, so marks land on the characters the reader sees. JSON-LD articleBody is the fallback
 * when Readability's pick is far shorter than the body the page declares.
 */
export function extractArticle(doc: Document): ExtractedArticle {
  const meta = readMetadata(doc);
  const body = doc.body;
  const empty: TextMap = { text: '', segments: [] };
  const sample = (body?.textContent ?? '').slice(0, 20000);
  if (!body || !isJapaneseText(sample, meta.lang)) {
    return { meta, isJapanese: false, isArticle: false, map: empty, reason: 'not-japanese' };
  }
  const declared = meta.ogType === 'article' || hasArticleType(meta) || doc.querySelector('article') !== null;
  let paragraphs = readabilityParagraphs(doc);
  const bodyParas = meta.articleBody ? meta.articleBody.split(/\n+/).map((p) => p.trim()).filter(Boolean) : [];
  if (bodyParas.join('').length > 1.5 * paragraphs.join('').length) paragraphs = bodyParas;

  const index = new PageIndex(textNodesUnder(body));
  const map: TextMap = { text: '', segments: [] };
  let cursor = 0;
  const headline = meta.title ? index.find(meta.title) : null;
  for (const p of paragraphs) {
    const at = index.find(p, cursor) ?? index.find(p);
    if (!at) continue;
    if (headline && !map.text && at[0] > headline[1]) {
      // Readability drops the headline; keep it as the first line when it stands before the body.
      index.appendTo(map, headline[0], headline[1]);
      map.text += '\n';
    }
    index.appendTo(map, at[0], at[1]);
    map.text += '\n';
    cursor = at[1];
  }
  map.text = map.text.replace(/\n$/, '');
  const sentences = (map.text.match(/[。！？]/g) ?? []).length;
  const long = map.text.length >= MIN_CHARS && sentences >= MIN_SENTENCES;
  const isArticle = long && (declared || isProbablyReaderable(doc) || map.text.length >= 2 * MIN_CHARS);
  return { meta, isJapanese: true, isArticle, map, reason: isArticle ? 'ok' : long ? 'not-article' : 'no-text' };
}

function readabilityParagraphs(doc: Document): string[] {
  try {
    const clone = doc.cloneNode(true) as Document;
    const result = new Readability<Node>(clone, { serializer: (n) => n, charThreshold: 100 }).parse();
    const content = result?.content as Element | undefined;
    return content ? paragraphsOf(content) : [];
  } catch {
    return [];
  }
}
