import type { SpeakerSpan } from '../../../core/types';
import { type Block, sentenceCount, textOf } from './blocks';
import { INVISIBLE } from './names';
import type { TextMap } from './text-map';

// Social-media posts embedded in an article (X/Twitter, Instagram, Threads, Facebook, TikTok), as their
// embed codes ship them before any script renders them, or as a page's static copy of one:
//   <blockquote class="twitter-tweet"><p>本日から新商品を全国300店舗で…</p>— 東和食品 (@towa_foods) <a>July 4, 2025</a></blockquote>
// The post's words stay in the article; its furniture (the 「— name (@handle) date」 line, pic.twitter.com
// links, 「View this post on Instagram」) goes, and the author's display name is kept as the post's speaker.

/** One embedded post: its element, the text nodes of its words, and the nodes of its furniture. */
export interface EmbeddedPost {
  element: Element;
  /** The author's display name as shown (never the @handle or the address alone); null when none is shown. */
  author: string | null;
  words: Set<Text>;
  furniture: Set<Text>;
}

/** Embeds named by their embed code's class. */
const EMBED_CLASSES =
  'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.text-post-media, blockquote.tiktok-embed, .fb-post, .fb-xfbml-parse-ignore';
/** A static copy is a <blockquote> linking to a post on one of these. */
const POST_LINK =
  /^https?:\/\/(?:www\.|mobile\.)?(?:(?:twitter|x)\.com\/\w{1,15}\/status\/\d|instagram\.com\/(?:p|reel|tv)\/|threads\.(?:net|com)\/@[\w.]+\/post\/|facebook\.com\/[^/?#]+\/posts\/)/i;
/** Pages with more embeds than this get no speakers past them (a page of posts is no article to credit). */
const MAX_POSTS = 50;
/** A display name longer than this is no name (X allows 50 characters). */
const MAX_SPEAKER = 50;
/** An attribution line is this short: 「— 東和食品 (@towa_foods) July 4, 2025」. */
const MAX_ATTRIBUTION = 120;

// 「— 東和食品 (@towa_foods) July 4, 2025」, 「― 気象庁（@JMA_kishou）2025年7月4日」.
const DASHED = /^\s*[—―–-]+\s*(.{1,80}?)\s*[（(]\s*@([\w.]{1,30})\s*[）)]/u;
// Instagram: 「A post shared by 東和食品 (@towa_foods)」, 「東和食品(@towa_foods)がシェアした投稿」.
const SHARED_BY = /^\s*A post shared by\s+(.{1,80}?)\s*[（(]\s*@([\w.]{1,30})\s*[）)]/iu;
const SHARED_JA = /^\s*(.{1,80}?)\s*[（(]\s*@([\w.]{1,30})\s*[）)]\s*がシェアした投稿/u;
// Facebook: 「Posted by 東和飲料 on Friday, July 4, 2025」 (no handle).
const POSTED_BY = /^\s*Posted by\s+(.{1,80}?)\s+on\s+\S/iu;
const POSTED_JA = /^\s*投稿者[:：]\s*(.{1,80}?)\s*[、,]\s*投稿日/u;
/** Lines of an embed that are its frame, not its post. */
const FURNITURE_LINE =
  /^\s*(?:@[\w.]{1,30}|View (?:this post|profile|more) on (?:Instagram|Threads|Facebook|X|Twitter)|この投稿をInstagramで見る|Instagramでこの投稿を見る|Threadsで見る|View on Threads|Xで見る|Watch on TikTok|See more on (?:Facebook|X)|[♬]\s*original sound.*)\s*$/iu;
/** Link text that is an address: 「pic.twitter.com/AbC123」, 「https://t.co/xyz」. */
const ADDRESS = /^\s*(?:pic\.(?:twitter|x)\.com\/|https?:\/\/|t\.co\/|www\.)\S*\s*$/i;
const LETTER = /\p{L}/u;

/** Blockquotes looked at for a link to a post (a hostile page may hold thousands). */
const MAX_QUOTES = 200;

/** The posts embedded under `root`, outermost only, at most MAX_POSTS. */
export function embeddedPosts(root: Element): EmbeddedPost[] {
  const quotes = [...root.querySelectorAll('blockquote')].slice(0, MAX_QUOTES).filter(linksToPost);
  const found = new Set([...root.querySelectorAll(EMBED_CLASSES), ...quotes]);
  const out: EmbeddedPost[] = [];
  for (const el of found) {
    if (insideAnother(el, found, root)) continue;
    out.push(readPost(el));
    if (out.length >= MAX_POSTS) break;
  }
  return out;
}

/** True when an ancestor of `el` under `root` is an embed too (its post is read as that one's). */
function insideAnother(el: Element, found: ReadonlySet<Element>, root: Element): boolean {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) if (found.has(up)) return true;
  return false;
}

function linksToPost(el: Element): boolean {
  return [...el.querySelectorAll('a[href]')].some((a) => POST_LINK.test(a.getAttribute('href') ?? ''));
}

/** Sorts an embed's text nodes into its words and its furniture, and reads its author's name. */
function readPost(element: Element): EmbeddedPost {
  const post: EmbeddedPost = { element, author: null, words: new Set(), furniture: new Set() };
  for (const line of linesOf(element)) {
    const text = line.map((t) => t.data).join('');
    const name = text.length <= MAX_ATTRIBUTION ? attributionName(text) : undefined;
    if (name !== undefined || FURNITURE_LINE.test(text)) {
      if (name && !post.author) post.author = name;
      for (const t of line) post.furniture.add(t);
      continue;
    }
    for (const t of line) {
      const link = t.parentElement?.closest('a');
      (link && ADDRESS.test(link.textContent ?? '') ? post.furniture : post.words).add(t);
    }
  }
  return post;
}

/**
 * The display name an attribution line gives, cleaned; null for a line that is an attribution without
 * a usable name (only the handle, an address, overlong); undefined for a line that is no attribution.
 */
export function attributionName(line: string): string | null | undefined {
  const m =
    DASHED.exec(line) ?? SHARED_BY.exec(line) ?? SHARED_JA.exec(line) ?? POSTED_BY.exec(line) ?? POSTED_JA.exec(line);
  if (!m) return undefined;
  // Bidi marks and zero-width characters a hostile name could carry go.
  const name = (m[1] ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const handle = m[2] ?? '';
  if (!name || name.length > MAX_SPEAKER || !LETTER.test(name) || /[。！？]/.test(name)) return null;
  if (name.replace(/^@/, '').toLowerCase() === handle.toLowerCase() || /[@/]|\.(?:com|jp|net)\b/i.test(name))
    return null;
  return name;
}

/** An embed's text nodes, a line at a time: nodes share a line when their nearest block parent is the same. */
function linesOf(element: Element): Text[][] {
  const lines = new Map<Element, Text[]>();
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!t.data.trim()) continue;
    const parent = t.parentElement;
    if (!parent || parent.closest('script, style')) continue;
    const block = parent.closest('p, div, li, blockquote, h1, h2, h3, h4, h5, h6') ?? element;
    const key = element.contains(block) ? block : element;
    const line = lines.get(key);
    if (line) line.push(t);
    else lines.set(key, [t]);
  }
  return [...lines.values()];
}

