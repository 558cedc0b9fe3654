import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// Corners of a paper that are no news though typed as news articles: serial fiction, fortunes, a glossary,
// a news quiz, the paper's own notices. The section or the label heading the page tells; a news story
// about a quiz show or a fortune-teller keeps its verdict.

const head = (title: string, extra = '') =>
  `<title>${title} | 北山日日新聞</title><meta property="og:type" content="article"><meta property="og:title" content="${title}">` +
  '<meta property="article:published_time" content="2025-09-16T06:00:00+09:00">' +
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2025-09-16T06:00:00+09:00"}</script>' +
  extra;
const section = (name: string) => `<meta property="article:section" content="${name}">`;
const verdict = (title: string, extra: string, h1: string, body: string) =>
  extractArticle(
    parse(
      `<html lang="ja"><head><meta charset="utf-8">${head(title, extra)}</head><body><header><a href="/">北山日日新聞</a></header><main><article><h1>${h1}</h1><p>2025年9月16日 6:00</p>${body}</article></main></body></html>`,
    ),
  ).reason;

const explained =
  '<p>北山市は15日、市内の商店街で空き店舗を使った出店支援を始めると発表した。市によると、初年度は5店舗を募集する。</p>' +
  '<p>出店者には家賃の半額を2年間補助する。市の担当者は「にぎわいを取り戻したい」と話した。</p>' +
  '<p>商店街の空き店舗は昨年度末で23軒あり、5年前の1.5倍に増えている。</p>';

describe('a corner of no news, typed as news', () => {
  it('is not an article when its section names the corner', () => {
    expect(verdict('地域づくり支援員', section('ニュースのことば'), '地域づくり支援員', explained)).toBe('not-article');
    expect(verdict('北山ウオーク参加者募集', section('社告・イベント'), '北山ウオーク参加者募集', explained)).toBe(
      'not-article',
    );
    expect(verdict('9月16日のうらない', section('占い'), '9月16日のうらない', explained)).toBe('not-article');
  });

  it('is not an article when a label or opening name heads it', () => {
    expect(verdict('【ニュースのことば】地域づくり支援員', '', '【ニュースのことば】地域づくり支援員', explained)).toBe(
      'not-article',
    );
    expect(verdict('週刊ニュースクイズ（9月第3週）', '', '週刊ニュースクイズ（9月第3週）', explained)).toBe(
      'not-article',
    );
    expect(verdict('今日の星座占い　2025年9月16日', '', '今日の星座占い　2025年9月16日', explained)).toBe(
      'not-article',
    );
    // The title names the corner though the headline gives only the instalment.
    expect(verdict('連載小説「川霧の町」（12）　作・北川春香', section('文化'), '川霧の町（12）', explained)).toBe(
      'not-article',
    );
  });

  it('leaves news about a quiz, a fortune-teller or a novel, and sections that only neighbour a corner', () => {
    expect(verdict('高校生クイズ　北山高が県代表に', '', '高校生クイズ　北山高が県代表に', explained)).toBe('ok');
    expect(verdict('人気の占い師が講演', '', '人気の占い師が講演', explained)).toBe('ok');
    expect(verdict('連載小説が完結、作者に聞く', section('文化'), '連載小説が完結、作者に聞く', explained)).toBe('ok');
    expect(verdict('出店支援を開始', section('イベント'), '出店支援を開始', explained)).toBe('ok');
  });

  it('a puzzle is a corner, by its section, label or opening name; a story about a puzzle contest is news', () => {
    const puzzle =
      '<p>カギをヒントに、白いマスにひらがなを入れてください。二重マスの文字をつなげると答えになります。</p>' +
      '<p>正解者の中から抽選で3人に図書カードを贈ります。前回の答えは「コガラシ」でした。</p>';
    expect(verdict('日曜クロスワード　No.45', section('パズル'), '日曜クロスワード　No.45', puzzle)).toBe(
      'not-article',
    );
    expect(verdict('【クロスワード】冬の行事編', '', '【クロスワード】冬の行事編', puzzle)).toBe('not-article');
    expect(verdict('漢字パズル　第7回', section('くらし'), '漢字パズル　第7回', puzzle)).toBe('not-article');
    expect(
      verdict('クロスワード大会で中学生が初優勝', section('地域'), 'クロスワード大会で中学生が初優勝', explained),
    ).toBe('ok');
    expect(
      verdict('パズル作家の北川さん死去　85歳', section('社会'), 'パズル作家の北川さん死去　85歳', explained),
    ).toBe('ok');
    // A corner's own name may hold a particle (「まちがい探し」): what tells is read before the name.
    expect(verdict('6月14日の出題', section('まちがい探し'), '6月14日の出題', explained)).toBe('not-article');
    expect(verdict('6月14日の出題', section('子どもが描いたまちがい探し'), '6月14日の出題', explained)).toBe('ok');
  });

  it('a correction of a report is news, filed under the paper’s notices or named by its label alone', () => {
    const corrected =
      '<p>15日付の「北山市が出店支援」の記事で、補助の期間を「3年間」としたのは「2年間」の誤りでした。市の資料を読み違えました。</p>' +
      '<p>また、「にぎわいを取り戻したい」と話したのは市長ではなく、商工課の担当者でした。おわびして訂正します。</p>';
    expect(verdict('お詫びと訂正', section('社告・お知らせ'), 'お詫びと訂正', corrected)).toBe('ok');
    expect(verdict('訂正', section('お知らせ'), '訂正', corrected)).toBe('ok');
    expect(verdict('本紙記事の訂正について', section('社告'), '本紙記事の訂正について', corrected)).toBe('ok');
    // A day's edition of corrections is an edition (a shop's correction of its flyer: shop-flyer-correction.html).
    expect(verdict('訂正・おわび（9月16日付）', '', '訂正・おわび（9月16日付）', corrected)).toBe('not-article');
  });

  it('a glossary by its name is a corner; a dictionary in the news is not', () => {
    expect(verdict('地域づくり支援員', section('時事用語辞典'), '地域づくり支援員', explained)).toBe('not-article');
    expect(verdict('経済用語集　出店支援', '', '出店支援', explained)).toBe('not-article');
    expect(verdict('キーワード辞典', '', '地域づくり支援員', explained)).toBe('not-article');
    expect(verdict('国語辞典 9年ぶり改訂', section('文化'), '国語辞典 9年ぶり改訂', explained)).toBe('ok');
  });
});
