import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../../../lib/content/page/author';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { readMetadata } from '../../../../lib/content/page/metadata';
import { pageAnalysisInput } from '../../../../lib/shared/page-facts';
import { fixture, parse } from './load';

const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const body = `<article><h1>値上げの夏に備える</h1><p>この夏も食品の値上げが続く。相談に来る夫婦の多くが、食費が1年前より1万円ほど増えたと話す。</p><p>まず勧めているのは固定費の見直しだ。保険を見直すだけで月に5000円ほど浮く家庭もある。</p><p>家族で1カ月分の支出を書き出すことから始めてほしい。</p></article>`;
const page = (head: string, inner = body) =>
  parse(`<html lang="ja"><head><meta property="og:type" content="article">${head}</head><body>${inner}</body></html>`);

describe('cleanAuthor', () => {
  it.each([
    ['村井 千尋 : ファイナンシャルプランナー', '村井 千尋'],
    ['文・佐伯健（大学教授）', '佐伯健'],
    ['筆者：山田 花子', '山田 花子'],
    ['山田太郎／経済部', '山田太郎'],
    ['森下亮記者', '森下亮'],
    ['  青木\u3000陽介 ', '青木 陽介'],
  ])('%s → %s', (raw, name) => {
    expect(cleanAuthor(raw)).toBe(name);
  });

  it.each([
    '編集部',
    '週刊マネー通信編集部',
    '株式会社インプレス',
    'https://www.facebook.com/murai',
    'ファイナンシャルプランナー。1979年生まれ。銀行勤務を経て独立した。',
    'あ'.repeat(500_000),
  ])('no person: %s', (raw) => {
    expect(cleanAuthor(raw)).toBe(null);
  });
});

describe('the author of a signed column', () => {
  it('a column: JSON-LD Person author in a コラム section, and it reaches the analysis options', () => {
    const p = extractArticle(fixture('column'));
    expect(p.meta.author).toBe('村井 千尋');
    expect(pageAnalysisInput(p.meta, p)).toEqual({
      options: { published: '2025-07-01', byline: '週刊マネー通信', author: '村井 千尋' },
      facts: { title: '「値上げの夏」に家計はどう備えるか', isJapanese: true, isArticle: true },
    });
  });

  it('a contributed essay: meta author, 寄稿 before the headline and オピニオン in the breadcrumb', () => {
    expect(extractArticle(fixture('essay-meta')).meta.author).toBe('佐伯 健');
    // The breadcrumb alone files it as opinion.
    const crumbs =
      '<ul class="topicpath"><li><a href="/">トップ</a></li><li><a href="/opinion/">オピニオン</a></li></ul>';
    expect(extractArticle(page('<meta name="author" content="佐伯 健">', crumbs + body)).meta.author).toBe('佐伯 健');
    expect(extractArticle(page('<meta name="author" content="佐伯 健">', body)).meta.author).toBe(null);
  });

  it('an opinion page that declares no writer: the name in its byline element', () => {
    const doc = page(
      '<meta property="og:url" content="https://news.example.jp/opinion/2025/07/01/1234.html">',
      `<div class="story"><div class="article-author">文・山田花子（経済評論家）</div>${body}</div>`,
    );
    expect(extractArticle(doc).meta.author).toBe('山田花子');
  });

  it('OpinionNewsArticle and BlogPosting are signed; only a person signs', () => {
    const person = { '@type': 'Person', name: '村井 千尋' };
    expect(readMetadata(page(ld({ '@type': 'OpinionNewsArticle', author: person }))).author).toBe('村井 千尋');
    expect(readMetadata(page(ld({ '@type': 'BlogPosting', author: person }))).author).toBe('村井 千尋');
    const desk = ld({ '@type': 'OpinionNewsArticle', author: { '@type': 'Person', name: '論説委員室編集部' } });
    expect(extractArticle(page(desk)).meta.author).toBe(null);
  });

  it('a news report has no author, however many reporters it names', () => {
    expect(extractArticle(fixture('ruby-article')).meta.author).toBe(null);
    expect(extractArticle(fixture('paywall')).meta.author).toBe(null);
    const report = ld({
      '@type': 'NewsArticle',
      articleSection: '経済',
      author: { '@type': 'Person', name: '森下 亮' },
    });
    expect(extractArticle(page(report)).meta.author).toBe(null);
  });

  it('a page that is not an article has none, whatever its blog says', () => {
    expect(extractArticle(fixture('thread')).meta.author).toBe(null);
  });
});
