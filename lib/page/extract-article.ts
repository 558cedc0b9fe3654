import { type Block, type BlockKind, blocksUnder, sentenceCount } from './blocks';
import { isTimeStamp } from './dateline';
import { findHeadline } from './headline';
import { isJapaneseText, languageSample } from './language';
import { articleBodyPieces, locateRoot } from './locate';
import { hasArticleType, type PageMetadata, readMetadata } from './metadata';
import { PageIndex } from './page-index';
import { probablyReaderable, readabilityParagraphs } from './readability';
import { type TextMap, TextMapBuilder, textNodesUnder } from './text-map';

/** One line of the analysed text and what it is; offsets into ExtractedArticle.map.text. */
export interface ArticleLine {
  kind: BlockKind;
  start: number;
  end: number;
}

/** A page as Shutten reads it: is it a Japanese article, and if so its text mapped to the page. */
export interface ExtractedArticle {
  /** What the page declares; `title` is the headline as shown on the page when one was found. */
  meta: PageMetadata;
  isJapanese: boolean;
  isArticle: boolean;
  /** The article text (headline first, one paragraph a line) and its map back to the page's text nodes. */
  map: TextMap;
  /** Each line of map.text with its kind (headline, heading, paragraph, caption). */
  lines: ArticleLine[];
  /** The element the body was read from (null when the page is not Japanese or has no text). */
  articleRoot: Element | null;
  /** Why the page was judged not an article, for the popup and for debugging. */
  reason: 'ok' | 'not-japanese' | 'not-article' | 'no-text';
}

/** A page needs this many characters of prose, and sentences, to be read as an article. */
const MIN_CHARS = 200;
const MIN_SENTENCES = 3;
/** Without any declaration (og:type, JSON-LD, <article>) the prose must be longer still. */
const UNDECLARED_CHARS = 500;
/** At most this many <article> elements are tried as roots (a portal lists dozens of teaser cards). */
const MAX_ARTICLE_CANDIDATES = 30;
/** A candidate root with this share of the best prose counts as equally good; the tighter one wins. */
const PROSE_TOLERANCE = 0.97;

/** Characters of prose in `blocks`: paragraphs that end a sentence (not headings, captions, link labels). */
function proseOf(blocks: readonly Block[]): { chars: number; sentences: number } {
  let chars = 0;
  let sentences = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const n = sentenceCount(b.nodes.map((t) => t.data).join(''));
    if (!n) continue;
    chars += b.chars;
    sentences += n;
  }
  return { chars, sentences };
}

function candidateRoots(doc: Document, body: Element, index: PageIndex, meta: PageMetadata): Element[] {
  const found: Array<Element | null> = [locateRoot(index, readabilityParagraphs(doc))];
  if (meta.articleBody) found.push(locateRoot(index, articleBodyPieces(meta.articleBody)));
  found.push(...Array.from(doc.querySelectorAll('[itemprop="articleBody"], main, [role="main"]')));
  found.push(...Array.from(doc.querySelectorAll('article')).slice(0, MAX_ARTICLE_CANDIDATES));
  const roots = [...new Set(found)].filter((el): el is Element => !!el && body.contains(el));
  return roots.length ? roots : [body];
}

/**
 * The root whose lines hold the most prose; among roots as good as the best (within PROSE_TOLERANCE)
 * the one with the fewest other characters, so <article> beats <main> and a ranking box never wins.
 */
function chooseRoot(candidates: readonly Element[]): { root: Element; blocks: Block[] } {
  const scored = candidates.map((root) => {
    const blocks = blocksUnder(root);
    const total = blocks.reduce((n, b) => n + b.chars, 0);
    return { root, blocks, prose: proseOf(blocks).chars, total };
  });
  const best = Math.max(...scored.map((s) => s.prose));
  const good = scored.filter((s) => s.prose >= PROSE_TOLERANCE * best);
  good.sort((a, b) => a.total - b.total);
  return good[0] as (typeof good)[number];
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Lines worth analysing: some letter or digit (not a lone 「/」), and not a bare time stamp. */
function isContentLine(b: Block): boolean {
  const text = b.nodes.map((t) => t.data).join('');
  return HAS_WORD.test(text) && !(b.kind === 'paragraph' && isTimeStamp(text.trim()));
}

/**
 * Finds the article on a page and maps its text to the page's live text nodes. Candidate roots come
 * from Readability (run on a clone; the page is never touched), a JSON-LD articleBody, <article>,
 * itemprop=articleBody and <main>; the one with the most prose and least furniture is read line by
 * line, headline first.
 */
export function extractArticle(doc: Document): ExtractedArticle {
  const meta = readMetadata(doc);
  const body = doc.body ?? doc.querySelector('body');
  const nodes = body ? textNodesUnder(body) : [];
  const empty = { map: { text: '', segments: [] }, lines: [], articleRoot: null };
  if (!body || !isJapaneseText(languageSample(nodes), meta.lang)) {
    return { meta, isJapanese: false, isArticle: false, ...empty, reason: 'not-japanese' };
  }
  const index = new PageIndex(nodes);
  const { root } = chooseRoot(candidateRoots(doc, body, index, meta));
  const headline = findHeadline(doc, meta.titles, root);
  const blocks = blocksUnder(root, headline).filter(isContentLine);

  const builder = new TextMapBuilder();
  const lines: ArticleLine[] = [];
  const addLine = (kind: BlockKind, textNodes: readonly Text[]) => {
    const start = builder.size;
    for (const t of textNodes) builder.append(t);
    if (builder.size > start) lines.push({ kind, start, end: builder.size });
    builder.endLine();
  };
  if (headline) addLine('headline', textNodesUnder(headline));
  for (const b of blocks) addLine(b.kind, b.nodes);
  const map = builder.finish();
  if (headline) meta.title = map.text.slice(0, lines[0]?.end ?? 0) || meta.title;

  const prose = proseOf(blocks);
  const long = prose.chars >= MIN_CHARS && prose.sentences >= MIN_SENTENCES;
  const declaredType = meta.ogType?.toLowerCase();
  const ldArticle = hasArticleType(meta);
  const denied = !!declaredType && declaredType !== 'article' && !ldArticle;
  const declared =
    ldArticle ||
    declaredType === 'article' ||
    root.closest('[itemprop="articleBody"]') !== null ||
    (root.closest('article') !== null && doc.querySelectorAll('article').length <= 3);
  const isArticle =
    long && (ldArticle || (!denied && (declared || prose.chars >= UNDECLARED_CHARS || probablyReaderable(doc))));
  const reason = isArticle ? 'ok' : long ? 'not-article' : 'no-text';
  return { meta, isJapanese: true, isArticle, map, lines, articleRoot: root, reason };
}
