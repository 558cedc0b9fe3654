import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const page = (author: string, body: string) =>
  parse(
    `<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article">${ld({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '港の朝市、40年で幕',
      datePublished: '2025-09-02T10:00:00+09:00',
      author: { '@type': 'Organization', name: author },
      publisher: { '@type': 'Organization', name: '北浜ニュースネット' },
    })}</head><body><main><article><h1>港の朝市、40年で幕</h1>${body}</article></main></body></html>`,
  );
const story =
  '<p>北浜港で40年続いた朝市が、今月末で終わることになった。出店者の高齢化で、最盛期に60あった店は12に減っていた。</p>' +
  '<p>運営する組合によると、跡地は市が買い取り、観光客向けの広場にする計画だという。</p>';

describe('the outlet’s name alone is a byline, not the story', () => {
  it('a wire’s name beside the story’s time goes; the name inside a sentence stays', () => {
    const got = extractArticle(
      page(
        '南海通信',
        `<div class="source"><span class="source-name">南海通信</span> <time class="date">2025年09月02日 10時00分</time></div>${story}<p>南海通信の取材に、組合長は「寂しいが、時代の流れだ」と話した。</p>`,
      ),
    );
    expect(got.isArticle).toBe(true);
    expect(got.map.text.split('\n')).not.toContain('南海通信');
    expect(got.map.text).toContain('南海通信の取材に、組合長は');
  });

  it('the broadcaster’s profile box under the story goes whole: its name, what it is, its link', () => {
    const box =
      '<section class="press-box"><div class="press-box__head"><img src="/logo.png" alt=""><p>北浜放送</p></div>' +
      '<p>北浜県全域を放送エリアとするテレビ局。地域のニュースや情報番組を数多く制作しています。</p>' +
      '<a href="/press/kitahama">北浜放送の記事一覧へ</a></section>';
    const got = extractArticle(page('北浜放送', `${story}<p class="credit">（北浜放送）</p>${box}`));
    expect(got.isArticle).toBe(true);
    expect(got.map.text).toContain('観光客向けの広場にする計画だという。');
    expect(got.map.text).not.toMatch(/放送エリア|記事一覧|^北浜放送$/m);
  });

  it('a name over the story, in the story’s own header, goes alone: the story under it stays', () => {
    const got = extractArticle(page('北浜放送', `<div class="lead"><p>北浜放送</p>${story}</div>`));
    expect(got.map.text).toContain('北浜港で40年続いた朝市が');
    expect(got.map.text).toContain('観光客向けの広場にする計画だという。');
    expect(got.map.text.split('\n')).not.toContain('北浜放送');
  });

  it('a long box under a name line is no profile: the story after the name stays', () => {
    const more =
      '<div><p>北浜放送</p><p>朝市の最終日には、早朝から大勢の客が訪れた。市内の70代の女性は「子どものころから通った。なくなるのは本当に残念」と話し、最後の買い物を楽しんでいた。</p>' +
      '<p>組合は来月、出店者らを招いて感謝の会を開く。市長も出席し、40年の歩みを振り返る写真展も併せて開く予定で、市民の参加も呼びかけている。朝市の記録は市の図書館に寄贈するという。</p></div>';
    const got = extractArticle(page('北浜放送', `${story}${more}`));
    expect(got.map.text).toContain('最後の買い物を楽しんでいた。');
    expect(got.map.text).toContain('市の図書館に寄贈するという。');
  });
});
