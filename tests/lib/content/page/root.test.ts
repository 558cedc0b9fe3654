import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

const head =
  '<meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-08-10T12:00:00+09:00">';
const entry = (time: string, title: string, text: string) =>
  `<section class="entry"><div class="meta"><time>${time}</time></div><h3>${title}</h3><div class="entry-body"><p>${text}</p></div></section>`;
const entries = [
  entry(
    '12:00',
    '県が対策本部',
    '県は10日正午、大雨への警戒を強めるため災害対策本部を設けた。知事は「空振りを恐れず早めに避難を」と話した。',
  ),
  entry(
    '11:20',
    '川の水位上昇',
    '北川の水位は午前11時に氾濫危険水位を超えた。流域の3市町が合わせて約2万世帯に避難指示を出している。',
  ),
  entry(
    '10:40',
    '鉄道の運休続く',
    'JRは在来線の全線で午前中の運転を取りやめた。午後の運転は正午すぎに改めて判断するという。',
  ),
  entry(
    '10:00',
    '大雨特別警報',
    '気象台は午前10時、県の南部に大雨特別警報を出した。同日中に100ミリを超える雨が降る所があるとみている。',
  ),
].join('');
const live = `<article class="live"><header><h1>【随時更新】大雨、県南部に特別警報 避難指示2万世帯</h1></header><p class="lead">県南部では10日朝から激しい雨が降り続いている。最新の状況を随時伝える。</p><div class="entries">${entries}</div></article>`;
const box =
  '<section class="box-links"><h2>命を守る行動を</h2><p>自治体の避難情報は刻々と変わります。危ないと感じたら、ためらわずに近くの避難所へ移ってください。</p><ul><li><a href="#">気象庁の防災情報</a></li><li><a href="#">県の防災ページ</a></li></ul></section>';
const page = (main: string) => parse(`<html lang="ja"><head>${head}</head><body><main>${main}</main></body></html>`);

describe('the root is the story, not the page part around it', () => {
  it('a live page’s box after its <article> in <main> is the site’s, under every story', () => {
    const got = extractArticle(page(`${live}${box}`));
    expect(got.isArticle).toBe(true);
    expect(got.articleRoot?.tagName).toBe('ARTICLE');
    expect(got.map.text).toContain('約2万世帯に避難指示を出している。');
    expect(got.map.text).not.toMatch(/命を守る行動を|ためらわずに/);
  });

  it('prose before the <article> (a standfirst outside it) keeps the wider root', () => {
    const standfirst =
      '<p class="standfirst">記録的な大雨で、県南部の暮らしが止まった。住民や行政の動きを時間を追って伝える。</p>';
    const got = extractArticle(page(`${standfirst}${live}`));
    expect(got.articleRoot?.tagName).toBe('MAIN');
    expect(got.map.text).toContain('住民や行政の動きを時間を追って伝える。');
  });
});
