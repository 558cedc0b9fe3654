import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// A photo story whose whole text is the caption under its one photo: no paragraph at all, the caption's
// sentences closing as a news photo's do (「＝北山市本町」).

const page = (caption: string) =>
  parse(
    '<html lang="ja"><head><meta charset="utf-8"><title>北山川で灯籠流し | 北山日日新聞</title>' +
      '<meta property="og:type" content="article"><meta property="og:title" content="北山川で灯籠流し"></head><body>' +
      '<header><a href="/">北山日日新聞</a></header><main><div class="photo-detail"><h1>北山川で灯籠流し</h1>' +
      `<p class="date">2025年8月16日 20時10分</p><figure><img src="/p/1.jpg" alt=""><figcaption>${caption}</figcaption></figure></div>` +
      '<section class="photo-list"><h2>最新の写真ニュース</h2><ul><li><a href="/p/2">駅前で夏祭り</a></li><li><a href="/p/3">海水浴場がにぎわう</a></li></ul></section>' +
      '</main></body></html>',
  );

const story =
  '北山市の北山川で16日、お盆の送り火の灯籠流しがあり、家族連れら約300人が約千個の灯籠を川面に浮かべた。' +
  '地元の保存会が毎年開いており、今年で70回目。灯籠は下流で回収された。';

describe('a photo story told in its caption', () => {
  it('is an article when the caption closes with the place it was taken', () => {
    expect(extractArticle(page(`${story}＝北山市中町`)).reason).toBe('ok');
  });

  it('is not when the caption is a plain photo label, however long', () => {
    expect(extractArticle(page(story)).reason).toBe('no-text');
    expect(extractArticle(page('北山川の灯籠流し（資料写真）')).reason).toBe('no-text');
  });
});
