import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { isRunningTime } from '../../../../lib/content/page/running-time';
import { parse } from './load';

describe('isRunningTime: a clip’s length on its thumbnail', () => {
  it.each(['2:47', '12:05', '1:02:45', '▶ 0:58', '３:１５'])('%s is one', (s) => {
    expect(isRunningTime(s)).toBe(true);
  });
  it.each(['2:47の差で', '午後2:47', '3:2', '2:75', '写真 2:47'])('%s is not', (s) => {
    expect(isRunningTime(s)).toBe(false);
  });
});

describe('a video placeholder over the story', () => {
  it('its running time is no caption of the story; a photo’s caption stays', () => {
    const doc = parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-10-01T18:00:00+09:00"><title>港に大型客船が初寄港｜北浜テレビ</title></head>
      <body><main><div class="player"><div><img src="/t.jpg" alt=""><button type="button" aria-label="再生"></button><span class="len">2:47</span></div></div>
      <h1>港に大型客船が初寄港</h1>
      <p>北浜港に1日、全長290メートルの大型客船が初めて寄港しました。乗客およそ3千人が市内の観光地を訪れました。</p>
      <div><img src="/p.jpg" alt=""><span>岸壁に着いた客船</span></div>
      <p>市は、来年は10回以上の寄港を見込んでいるということです。</p></main></body></html>`);
    const text = extractArticle(doc).map.text;
    expect(text).toContain('乗客およそ3千人');
    expect(text).toContain('岸壁に着いた客船');
    expect(text).not.toContain('2:47');
  });
});