/** The blocks without the embeds' furniture (a block left with nothing to read goes). */
export function withoutFurniture(blocks: Block[], posts: readonly EmbeddedPost[]): Block[] {
  if (!posts.length) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    const nodes = b.nodes.filter((t) => !posts.some((p) => p.furniture.has(t)));
    if (nodes.length === b.nodes.length) out.push(b);
    else if (nodes.some((t) => t.data.trim())) {
      out.push({ ...b, nodes, chars: nodes.reduce((n, t) => n + t.data.replace(/\s/g, '').length, 0) });
    }
  }
  return out;
}

/** A round-up embeds this many posts at least: a report embeds the one or two it is about. */
const ROUND_UP_POSTS = 4;

/**
 * True when the page is built of others' posts, a curator's round-up (まとめ), not a report: four posts or
 * more, and their words outweigh the page's own sentences (「Xには思い出を語る投稿があふれていました。」 over five
 * posts, 「編集長もよくカレーパンを買っていました。」 under them). A story about posts tells more than it quotes.
 */
export function roundUpOfPosts(blocks: readonly Block[], posts: readonly EmbeddedPost[]): boolean {
  if (posts.length < ROUND_UP_POSTS) return false;
  let balance = 0;
  for (const b of blocks) {
    if (posts.some((p) => p.words.has(b.nodes[0] as Text))) balance += b.chars;
    else if (sentenceCount(textOf(b))) balance -= b.chars;
  }
  return balance > 0;
}

/** Where each post with a named author lies in the analysed text: its speaker's span. */
export function speakerSpans(map: TextMap, posts: readonly EmbeddedPost[]): SpeakerSpan[] {
  const spans: SpeakerSpan[] = [];
  for (const p of posts) {
    if (!p.author) continue;
    let start = -1;
    let end = -1;
    for (const s of map.segments) {
      if (!p.words.has(s.node)) continue;
      if (start < 0) start = s.textStart;
      end = s.textStart + s.length;
    }
    if (start >= 0) spans.push({ start, end, speaker: p.author });
  }
  return spans;
}
