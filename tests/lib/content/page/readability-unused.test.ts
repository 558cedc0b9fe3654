import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../../lib/content/page/paragraphs';
import { PRUNED, READABILITY_OPTIONS } from '../../../../lib/content/page/readability';
import { quietReadability } from '../../../../scripts/readability-quiet';
import { EXPECTED_MEMBERS, shortenReadability } from '../../../../scripts/readability-short-names';
import { indexOut, MEMBERS_TAKEN_OUT, readabilityUnused, unusedOut } from '../../../../scripts/readability-unused';
import { fixture, parse } from './load';

// The content script's Readability goes without the work Shutten never reaches or reads (scripts/readability-unused.ts):
// the JSON-LD reader, the noscript images, the class and style cleaning, the unwrapping of nested boxes, the
// absolute URLs, the result's other fields and the work only they read, the element limit, the quiet build's
// flags and the lazy images' own attributes.
// The paragraphs it picks stay.
const require = createRequire(import.meta.url);
const PATH = require.resolve('@mozilla/readability/Readability.js');
const SOURCE = readFileSync(PATH, 'utf8');
const PAGES = readdirSync(join(__dirname, '../../../fixtures/pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));

type ReadabilityClass = new (doc: Document, options?: object) => { parse(): { content: unknown } | null };
const Original = require(PATH) as ReadabilityClass;

/** Readability as the content script bundles it: quiet, without the unused work, its members renamed. */
function shippedClass(): ReadabilityClass {
  const mod = { exports: {} as unknown };
  new Function(
    'module',
    'exports',
    shortenReadability(unusedOut(quietReadability(SOURCE)), EXPECTED_MEMBERS - MEMBERS_TAKEN_OUT.length),
  )(mod, mod.exports);
  return mod.exports as ReadabilityClass;
}

/** The paragraphs Readability picks on a page's pruned clone, as lib/content/page/readability.ts reads them. */
function paragraphs(R: ReadabilityClass, doc: Document, options: object): string[] {
  const clone = doc.cloneNode(true) as Document;
  for (const el of Array.from(clone.querySelectorAll(PRUNED))) el.remove();
  const content = new R(clone, options).parse()?.content as Element | undefined;
  return content ? paragraphsOf(content) : [];
}

/** Readability's own defaults for the two options Shutten turns on. */
const UNTOUCHED = { serializer: (n: Node) => n, charThreshold: 100 };

// An invented page with each piece: meta tags, JSON-LD naming another headline, a noscript image after a
// placeholder, classes, relative links and images, styled and nested boxes, and a javascript: link whose text
// stays in the paragraph.
const PAGE = `<!doctype html><html lang="ja"><head><title>北浜市、港の荷揚げ量が過去最多に｜北浜新報</title>
<meta property="og:title" content="北浜市、港の荷揚げ量が過去最多に"><meta name="author" content="西原健">
<meta name="description" content="北浜港の荷揚げ量が過去最多。"><meta property="og:site_name" content="北浜新報">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"別の見出し","publisher":{"name":"北浜新報"}}</script>
</head><body><article class="story main"><h1 class="title">北浜市、港の荷揚げ量が過去最多に</h1>
<p class="lead">北浜市は5日、北浜港の昨年の荷揚げ量が約<b>1,240万トン</b>だったと発表した。前年より8%多く、統計を取り始めてから最も多い。</p>
<div class="photo"><img class="lazy"><noscript><img src="/img/port.jpg" alt="北浜港"></noscript></div>
<p>市によると、増えたのは主に穀物と木材で、<a href="javascript:void(0)">詳しい内訳</a>は来月公表する。市港湾課の南野恵課長は「新しい岸壁の効果が出た」と話した。</p>
<figure><img src="/img/crane.jpg" srcset="/img/crane-2x.jpg 2x"><figcaption>新しい岸壁のクレーン</figcaption></figure>
<figure data-src="/img/map.jpg"><figcaption>北浜港の岸壁の配置図</figcaption></figure>
<p dir="ltr">穀物は前年より<img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/chart.png">12%多かった。</p>
<div class="box"><section><p style="color:#333" align="left">岸壁の工事は来年4月に始まり、<span style="font-weight:bold">約2年</span>かかる。</p></section></div><div></div>
<table width="100%" border="1"><tr><td width="50%">穀物</td><td>木材</td></tr></table>
<table><tbody><tr><td>新しい岸壁は全長約<b>320メートル</b>で、大型船2隻が同時に着ける。</td></tr></tbody></table>
<div>港を使う船は年に約3千隻。<br><p>うち外国船が4割を占め、その数は5年で2倍になった。</p></div>
<p>荷揚げ量はこの10年で約3割増えた。市は2028年度までに岸壁をもう1本造る計画で、<a href="/news/plan">計画の概要</a>を公開している。</p>
</article></body></html>`;

describe('Readability without the work Shutten never reaches or reads', () => {
  it('takes out the JSON-LD reader, noscript images, class and style cleaning, nested boxes, absolute URLs and other result fields, nothing else', () => {
    const out = unusedOut(quietReadability(SOURCE));
    expect(out).not.toMatch(/_getJSONLD\(doc\)|jsonLdArticleTypes|_cleanClasses\(node\)|toAbsoluteURI|srcsetUrl/);
    expect(out).not.toMatch(/_cleanStyles\(e\)|PRESENTATIONAL_ATTRIBUTES|_simplifyNestedElements\(articleContent\)/);
    expect(out).not.toMatch(/_removeScripts\(doc\)|this\._removeScripts\(/);
    expect(out).not.toMatch(/getElementsByTagName\("noscript"\)/);
    expect(out).not.toMatch(/\b(?:extraneous|replaceFonts|nextLink|prevLink):/);
    expect(out).not.toMatch(/metadata\.(?:excerpt|siteName|publishedTime)|textContent,/);
    // The classes only the class cleaning keeps, and the option's copy of them.
    expect(out).not.toMatch(/this\._classesToPreserve|CLASSES_TO_PRESERVE:/);
    expect(SOURCE).toMatch(/this\._classesToPreserve = this\.CLASSES_TO_PRESERVE/);
    // parse() returns the content alone; the title and byline from the meta tags still steer it.
    expect(out).toMatch(/return \{ content: articleContent \};/);
    expect(out).toMatch(/this\._articleTitle = metadata\.title;/);
    // The meta tags' patterns collect the title's and byline's names alone.
    expect(out).not.toMatch(/published_time\|title|pub-date\|description/);
    expect(out.match(/\(author\|creator\|title\)\\s\*/g)).toHaveLength(2);
    // What changes the tree paragraphsOf walks stays: placeholder images go. A javascript: link stays a link, which
    // paragraphsOf joins as it joins the text or <span> Readability made of it (詳しい内訳は来月公表する, below).
    expect(out).toMatch(/img\.remove\(\);/);
    expect(out).not.toMatch(/javascript:|_fixRelativeUris/);
    // The result's direction and language, the element limit no caller sets, the flags only the quiet build's
    // dropped branches read, and the lazy images' attributes; a <figure> with no image still gets one.
    expect(out).not.toMatch(/_articleDir|_articleLang|_articleSiteName|getAttribute\("dir"\)|_maxElemsToParse/);
    expect(out).not.toMatch(/this\._debug|_docJSDOMParser|b64DataUrl|elem\.tagName === "IMG"/);
    expect(out).toMatch(/this\._getAllNodesWithTag\(root, \["figure"\]\)/);
    expect(out).not.toMatch(/elem\.tagName === "FIGURE"|also check for "null"/);
    // The constructor's old-caller branch, its error's words, the dead option flags and default serializer,
    // and the helper nothing calls; a call without a document still throws.
    expect(out).not.toMatch(/arguments\[2\]|First argument|_keepClasses|_disableJSONLD|_findNode|return el\.innerHTML/);
    // The serializer (READABILITY_OPTIONS' returns the node), the walk without querySelectorAll, the title
    // that is no string after trim() and the catch around it.
    expect(out).not.toMatch(/_serializer|concat\.apply|typeof curTitle|ignore exceptions setting the title/);
    expect(() => new (shippedClass())({} as Document, READABILITY_OPTIONS)).toThrow();
    // The last tidying that changes no paragraph (<h1> renamed, a <br> before a <p>, one-cell tables), the
    // <style>s the pruned clone has none of, and the byline's unescaping (only its presence is read).
    expect(out).not.toMatch(/Remove single-cell tables|\["h1"\]\),\n\s*"h2"|\["br"\]\),\n|\["style"\]/);
    expect(out).not.toMatch(/metadata\.byline = this\._unescapeHtmlEntities/);
    // The title's second unescaping: the DOM decodes attributes already.
    expect(out).not.toMatch(/_unescapeHtmlEntities|HTML_ESCAPE_MAP/);
  });

  it('is run on a clone without scripts or noscripts (what makes the JSON-LD and noscript parts unreached)', () => {
    expect(PRUNED.split(/,\s*/)).toEqual(expect.arrayContaining(['script', 'noscript']));
    expect(READABILITY_OPTIONS).toMatchObject({ disableJSONLD: true, keepClasses: true });
  });

  it('picks the same paragraphs as Readability itself with its defaults, on every page fixture and a page with each piece', () => {
    const Shipped = shippedClass();
    const docs: [string, () => Document][] = [
      ['invented page', () => parse(PAGE)],
      ...PAGES.map((name): [string, () => Document] => [name, () => fixture(name)]),
    ];
    for (const [name, doc] of docs) {
      const expected = paragraphs(Original, doc(), UNTOUCHED);
      expect(paragraphs(Shipped, doc(), READABILITY_OPTIONS), name).toEqual(expected);
      expect(paragraphs(Original, doc(), READABILITY_OPTIONS), name).toEqual(expected);
    }
    expect(paragraphs(Shipped, parse(PAGE), READABILITY_OPTIONS).join('\n')).toContain('詳しい内訳は来月公表する');
    expect(paragraphs(Shipped, parse(PAGE), READABILITY_OPTIONS)).toEqual(
      expect.arrayContaining([
        '岸壁の工事は来年4月に始まり、約2年かかる。',
        '新しい岸壁は全長約320メートルで、大型船2隻が同時に着ける。',
        '港を使う船は年に約3千隻。',
        'うち外国船が4割を占め、その数は5年で2倍になった。',
      ]),
    );
  });

  it('fails the build on a Readability whose text it does not know', () => {
    const quiet = quietReadability(SOURCE);
    expect(() => unusedOut(quiet.replace('_isSingleImage(node) {', '_isSingleImage(el) {'))).toThrow(
      /readability-unused: expected singleImage once in Readability.js, found it 0 times/,
    );
    expect(() =>
      unusedOut(quiet.replace('_prepDocument() {', '_prepDocument() {\n    this._cleanClasses(this._doc);')),
    ).toThrow(/still uses \._cleanClasses/);
    const plugin = readabilityUnused();
    expect(plugin.transform(quiet, PATH)?.code).not.toMatch(/toAbsoluteURI/);
    expect(plugin.transform('export const x = 1;', '/app/lib/content/page/readability.ts')).toBeNull();
  });
});

describe('the package index without isProbablyReaderable', () => {
  const INDEX = require.resolve('@mozilla/readability');
  const text = readFileSync(INDEX, 'utf8');

  it('exports Readability alone, and no longer requires the readerable module', () => {
    const mod = { exports: {} as Record<string, unknown> };
    const req = (id: string) => {
      if (id !== './Readability') throw new Error(`required ${id}`);
      return Original;
    };
    new Function('require', 'module', 'exports', indexOut(text))(req, mod, mod.exports);
    expect(Object.keys(mod.exports)).toEqual(['Readability']);
    expect(mod.exports.Readability).toBe(Original);
  });

  it('fails the build on a text it does not know, and the plugin edits the index', () => {
    expect(() => indexOut(text.replace('isProbablyReaderable,', 'isReaderable,'))).toThrow(
      /expected export once in index\.js, found it 0 times/,
    );
    expect(readabilityUnused().transform(text, INDEX)?.code).not.toMatch(/Readability-readerable/);
  });
});
