import { classWords } from './boilerplate';
import { breadcrumbItems } from './breadcrumb';
import type { PageMetadata } from './metadata';
import { cleanName } from './names';
import { filedUnder } from './url-path';
import { NAME_PREFIXES, NAME_SUFFIXES, NOT_PERSON, OPINION_PATHS, OPINION_SECTIONS } from './writer-lexicon';

// The writer of a signed column, essay or opinion piece is the source of its figures (「私のところへ相談に来る
// 夫婦の多くが…」 is the columnist's own count), so the analysis is told who signed it. A news report's
// reporters are no source: only pages that file themselves as opinion get an author.

/** A person's name in a byline is short: longer is a title, a bio or a sentence. */
const MAX_AUTHOR = 30;
/** Types of a piece its writer speaks for: an opinion piece, a blog post. */
const SIGNED_TYPES: ReadonlySet<string> = new Set(['OpinionNewsArticle', 'BlogPosting']);
// What follows a name in a byline: 「村井 千尋 : ファイナンシャルプランナー」「佐伯健（大学教授）」「山田太郎／経済部」.
const AFTER_NAME = /\s*(?:[（(［[【].*|\s[:：|｜/／-]\s.*|[:：|｜/／].*)$/;
const HAS_DIGIT_OR_END = /[\d０-９。！？!?]/;

/**
 * A writer's name as the analysis should show it: 「文・佐伯健（大学教授）」 → 「佐伯健」, 「村井 千尋 :
 * ファイナンシャルプランナー」 → 「村井 千尋」; null for an organisation (「編集部」), an address, or anything
 * that is not a short name.
 */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let name = cleanName(raw);
  if (!name) return null;
  name = name.replace(NAME_PREFIXES, '').replace(AFTER_NAME, '').replace(NAME_SUFFIXES, '').trim();
  if (name.length < 2 || name.length > MAX_AUTHOR || HAS_DIGIT_OR_END.test(name) || NOT_PERSON.test(name)) return null;
  return name;
}

const OPINION_WORD = new RegExp(OPINION_SECTIONS.join('|'), 'i');
/** A section name is short: 「オピニオン」「コラム」「寄稿」, not a headline that mentions a column. */
const MAX_SECTION = 20;
// A headline filed under a section: 「【コラム】…」「寄稿　人口減少の町で…」「［視点］…」.
const HEADLINE_SECTION = new RegExp(
  `^(?:[【［[〈《「]\\s*(?:${OPINION_SECTIONS.join('|')})|(?:${OPINION_SECTIONS.join('|')})[\\s\u3000】］\\]〉》」：:])`,
  'i',
);

const isOpinionSection = (s: string | null | undefined) => !!s && s.length <= MAX_SECTION && OPINION_WORD.test(s);

/** True when the address files the page under an opinion section: /column/, /opinion/, /kiko/. */
const opinionPath = (url: string | null) => filedUnder(url, OPINION_PATHS);

/** True when <head> says the page is signed opinion: its type, its section, its address or its headline's label. */
export function declaresOpinion(meta: PageMetadata): boolean {
  return (
    meta.jsonLdTypes.some((t) => SIGNED_TYPES.has(t)) ||
    isOpinionSection(meta.section) ||
    opinionPath(meta.url) ||
    meta.titles.some((t) => HEADLINE_SECTION.test(t.trim()))
  );
}

/** At most this many byline elements are read. */
const MAX_ITEMS = 20;

/** True when the breadcrumb files the page under an opinion section (「トップ > オピニオン > 寄稿」). */
function opinionBreadcrumb(doc: Document): boolean {
  return breadcrumbItems(doc).some(isOpinionSection);
}

const BYLINE_WORDS: ReadonlySet<string> = new Set(['author', 'writer', 'byline', 'auther']);
/** Elements with a class looked at for a byline: the check must not scale with the page. */
const MAX_CLASSED = 3000;

/** The name a byline element gives: rel=author, itemprop=author, or a short box classed author/writer/byline. */
function bylineName(scope: Element): string | null {
  const marked = Array.from(scope.querySelectorAll('[rel~="author"], [itemprop="author"]')).slice(0, MAX_ITEMS);
  for (const el of marked) {
    const name = cleanAuthor((el.querySelector('[itemprop="name"]') ?? el).textContent);
    if (name) return name;
  }
  const classed = Array.from(scope.querySelectorAll('[class]')).slice(0, MAX_CLASSED);
  for (const el of classed) {
    const words = classWords(el);
    if (!words.some((w) => BYLINE_WORDS.has(w)) || words.includes('profile')) continue;
    const name = cleanAuthor(el.textContent);
    if (name) return name;
  }
  return null;
}

/** The box a byline is looked for in: the article root's nearest ancestors (the header with the headline). */
const BYLINE_LEVELS = 3;

/** The first declared writer who is a person and not the outlet. */
function firstWriter(meta: PageMetadata): string | null {
  for (const w of meta.writers) {
    const name = cleanAuthor(w);
    if (name && name !== meta.byline) return name;
  }
  return null;
}

/**
 * The author as <head> and the breadcrumb give it, or null: the page files itself as opinion (JSON-LD
 * OpinionNewsArticle or BlogPosting, a コラム/オピニオン/寄稿 section, an /opinion/ address, its breadcrumb or
 * its headline's label) and declares a writer who is a person.
 */
export function declaredAuthor(doc: Document, meta: PageMetadata): string | null {
  return declaresOpinion(meta) || opinionBreadcrumb(doc) ? firstWriter(meta) : null;
}

/**
 * The author of a signed column, essay or opinion piece, or null: as declaredAuthor, else, on a page filed
 * as opinion that declares no writer, the name in its byline element near the article root.
 */
export function columnAuthor(doc: Document, meta: PageMetadata, root: Element | null): string | null {
  if (!declaresOpinion(meta) && !opinionBreadcrumb(doc)) return null;
  const declared = firstWriter(meta);
  if (declared) return declared;
  let scope: Element | null = root;
  for (let i = 0; scope?.parentElement && i < BYLINE_LEVELS; i++) scope = scope.parentElement;
  const name = bylineName(scope ?? doc.documentElement);
  return name && name !== meta.byline ? name : null;
}
