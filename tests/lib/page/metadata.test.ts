import { describe, expect, it } from 'vitest';
import { hasArticleType, readMetadata, toIsoDate } from '../../../lib/page/metadata';
import { parse } from './load';

const page = (head: string, body = '', htmlAttrs = '') =>
  parse(`<html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;

describe('readMetadata', () => {
  it('finds the article in a JSON-LD @graph, with headline, date and author', () => {
    const m = readMetadata(
      page(
        ld({
          '@graph': [
            { '@type': 'WebSite', name: '地域新報' },
            {
              '@type': 'NewsArticle',
              headline: '市の人口が減少',
              datePublished: '2024-03-05T07:00:00+09:00',
              author: [{ name: '山田 花子' }],
            },
          ],
        }),
      ),
    );
    expect(hasArticleType(m)).toBe(true);
    expect([m.title, m.published, m.byline]).toEqual(['市の人口が減少', '2024-03-05', '山田 花子']);
  });

  it('follows nested nodes (mainEntity) and schema.org URLs as types', () => {
    const m = readMetadata(
      page(ld({ '@type': 'WebPage', mainEntity: { '@type': 'https://schema.org/NewsArticle', headline: '見出し' } })),
    );
    expect(hasArticleType(m)).toBe(true);
  });

  it('counts microdata itemtypes', () => {
    const m = readMetadata(page('', '<div itemscope itemtype="http://schema.org/NewsArticle"><p>本文</p></div>'));
    expect(hasArticleType(m)).toBe(true);
    expect(hasArticleType(readMetadata(page('', '<div itemscope itemtype="http://schema.org/WebPage"></div>')))).toBe(
      false,
    );
  });

  it('reads <meta name="og:type" value="…"> and the language from og:locale', () => {
    const m = readMetadata(page('<meta value="article" name="og:type"><meta property="og:locale" content="ja_JP">'));
    expect(m.ogType).toBe('article');
    expect(m.lang).toBe('ja_JP');
    expect(readMetadata(page('', '', 'lang="ja"')).lang).toBe('ja');
  });

  it('falls back to the publisher, then og:site_name, for the byline', () => {
    expect(readMetadata(page(ld({ '@type': 'NewsArticle', publisher: { name: '地域新報' } }))).byline).toBe('地域新報');
    expect(readMetadata(page('<meta property="og:site_name" content="港町ニュース">')).byline).toBe('港町ニュース');
  });

  it('survives broken JSON-LD', () => {
    const m = readMetadata(
      page(
        '<script type="application/ld+json">{"@type": "NewsArticle",</script><meta property="og:type" content="article">',
      ),
    );
    expect(m.ogType).toBe('article');
    expect(hasArticleType(m)).toBe(false);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2025-07-10T09:00:00+09:00', '2025-07-10'],
    ['2019/3/2', '2019-03-02'],
    ['２０１９年３月２日', '2019-03-02'],
    ['3月2日', null],
    ['2019-13-40', null],
    [null, null],
  ])('%s → %s', (v, iso) => {
    expect(toIsoDate(v)).toBe(iso);
  });
});
