import { describe, expect, it } from 'vitest';
import { datelineIsoDate, hasArticleType, readMetadata, toIsoDate } from '../../../../lib/content/page/metadata';
import { siteOfTitle } from '../../../../lib/content/page/outlet';
import { parse } from './load';

const page = (head: string, body = '', htmlAttrs = '') =>
  parse(`<html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;

describe('readMetadata', () => {
  it('finds the article in a JSON-LD @graph, with headline, date, writer and outlet', () => {
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
    expect([m.title, m.published, m.byline]).toEqual(['市の人口が減少', '2024-03-05', '地域新報']);
    expect(m.writers).toEqual(['山田 花子']);
    expect(m.dated).toBe(true);
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

describe('the byline names the outlet', () => {
  const byline = (head: string) => readMetadata(page(head)).byline;

  it('takes the organisation that wrote a portal story over the portal', () => {
    const story = {
      '@type': 'NewsArticle',
      author: { '@type': 'Organization', name: '港町放送' },
      publisher: { '@type': 'Organization', name: 'まとめポータル' },
    };
    expect(byline(ld(story))).toBe('港町放送');
  });

  it('never takes a reporter for the outlet, nor an address', () => {
    const person = { '@type': 'NewsArticle', author: { '@type': 'Person', name: '青木 陽介' } };
    expect(byline(`${ld(person)}<meta property="og:site_name" content="北浜タイムズ">`)).toBe('北浜タイムズ');
    expect(
      byline(
        '<meta property="article:author" content="https://www.facebook.com/minatoshimpo"><meta name="author" content="www.minato.example"><title>漁港の朝市、来場者が10万人 | 山なみ新聞</title>',
      ),
    ).toBe('山なみ新聞');
  });

  it('falls back to the site part of <title>, then the host, never the whole address', () => {
    expect(byline('<title>漁港の朝市、来場者が10万人 - 山なみ新聞</title>')).toBe('山なみ新聞');
    expect(byline('<title>見出し：みらい新聞デジタル</title><meta property="og:title" content="見出し">')).toBe(
      'みらい新聞デジタル',
    );
    // A title that is all headline names no site; the host of og:url does.
    expect(
      byline(
        '<title>漁港の朝市、来場者が10万人</title><meta property="og:url" content="https://www.yamanami.example/n/1.html">',
      ),
    ).toBe('yamanami.example');
  });

  it('passes over a name no outlet has: too long, or only invisible characters', () => {
    const huge = 'あ'.repeat(500_000);
    expect(
      byline(`<meta property="og:site_name" content="${huge}"><meta name="application-name" content="北浜タイムズ">`),
    ).toBe('北浜タイムズ');
    expect(byline('<meta property="og:site_name" content="\u202e\u200b"><title>a | 北浜\u202eタイムズ</title>')).toBe(
      '北浜タイムズ',
    );
  });
});

describe('what the page declares it is', () => {
  const meta = (head: string, body = '') => readMetadata(page(head, body));

  it('a Product or a shop as its main entity, og:type product or a price', () => {
    expect(meta(ld({ '@type': 'Product', name: '保温ボトル' })).declaredKind).toBe('product');
    expect(
      meta(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Restaurant', name: 'そば処' }] })).declaredKind,
    ).toBe('shop');
    expect(meta(ld({ '@type': 'ClothingStore', name: '洋品店' })).declaredKind).toBe('shop');
    // A programme's episode page: its show notes read like a lead, but it carries the programme.
    expect(meta(ld({ '@type': 'PodcastEpisode', name: '#42 港の朝市' })).declaredKind).toBe('listing');
    expect(meta(ld({ '@type': 'RadioEpisode', name: '第7回' })).declaredKind).toBe('listing');
    // A glossary's entry: 「線状降水帯」 in a paper's キーワード辞典.
    expect(meta(ld({ '@type': 'DefinedTerm', name: '内水氾濫' })).declaredKind).toBe('listing');
    // Whatever its type, a main entity with offers is for sale: a tour, a course, a ticket.
    const tour = {
      '@type': 'TouristTrip',
      name: '知床めぐり',
      offers: { '@type': 'AggregateOffer', lowPrice: '129000' },
    };
    expect(meta(ld(tour)).declaredKind).toBe('product');
    expect(meta('<meta property="og:type" content="product">').declaredKind).toBe('product');
    expect(meta('<meta property="product:price:amount" content="3300">').declaredKind).toBe('product');
    expect(
      meta('', '<div itemscope itemtype="https://schema.org/Product"><span>3,300円</span></div>').declaredKind,
    ).toBe('product');
  });

  it('not a product a review article is about, nor an offer inside a news page', () => {
    const review = { '@type': 'NewsArticle', itemReviewed: { '@type': 'Product', name: '新型スマホ' } };
    expect(meta(ld(review)).declaredKind).toBe(null);
    const micro =
      '<article itemscope itemtype="https://schema.org/NewsArticle"><div itemscope itemtype="https://schema.org/Offer"></div></article>';
    expect(meta('', micro).declaredKind).toBe(null);
    // Offers of a thing the page is not about (a story's mentions) sell nothing on it.
    const mentions = { '@type': 'Article', mentions: { '@type': 'TouristTrip', offers: { '@type': 'Offer' } } };
    expect(meta(ld(mentions)).declaredKind).toBe(null);
  });

  it('a Review is a thing to buy unless an organisation publishes it: an outlet’s signed review', () => {
    const reviewed = { '@type': 'Product', name: '電気圧力鍋' };
    const blogger = { '@type': 'Review', itemReviewed: reviewed, author: { '@type': 'Person', name: 'みのり' } };
    expect(meta(ld(blogger)).declaredKind).toBe('product');
    const outlet = { ...blogger, publisher: { '@type': 'NewsMediaOrganization', name: '家電ジャーナル' } };
    expect(meta(ld(outlet)).declaredKind).toBe(null);
    expect(meta(ld({ ...blogger, publisher: { '@type': 'Person', name: 'みのり' } })).declaredKind).toBe('product');
  });

  it('a date only when <head> gives one; the section it files itself under', () => {
    expect(meta('<meta property="article:published_time" content="2025-10-08T07:00:00+09:00">').dated).toBe(true);
    const timed = meta('', '<time datetime="2025-10-08">10月8日</time>');
    expect([timed.published, timed.dated]).toEqual(['2025-10-08', false]);
    expect(meta('<meta property="article:section" content="コラム">').section).toBe('コラム');
    expect(meta(ld({ '@type': 'NewsArticle', articleSection: ['オピニオン', '経済'] })).section).toBe('オピニオン');
  });

  it('its writers: persons from JSON-LD authors and creators and meta author, no organisations or addresses', () => {
    const m = meta(
      `${ld({ '@type': 'NewsArticle', author: [{ '@type': 'Organization', name: '北浜タイムズ' }], creator: ['森下 亮', '森下 亮'] })}<meta name="author" content="編集部"><meta property="article:author" content="https://www.facebook.com/x">`,
    );
    expect(m.writers).toEqual(['森下 亮']);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2025-07-10T09:00:00+09:00', '2025-07-10'],
    ['2019/3/2', '2019-03-02'],
    ['２０１９年３月２日', '2019-03-02'],
    ['2024年 11月 25日', '2024-11-25'],
    // The era's year in brackets after the western one, as local papers date their pages.
    ['2024年（令和6年）11月14日（木）', '2024-11-14'],
    ['２０１９年（平成３１年）４月３０日', '2019-04-30'],
    ['2019年(令和元年)5月1日', '2019-05-01'],
    ['2024年（金）11月14日', null],
    ['2024年7月\n2024年6月', null],
    ['3月2日', null],
    ['2019-13-40', null],
    [null, null],
  ])('%s → %s', (v, iso) => {
    expect(toIsoDate(v)).toBe(iso);
  });
});

describe('datelineIsoDate: the date that dates a story, not a page’s upkeep', () => {
  it.each([
    ['2025年2月7日号', '2025-02-07'],
    ['島根　2024/08/22', '2024-08-22'],
    ['更新日：2025年4月1日', null],
    ['最終更新 2025/4/1', null],
    ['更新日：2025年4月1日　掲載日：2025年3月28日', '2025-03-28'],
    ['2024年度の実績', null],
    ['令和6年11月8日（金）', '2024-11-08'],
    // A span's start or end is what is to come, no dateline: a notice's 「…から始まります」, a deadline.
    ['重要なお知らせ　令和8年10月1日から新しい料金になります', null],
    ['申し込みは2026年5月31日（金）まで', null],
    ['2026年6月2日以降に発送します', null],
    ['2026年4月1日から受け付け　掲載日：2026年3月2日', '2026-03-02'],
    ['平成元年4月1日', '1989-04-01'],
    ['2024年（令和6年）11月14日（木）', '2024-11-14'],
    ['更新日：令和7年4月1日', null],
  ])('%s → %s', (v, iso) => {
    expect(datelineIsoDate(v)).toBe(iso);
  });
});

describe('siteOfTitle: the outlet by <title>, once the headline is known', () => {
  it.each([
    ['北山新聞｜但馬｜コウノトリのひな巣立ち', 'コウノトリのひな巣立ち', '北山新聞'],
    ['コウノトリのひな巣立ち | 北浜タイムズ', 'コウノトリのひな巣立ち', '北浜タイムズ'],
    ['北山タウン週報　地域ニュース', '旧郵便局が「まちの工房」に', '北山タウン週報'],
    ['山陰ローカルニュース', '在来種の栽培に挑戦', '山陰ローカルニュース'],
    ['コウノトリのひな巣立ち', 'コウノトリのひな巣立ち', null],
  ])('%s (headline %s) → %s', (title, headline, site) => {
    expect(siteOfTitle(title, headline)).toBe(site);
  });
});
