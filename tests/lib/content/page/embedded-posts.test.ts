import { describe, expect, it } from 'vitest';
import { attributionName } from '../../../../lib/content/page/embedded-posts';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { fixture, parse } from './load';

describe('embedded posts in an article', () => {
  const page = extractArticle(fixture('embedded-posts'));
  const text = page.map.text;
  const said = page.speakers.map((s) => [s.speaker, text.slice(s.start, s.end)]);

  it('keeps the posts’ words in the body', () => {
    expect(page.isArticle).toBe(true);
    expect(text).toContain('新茶ソーダは本日、用意した12万本が完売しました。');
    expect(text).toContain('週末は市内の直売所に最大3000人の来場が見込まれます。');
    expect(text).toContain('新茶ソーダを使ったゼリー、砂糖は15グラムで十分です。');
  });

  it('drops the embeds’ furniture', () => {
    expect(text).not.toMatch(/pic\.twitter\.com|@towa_drinks|@kitahama_city|July 4, 2025|View this post|A post shared/);
    expect(text).not.toContain('東和飲料株式会社');
  });

  it('names each post’s author by display name, with the span of its words', () => {
    expect(said).toEqual([
      [
        '東和飲料株式会社',
        '新茶ソーダは本日、用意した12万本が完売しました。追加の8万本を来週出荷します。ご迷惑をおかけし申し訳ありません。',
      ],
      ['北浜市役所', '週末は市内の直売所に最大3000人の来場が見込まれます。公共交通機関をご利用ください。'],
      ['川村みどり', '新茶ソーダを使ったゼリー、砂糖は15グラムで十分です。'],
    ]);
  });

  it('names no one for a post signed by a handle alone', () => {
    expect(text).toContain('まだ買えていません。');
    expect(said.map((s) => s[0])).not.toContain('@user_12345');
  });

  it('leaves a page without embeds with no speakers', () => {
    expect(extractArticle(fixture('ruby-article')).speakers).toEqual([]);
  });

  it('reads a static copy: a plain blockquote linking to a post', () => {
    const doc =
      parse(`<html lang="ja"><head><meta property="og:type" content="article"><title>新駅の利用者</title></head><body><article><h1>新駅の利用者</h1>
      <p>北浜市の新駅は開業から1週間がたった。市の担当者は利用が想定を上回っていると話した。周辺の道路も混雑している。</p>
      <blockquote><p>開業1週間の利用者は延べ4万人でした。</p><p>― 北浜市交通局（@kitahama_kotsu）<a href="https://x.com/kitahama_kotsu/status/1941234567">2025年7月5日</a></p></blockquote>
      <p>同局は今後、臨時列車を増やすかどうか検討するとしている。駅前の商店街も売り上げが伸びているという。</p></article></body></html>`);
    const p = extractArticle(doc);
    expect(p.speakers.map((s) => [s.speaker, p.map.text.slice(s.start, s.end)])).toEqual([
      ['北浜市交通局', '開業1週間の利用者は延べ4万人でした。'],
    ]);
    expect(p.map.text).not.toContain('kitahama_kotsu');
  });

  it('reads a Facebook embed’s author, and drops a TikTok embed’s lone handle and sound credit', () => {
    const doc =
      parse(`<html lang="ja"><head><meta property="og:type" content="article"><title>港まつりの人出</title></head><body><article><h1>港まつりの人出</h1>
      <p>北浜市の港まつりが3日に開かれた。会場の周辺では交通規制が敷かれ、臨時のバスも運行された。</p>
      <div class="fb-post" data-href="https://www.facebook.com/kitahama.kanko/posts/123"><blockquote cite="https://www.facebook.com/kitahama.kanko/posts/123" class="fb-xfbml-parse-ignore"><p>港まつりには約5万人が訪れました。ご来場ありがとうございました。</p>Posted by <a href="https://www.facebook.com/kitahama.kanko">北浜市観光協会</a> on <a href="https://www.facebook.com/kitahama.kanko/posts/123">Sunday, August 3, 2025</a></blockquote></div>
      <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@minato_dance/video/7312345678901234567"><section><a title="@minato_dance" href="https://www.tiktok.com/@minato_dance">@minato_dance</a><p>港まつりで30人で踊りました。</p><a title="♬ original sound - minato_dance" href="https://www.tiktok.com/music/x">♬ original sound - minato_dance</a></section></blockquote>
      <p>協会は来年も同じ時期に開く予定だとしている。会場の清掃にはボランティアも参加した。</p></article></body></html>`);
    const p = extractArticle(doc);
    expect(p.speakers.map((s) => [s.speaker, p.map.text.slice(s.start, s.end)])).toEqual([
      ['北浜市観光協会', '港まつりには約5万人が訪れました。ご来場ありがとうございました。'],
    ]);
    expect(p.map.text).toContain('港まつりで30人で踊りました。');
    expect(p.map.text).not.toMatch(/Posted by|Sunday|minato_dance|original sound/);
  });
});

