import { describe, expect, it } from 'vitest';
import { blocksUnder, textOf } from '../../../../lib/content/page/blocks';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

const page = (body: string) =>
  parse(
    `<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-10-21T05:00:00+09:00"><title>町営バス、運転手に週休3日</title></head><body>${body}</body></html>`,
  );
const story =
  '<p>北山町は、町営バスの運転手の勤務を週休3日に改めると発表した。来年4月から始める。</p><p>町によると、運転手は20人で、この3年で5人が辞めた。町長は「働きやすさで人を集めたい」と話した。</p>';

describe('what stands around the body is still the article’s', () => {
  it('a subtitle the page names so, though it ends no sentence; the byline and date beside it are not', () => {
    const got = extractArticle(
      page(
        `<main><div class="article-header"><h1>町営バス、運転手に週休3日</h1><p class="sub-title">人手不足の中「選ばれる職場」へ</p><div class="author-info"><span>北山 花子</span><span>2025/10/21 5:00</span></div></div><div class="article-body">${story}</div></main>`,
      ),
    );
    expect(got.isArticle).toBe(true);
    expect(got.map.text.split('\n').slice(0, 2)).toEqual([
      '町営バス、運転手に週休3日',
      '人手不足の中「選ばれる職場」へ',
    ]);
    expect(got.map.text).not.toContain('北山 花子');
  });

  it('a kicker or label line under the headline with no subtitle class is left out', () => {
    const got = extractArticle(
      page(
        `<main><div class="article-header"><h1>町営バス、運転手に週休3日</h1><p class="category">地域の交通を考える</p></div><div class="article-body">${story}</div></main>`,
      ),
    );
    expect(got.map.text).not.toContain('地域の交通を考える');
  });

  it('an old table layout’s caption: the one cell of a row under a row holding only the photo', () => {
    const doc = parse(
      '<html lang="ja"><body><table id="t"><tr><td><img src="/bus.jpg"></td></tr><tr><td><font size="2">町営バスの車庫に並ぶバス＝北山町（町提供）</font></td></tr><tr><td>料金は大人200円。</td></tr></table></body></html>',
    );
    const lines = blocksUnder(doc.getElementById('t') as Element).map((b) => ({ kind: b.kind, text: textOf(b) }));
    expect(lines).toEqual([
      { kind: 'caption', text: '町営バスの車庫に並ぶバス＝北山町（町提供）' },
      // Under a row of text, a cell is a line of the story.
      { kind: 'paragraph', text: '料金は大人200円。' },
    ]);
  });

  it('a photo’s caption set right after the body, outside it; a teaser card after it is not', () => {
    const got = extractArticle(
      page(
        `<div id="main"><div class="title">町営バス、運転手に週休3日</div><div class="text">${story}</div><div class="photo"><img src="/bus.jpg" alt=""><p>【町営バスの車庫＝北山町で】</p></div><div class="next"><a href="/n/2"><img src="/n2.jpg" alt=""><p>駅前の朝市、来月から毎週に</p></a></div></div>`,
      ),
    );
    expect(got.map.text).toContain('【町営バスの車庫＝北山町で】');
    expect(got.map.text).not.toContain('駅前の朝市');
  });

  it('a side column after the body, banners over a box of listed entries, is no photo’s caption', () => {
    const body =
      '北山町は、町営バスの運転手の勤務を週休3日に改めると発表した。来年4月から始める。<br><br>町によると、運転手は20人で、この3年で5人が辞めた。';
    const got = extractArticle(
      page(
        `<div id="wrap"><div id="left"><h2>町営バス、運転手に週休3日</h2><span class="date">2025年10月21日</span><br>${body}</div><div id="right"><div class="bnr"><a href="/koudoku/"><img src="/b.gif" alt="購読"></a></div><div class="side"><p>今週の催し</p><ul><li>6/1 北山城 特別公開</li><li>6/2 朝市</li></ul></div></div></div>`,
      ),
    ).map.text;
    expect(got).toContain('運転手は20人');
    expect(got).not.toContain('今週の催し');
    expect(got).not.toContain('北山城 特別公開');
  });
});
