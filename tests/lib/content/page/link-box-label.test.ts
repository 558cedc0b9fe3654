import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// A label over a box of links heads nothing of the story once its links are gone: a table of contents, the
// programme a broadcaster's story aired in. Invented pages.

const P1 = '<p>南浦町の町営バスは1日、路線を2系統に再編した。利用者の少ない区間を予約制に切り替える。</p>';
const P2 = '<p>町によると、年間の運行経費は約3千万円減る見込みだ。</p>';
const P3 = '<p>町は来年度、利用状況を調べて運行本数を見直す方針だ。</p>';

/** A declared article holding `body` under its headline, read as the extension reads it. */
function read(body: string): string {
  const doc = parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article">
    <meta property="article:published_time" content="2025-10-01T18:00:00+09:00"><title>町営バス、2系統に再編｜南浦新報</title></head>
    <body><article><h1>町営バス、2系統に再編</h1>${body}</article></body></html>`);
  return extractArticle(doc).map.text;
}

describe('a label heading only links goes', () => {
  it('a table of contents between the lede and the first subhead', () => {
    const text = read(
      `${P1}<div class="toc"><p class="toc-title">もくじ</p><ol><li><a href="#s1">予約制の区間</a></li><li><a href="#s2">経費の見通し</a></li></ol></div>
      <h2 id="s1">予約制の区間</h2>${P2}<h2 id="s2">経費の見通し</h2>${P3}`,
    );
    expect(text).not.toContain('もくじ');
    expect(text).toContain('予約制の区間');
    expect(text).toContain('運行本数を見直す方針だ。');
  });

  it('the programme box under a broadcaster’s story', () => {
    const text = read(
      `${P1}${P2}${P3}<div class="prog"><p>放送した番組</p><a href="/prog/evening">南浦ワイド6時</a></div>`,
    );
    expect(text).toContain('運行本数を見直す方針だ。');
    expect(text).not.toContain('放送した番組');
  });
});

describe('a label with the story in its box, or words of its own beside the links, stays', () => {
  it('a subhead whose box holds the next paragraph and a link', () => {
    const text = read(
      `${P1}<section><h2>予約の方法</h2><p>予約は前日までに<a href="/tel">町役場</a>へ電話する。</p></section>${P3}`,
    );
    expect(text).toContain('予約の方法');
  });

  it('a figure over a link: a label names, it never counts', () => {
    const text = read(`${P1}<div><p>1日の利用者 平均412人</p><a href="/stats">利用状況</a></div>${P3}`);
    expect(text).toContain('平均412人');
  });

  it('a short line beside a link and text of its own', () => {
    const text = read(`${P1}<div><p>時刻表</p><span>10月改定版、</span><a href="/pdf">PDF</a></div>${P3}`);
    expect(text).toContain('時刻表');
  });
});
