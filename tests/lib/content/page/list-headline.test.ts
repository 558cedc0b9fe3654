import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// A legacy page's story written as a definition list: no heading element, a <title> of the site's name
// alone, no metadata. The <dt> over the body's <dd>s is its headline.

const story =
  '　北山市と北山漁協は11日、北山湾で稚魚の放流を行った。漁協の組合員ら約30人が、ヒラメの稚魚約2万匹を船から放した。' +
  '<br>　市によると、放流は今年で20年目。昨年の水揚げは前年より1割多かったという。<br>' +
  '　漁協の組合長（68）は「豊かな海を次の世代に残したい」と話していた。';
const page = (dl: string) =>
  parse(
    `<html lang="ja"><head><meta charset="utf-8"><title>北山日報社</title></head><body><div id="head"><a href="/">北山日報社</a></div>` +
      `<div id="left"><p class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news/">ニュース</a></p>${dl}` +
      '<div class="list"><ul><li><a href="/n/1">港の貨物量が増加</a></li><li><a href="/n/2">駅前で火災</a></li></ul></div></div></body></html>',
  );

describe('a definition-list story', () => {
  it('is an article, its <dt> the headline over a dated body', () => {
    const dl = `<dl class="news_detail"><dt>北山湾でヒラメ稚魚2万匹放流　市と漁協</dt><dd class="day">2019年11月12日</dd><dd class="honbun">${story}</dd></dl>`;
    const result = extractArticle(page(dl));
    expect(result.reason).toBe('ok');
    expect(result.meta.title).toContain('北山湾でヒラメ稚魚2万匹放流');
  });

  it('takes no sentence for a headline, nor a <dt> over a short definition', () => {
    const sentence = `<dl><dt>北山湾で稚魚を放流しました。</dt><dd>${story}</dd></dl>`;
    expect(extractArticle(page(sentence)).meta.title).not.toContain('放流しました');
    const glossary = '<dl><dt>稚魚</dt><dd>卵からかえって間もない魚。</dd></dl>';
    expect(extractArticle(page(glossary)).reason).not.toBe('ok');
  });
});