describe('attributionName: a display name, never a handle or an address, cleaned and capped', () => {
  it.each([
    ['— 東和飲料株式会社 (@towa_drinks) July 4, 2025', '東和飲料株式会社'],
    ['― 気象庁（@JMA_kishou）2025年7月4日', '気象庁'],
    ['A post shared by 川村みどり (@midori_kitchen)', '川村みどり'],
    ['川村みどり(@midori_kitchen)がシェアした投稿', '川村みどり'],
    ['— 北浜\u202e市 (@kitahama) July 4, 2025', '北浜市'],
    ['— towa_drinks (@towa_drinks) July 4, 2025', null],
    ['— @towa_drinks (@towa_drinks) July 4, 2025', null],
    ['— https://example.com (@towa) July 4, 2025', null],
    [`— ${'長'.repeat(60)} (@towa) July 4, 2025`, null],
    ['Posted by 東和飲料 on Friday, July 4, 2025', '東和飲料'],
    ['投稿者: 北浜市観光協会、投稿日: 2025年7月4日', '北浜市観光協会'],
    ['— 本日完売しました。 (@towa) July 4, 2025', null],
    ['新茶ソーダは本日、用意した12万本が完売しました。', undefined],
  ])('%s → %s', (line, name) => {
    expect(attributionName(line)).toBe(name);
  });
});

describe('a round-up of posts (まとめ)', () => {
  const tweet = (i: number, words: string) =>
    `<blockquote class="twitter-tweet"><p lang="ja">${words}</p>&mdash; 読者${i} (@reader_${i}) <a href="https://twitter.com/reader_${i}/status/19000000000000${i}">May 3, 2025</a></blockquote>`;
  const words = [
    '朝から並んで限定の青いソフトクリームを買えた、思ったよりさっぱり',
    '色がきれいすぎて写真ばかり撮ってしまった',
    '売り切れで買えなかった人が多くてかわいそうだった',
    '来週もやるなら絶対に行く、次は友だちも誘う',
  ];
  const page = (posts: number, own: string[], type = 'NewsArticle') =>
    parse(`<html lang="ja"><head><title>青いソフトクリームが話題 | みんなの声ログ</title>
<meta property="og:type" content="article"><meta property="og:title" content="青いソフトクリームが話題">
<script type="application/ld+json">{"@type":"${type}","headline":"青いソフトクリームが話題","datePublished":"2025-05-03T20:00:00+09:00","publisher":{"@type":"Organization","name":"みんなの声ログ"}}</script>
</head><body><main><h1>青いソフトクリームが話題</h1><p>2025年5月3日 20:00</p>
<p>${own[0]}</p>${words
      .slice(0, posts)
      .map((w, i) => tweet(i + 1, w))
      .join('')}${own
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</main></body></html>`);
  const intro = '港の売店が3日に売り出した青いソフトクリームに、SNSではさまざまな声が集まりました。';

  it('is no article when four posts or more outweigh the page’s own sentences', () => {
    expect(extractArticle(page(4, [intro, 'みなさんはもう食べましたか？'])).reason).toBe('not-article');
  });

  it('is one with fewer posts, or when the page tells more than it quotes', () => {
    expect(extractArticle(page(3, [intro, 'みなさんはもう食べましたか？'])).reason).toBe('ok');
    const told = [
      intro,
      '売店を営む北浜観光協会によると、ソフトクリームは地元のハーブで色をつけ、1日300本を用意したが、正午すぎに売り切れたという。',
      '協会の山辺春子事務局長（52）は「予想の倍の人が来てくれた。来週から500本に増やす」と話した。',
    ];
    expect(extractArticle(page(4, told)).reason).toBe('ok');
  });

  it('is one typed as a live blog: a station’s page of the day’s posts is its coverage', () => {
    expect(extractArticle(page(4, [intro, 'みなさんはもう食べましたか？'], 'LiveBlogPosting')).reason).toBe('ok');
  });
});
