import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const page = (head: string, body: string) =>
  parse(
    `<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`,
  );
const news = (headline: string, section?: string) =>
  ld({ '@type': 'NewsArticle', headline, datePublished: '2025-05-10T09:00:00+09:00', articleSection: section });
const prose =
  '<p>北浜市の住宅会社「みなと住建」は10日、市内で新しいモデルハウスを公開した。県産の木材を使い、断熱性能を高めた。</p>' +
  '<p>同社の担当者は「冬も暖かく過ごせる家を多くの人に見てほしい」と話した。公開は6月末まで続く。</p>';

describe('a sponsor’s piece is no article, however it is typed', () => {
  it('filed under a paid-content section: articleSection, or a breadcrumb item', () => {
    const typed = page(
      news('木の家のモデルハウス公開', '広告企画'),
      `<article><h1>木の家のモデルハウス公開</h1>${prose}</article>`,
    );
    expect(extractArticle(typed).isArticle).toBe(false);
    const crumb = page(
      news('木の家のモデルハウス公開'),
      `<div class="breadcrumb"><a href="/">トップ</a><a href="/tieup">タイアップ</a></div><article><h1>木の家のモデルハウス公開</h1>${prose}</article>`,
    );
    expect(extractArticle(crumb).isArticle).toBe(false);
  });

  it('an address under paid content: /tieup/, /sponsored/', () => {
    const url = '<meta property="og:url" content="https://news.example.jp/tieup/2025/0510.html">';
    const doc = page(
      url + news('木の家のモデルハウス公開'),
      `<article><h1>木の家のモデルハウス公開</h1>${prose}</article>`,
    );
    expect(extractArticle(doc).isArticle).toBe(false);
    const release = '<meta property="og:url" content="https://news.example.jp/pr/2025/0510.html">';
    const own = page(
      release + news('木の家のモデルハウス公開'),
      `<article><h1>木の家のモデルハウス公開</h1>${prose}</article>`,
    );
    expect(extractArticle(own).isArticle).toBe(true);
  });

  it('a bracketed label at either end of the headline: 【PR】, ［広告］, （PR）', () => {
    for (const h of [
      '【PR】木の家のモデルハウス公開',
      '［広告］木の家のモデルハウス公開',
      '木の家のモデルハウス公開（PR）',
    ]) {
      const doc = page(news(h), `<article><h1>${h}</h1>${prose}</article>`);
      expect(extractArticle(doc).isArticle, h).toBe(false);
    }
  });

  it('an ad label over the sponsor’s name by the headline (「PR｜提供：…」), or the ad division’s credit', () => {
    for (const label of ['PR｜提供：みなと住建株式会社', '広告　協賛：みなと住建', 'PR 提供 みなと住建']) {
      const doc = page(
        news('木の家のモデルハウス公開'),
        `<article><div class="label">${label}</div><h1>木の家のモデルハウス公開</h1>${prose}</article>`,
      );
      expect(extractArticle(doc).isArticle, label).toBe(false);
    }
    for (const credit of ['企画・制作　北浜日報社ビジネス局', '制作：北浜日報社 広告局']) {
      const doc = page(
        news('木の家のモデルハウス公開'),
        `<main><h1>木の家のモデルハウス公開</h1><div class="body">${prose}</div><div class="credit">${credit}</div></main>`,
      );
      expect(extractArticle(doc).isArticle, credit).toBe(false);
    }
  });

  it('a note that the piece is an ad, as the stealth-marketing rule asks: 「※この記事は広告です」', () => {
    for (const note of ['※この記事は広告です。', '本記事は、みなと住建の提供によるPR記事です。']) {
      const doc = page(
        news('木の家のモデルハウス公開'),
        `<article><h1>木の家のモデルハウス公開</h1>${prose}<p>${note}</p></article>`,
      );
      expect(extractArticle(doc).isArticle, note).toBe(false);
    }
    // A report about advertising says so inside its sentences.
    const told = '<p>この記事は、広告の表示をめぐる新しい規制について、消費者庁への取材をもとにまとめた。</p>';
    const doc = page(
      news('木の家のモデルハウス公開', '経済'),
      `<article><h1>木の家のモデルハウス公開</h1>${prose}${told}</article>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('a photo’s 提供 credit, a PR video and a desk’s 企画・制作 in a report leave it news', () => {
    const credits =
      '<p class="credit">提供：北浜市</p><p>市はPR動画も公開した。企画・制作に携わった市職員は「見てほしい」と話した。</p>';
    const doc = page(
      news('木の家のモデルハウス公開', '経済'),
      `<article><h1>木の家のモデルハウス公開</h1>${credits}${prose}<p>企画・制作　北浜日報社デジタル編集部</p></article>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('a report’s deck that tells of sponsorship money is no ad label: 「広告協賛の名目で企業から集金」', () => {
    const doc = page(
      news('木の家のモデルハウス公開', '経済'),
      `<article><h1>木の家のモデルハウス公開</h1><p class="deck">広告協賛の名目で企業から集金</p>${prose}</article>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('a department named in a caption or a short line of a report is no ad division’s credit', () => {
    const lines =
      '<div class="caption">企画営業部の担当者らが作った広告の案</div><p>制作は同社の営業部が担当した。</p>';
    const doc = page(
      news('木の家のモデルハウス公開', '経済'),
      `<article><h1>木の家のモデルハウス公開</h1>${lines}${prose}</article>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('the same story with no label, in a news section, is an article', () => {
    const doc = page(
      news('木の家のモデルハウス公開', '経済'),
      `<article><h1>木の家のモデルハウス公開</h1>${prose}</article>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('a report with a widget’s Sponsored label and a box of 広告特集 links under it is an article', () => {
    const h = '木の家のモデルハウス公開';
    const widget =
      '<div class="rec"><p>Sponsored</p><p><a href="/x">話題のスキンケア、驚きの効果とは</a></p></div>' +
      '<div class="box"><p>広告特集</p><p><a href="/y">広告特集　夏の旅は湖のほとりで</a></p></div>';
    const doc = page(news(h, '経済'), `<article><h1>${h}</h1>${prose}${widget}</article>`);
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('PR inside the headline’s words, a press-release section or a photo credit do not make it paid', () => {
    const h = '地元PR大使に高校生、木の家のモデルハウス公開';
    const doc = page(
      news(h, 'プレスリリース'),
      `<article><h1>${h}</h1><figure><figcaption>公開されたモデルハウス（写真提供：みなと住建）</figcaption></figure>${prose}</article>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });
});
