import { PROMO_PHRASES } from './furniture-lexicon';

/**
 * What on a news page is not the article: navigation, ranking and related-article boxes, share bars,
 * comment sections, ads. Decided per element from its tag, ARIA role and the words in its class/id.
 */

/**
 * Elements that never hold article prose, wherever they stand. Not <form>: ASP.NET pages wrap the whole
 * page in one; a search form's text is in <input>s, which are never read.
 */
const TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU', 'DIALOG', 'SELECT', 'LABEL']);

/** ARIA roles of page furniture. */
const ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alert',
  'tablist',
]);

/**
 * Words in class names and ids that mark furniture. Class names are split into words first
 * ("ranking-list" → ranking, list; "toolboxStyle_t1ul6994" → toolbox, style, t1ul6994), so "ad" matches
 * "AdMod" and "ad-slot" but never "head" or "lead".
 */
const WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  // パンくず and お問い合わせ romanised, as older Japanese sites name them: <div class="pankuzu">.
  'pankuzu',
  'toiawase',
  // A city or association page's contact box under the text (「このページに関するお問い合わせ」).
  'contact',
  'inquiry',
  'comment',
  'comments',
  'footer',
  'nav',
  'navi',
  'navigation',
  'menu',
  'ranking',
  'rank',
  'related',
  'recommend',
  'recommended',
  'pickup',
  'popular',
  'share',
  'sns',
  'social',
  'toolbox',
  'toolbar',
  'actionbar',
  'sidebar',
  'sidemenu',
  'pager',
  'pagination',
  'paywall',
  'promo',
  'promotion',
  'sponsor',
  'sponsored',
  // A review's shop box (「参考価格：16,800円」 and the shops' buttons): <div class="affiliate-box">.
  'affiliate',
  'tag',
  'tags',
  'keyword',
  'keywords',
  'subscribe',
  'newsletter',
  'login',
  'signup',
  'widget',
  'follow',
  'modal',
  // The writer's profile box after a story (「1979年生まれ。銀行勤務を経て…」): no figure of the news.
  'profile',
  'bio',
  'biography',
  // Date lines (「2024年12月5日 16時00分 宇宙」): furniture whose numbers are no figures of the news.
  'date',
  'pubdate',
  'timestamp',
  'datetime',
  'dateline',
]);

// Two-word furniture names that would be too broad one word at a time ("more-articles", "read-more").
const PAIRS: ReadonlySet<string> = new Set([
  'more article',
  'more articles',
  'read more',
  'see also',
  'action bar',
  'time stamp',
  'author box',
  'author info',
  'author bio',
  'about author',
  'writer info',
]);

/**
 * 'paywall' marks the paywall's box unless it is the story's: <p class="paywall"> is a paragraph behind the
 * paywall (a wire's body), and with no promo in it (PROMO_PHRASES: 「残り1,142文字」「会員限定」) a body named so
 * too (<div class="article-body paywall-content">) holds the free lead before the cut, and a box of paragraphs the rest a subscriber's page shows
 * (<div class="paywall"><h2>Q　新制度で何が変わるの？</h2><p>A　…</p><p>…</p></div>); a prompt in a paragraph
 * is known by its words (furniture-lines.ts).
 */
function paywalledText(el: Element, tag: string): boolean {
  if (tag === 'P') return true;
  const story = /body|content|text|article/.test(el.className) || el.querySelector('p~p');
  return !!story && !PROMO_PHRASES.some((p) => p.test(el.textContent ?? ''));
}

const SPLIT = /[\s_-]+|(?<=[a-z0-9])(?=[A-Z])/;

/** The lower-case words of an element's class and id: "ActionBar_as0p6l9 c1" → action, bar, as0p6l9, c1. */
export function classWords(el: Element): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return [];
  return `${cls ?? ''} ${id ?? ''}`
    .split(SPLIT)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const DISPLAY_NONE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// Containers judged by tag and role only: WordPress gives <article> taxonomy classes ("tag-economy"),
// and sites put page-type words on <body> ("breadcrumb").
const CLASS_EXEMPT: ReadonlySet<string> = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

/** True for elements whose content is page furniture, not article text (see the tables above). */
export function isBoilerplate(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // A <footer> inside a <figure> holds its caption (日経: <figure><footer><figcaption>…).
  if (TAGS.has(tag)) return !(tag === 'FOOTER' && el.closest('figure'));
  const role = el.getAttribute('role');
  if (role && ROLES.has(role)) return true;
  if (DISPLAY_NONE.test(el.getAttribute('style') ?? '')) return true;
  const words = classWords(el);
  // WordPress marks a post in a <div> with the same taxonomy classes, beside its own 'hentry' (hAtom's entry)
  // or its status: <div class="post type-post hentry tag-transfer">, <div class="post status-publish tag-auto">.
  if (CLASS_EXEMPT.has(tag) || /hentry|status-publish/.test(el.className)) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // A ranking box lists other stories, each a link; a ranked list of items with none is the story's own
    // (<ol class="rank-list"><li>1位　北浜市　482件</li>…).
    const ownList = w.startsWith('rank') && !!el.querySelector('li') && !el.querySelector('a');
    if (WORDS.has(w) && !ownList && !(w === 'paywall' && paywalledText(el, tag))) return true;
    if (i + 1 < words.length && PAIRS.has(`${w} ${words[i + 1]}`)) return true;
  }
  return false;
}

/**
 * True for captions: <figcaption>, <caption>, or a class/id word "caption" or its short forms (<span class="caption">,
 * <p class="cap">, <div class="figcap">; "photo_caption" splits to its words).
 */
export function isCaption(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FIGCAPTION') return true;
  // A drop cap is the story's first letter, no caption: 「<span class="drop-cap">北</span>浜市は…」.
  return / (?<!drop )(fig)?cap(tion)? /.test(` ${classWords(el).join(' ')} `);
}
