import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { urlPublished, visiblePublished } from '../../../../lib/content/page/published';
import { parse } from './load';

describe('visiblePublished', () => {
  it('reads the first full date in a date-classed element or <time>', () => {
    const doc = parse(
      '<div><span class="cat">地域</span><p class="updated-date">最終更新:3/9(木) 18:45</p><span class="post-day">２０２４年１１月５日 9:30</span></div>',
    );
    expect(visiblePublished(doc.querySelector('div') as Element)).toBe('2024-11-05');
    expect(
      visiblePublished(
        parse('<div><time datetime="2023-02-01T08:00">2月1日</time></div>').querySelector('div') as Element,
      ),
    ).toBe('2023-02-01');
    expect(
      visiblePublished(parse('<div><p class="lead">2024年11月5日に開いた</p></div>').querySelector('div') as Element),
    ).toBeNull();
  });

  it('passes over an upkeep stamp and the dates of linked list items', () => {
    const at = (body: string) => visiblePublished(parse(`<div>${body}</div>`).querySelector('div') as Element);
    expect(at('<p class="updateDate">最終更新日：2025年5月13日</p>')).toBeNull();
    expect(at('<span class="date">更新日 令和7年5月13日</span><time>2025-05-02</time>')).toBe('2025-05-02');
    expect(at('<ul><li><a href="/ir/a.pdf">決算短信</a><time>2025/05/13</time></li></ul>')).toBeNull();
    // A dateline with its correction after it is still the dateline; so is a date in a list of no links.
    expect(at('<p class="date">2021年10月13日 11:23（2021年10月13日 12:07更新）</p>')).toBe('2021-10-13');
    expect(at('<ul class="meta"><li><time>2025-05-13</time></li><li>北山支局</li></ul>')).toBe('2025-05-13');
  });

  it('is the page date when <head> declares none', () => {
    const para =
      '<p>市によると、今年の夏祭りには約3万人が訪れた。前の年より2割ほど多かった。会場は終日にぎわった。</p>';
    const doc = parse(
      `<html lang="ja"><body><article><header><h1>夏祭りに3万人</h1><div class="meta"><span class="day">2022年8月7日 18:00</span></div></header><div class="body">${para.repeat(4)}</div></article></body></html>`,
    );
    expect(extractArticle(doc).meta.published).toBe('2022-08-07');
  });
});

describe('urlPublished', () => {
  it.each([
    ['http://headlines.example.jp/hl?a=20170309-35097838-cnetj-sci', '2017-03-09'],
    ['https://news.example.jp/articles/20211013/k00/00m/040/098000c', '2021-10-13'],
    ['https://example.jp/2019/04/03/storage-news/', '2019-04-03'],
    ['https://example.jp/html/20241305/k1001.html', null],
    ['https://example.jp/articles/-/3178894', null],
    [null, null],
  ])('%s → %s', (url, iso) => {
    expect(urlPublished(url)).toBe(iso);
  });
});
