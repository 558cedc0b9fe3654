import { describe, expect, it } from 'vitest';
import { isBylineStamp } from '../../../../lib/content/page/dateline';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// Blocks inside an article's body that are no part of the story, told by the role a reader sees in them (a grid of
// figures under header cells, a note on the article itself), and lines that are the story's whatever the markup
// (a deck under the headline, a subhead over a list). Invented pages.

const STORY =
  '<p>北浜市の港湾会社は14日、来年度から岸壁の改修に着手すると発表した。総事業費は約48億円を見込む。</p>' +
  '<p>同社の西原健社長は「大型船の寄港を増やしたい」と話した。工事は3年かかる見通しだ。</p>';

/** A declared article, its headline's box (`header`) over the <article> holding `body`, read as the extension reads it. */
function read(body: string, header = '<h1>北浜港の岸壁、来年度から改修へ</h1>') {
  const page = extractArticle(
    parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-11-14T18:00:00+09:00"><title>北浜港の岸壁、来年度から改修へ｜北浜新報</title></head>
      <body>${header}<article>${body}</article></body></html>`),
  );
  const lines = page.lines.map((l) => ({ kind: l.kind, text: page.map.text.slice(l.start, l.end) }));
  return { page, lines, text: page.map.text };
}

// The gold of every page set leaves a <th>-headed grid out of the body, whatever it tabulates: a day's closing
// prices, a product's specs, an election's votes, standings and box scores. The story tells what matters of it.
describe('a grid of figures under header cells is no part of the story', () => {
  it('a market table with a caption and a header row goes; the report around it stays', () => {
    const { page, text } = read(
      `${STORY}<div class="tbl"><table><caption>主な指標の終値（11月14日）</caption><thead><tr><th>指標</th><th>終値</th><th>前日比</th></tr></thead>
      <tbody><tr><td>北浜平均</td><td>41,208.55</td><td>-236.40</td></tr><tr><td>円相場</td><td>148.06</td><td>+0.62円</td></tr></tbody></table></div>
      <p>市場では、金利の先行きを見極めたいとの声が聞かれた。</p>`,
    );
    expect(page.isArticle).toBe(true);
    expect(text).toContain('工事は3年かかる見通しだ。');
    expect(text).toContain('金利の先行きを見極めたいとの声が聞かれた。');
    expect(text).not.toMatch(/主な指標|41,208|前日比|円相場/);
  });

  it('a spec sheet with a header cell on each row goes, and so do an election’s votes', () => {
    const { text } = read(
      `${STORY}<table><tr><th>画面</th><td>10.1型液晶</td></tr><tr><th>重さ</th><td>約380g</td></tr></table>
      <table><tr><th>得票数</th><th>氏名</th></tr><tr><td>当 28,412</td><td>三浦健太郎</td></tr><tr><td>24,390</td><td>岡島和夫</td></tr></table>`,
    );
    expect(text).toContain('大型船の寄港を増やしたい');
    expect(text).not.toMatch(/10\.1型|約380g|28,412|岡島和夫/);
  });

  it('a layout table holding the story stays, a lone header cell over it included', () => {
    const { text } = read(`<table width="100%"><tr><th>地域のニュース</th></tr><tr><td>${STORY}</td></tr></table>`);
    expect(text).toContain('総事業費は約48億円を見込む。');
    expect(text).toContain('工事は3年かかる見通しだ。');
  });

  it('a layout table keeps its text when a grid sits inside one of its cells; only the grid goes', () => {
    const { text } = read(
      `<table width="100%"><tr><td>${STORY}<table><tr><th>年度</th><th>事業費</th></tr><tr><td>2026</td><td>12億円</td></tr></table>
      <p>市は国に補助を求める方針だ。</p></td></tr></table>`,
    );
    expect(text).toContain('総事業費は約48億円を見込む。');
    expect(text).toContain('市は国に補助を求める方針だ。');
    expect(text).not.toMatch(/事業費\n|2026|12億円/);
  });
});

// A results story's table of the bodies it reports on, row by row, is the story's own figure (story-table.ts).
describe('a grid whose records the story reports on is the story’s figure', () => {
  const FIGURES =
    '<p>県内の地方銀行3行の9月中間決算が出そろった。最大手の北浜銀行は純利益が前年同期比12.5％増の84億円だった。</p>' +
    '<p>南浦銀行は貸出金の伸びで増益を確保し、東岬信金は与信費用の増加が響いて減益となった。</p>';
  const grid = (head: string, rows: string) =>
    `<table><caption>地銀3行の9月中間決算</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  const RESULTS =
    '<tr><td>北浜銀行</td><td>84</td><td>12.5％増</td></tr><tr><td>南浦銀行</td><td>41</td><td>3.1％増</td></tr>' +
    '<tr><td>東岬信金</td><td>17</td><td>9.8％減</td></tr>';

  it('a captioned results table between the paragraphs stays, caption and cells', () => {
    const { text } = read(
      `${FIGURES}${grid('<th>行名</th><th>純利益（億円）</th><th>前年同期比</th>', RESULTS)}<p>3行とも通期予想は据え置いた。</p>`,
    );
    expect(text).toContain('地銀3行の9月中間決算');
    expect(text).toMatch(/南浦銀行\s*41\s*3\.1％増/);
    expect(text).toContain('3行とも通期予想は据え置いた。');
  });

  it('the same table goes when the story names none of its rows, or only one of three', () => {
    const other =
      '<tr><td>西山銀行</td><td>84</td><td>12.5％増</td></tr><tr><td>北山銀行</td><td>41</td><td>3.1％増</td></tr>' +
      '<tr><td>東岬信金</td><td>17</td><td>9.8％減</td></tr>';
    const { text } = read(`${STORY}${grid('<th>行名</th><th>純利益</th><th>前年比</th>', RESULTS)}`);
    expect(text).not.toMatch(/地銀3行|北浜銀行|9\.8％減/);
    const one = read(
      `${FIGURES.replace(/南浦銀行/g, '同業')}${grid('<th>行名</th><th>純利益</th><th>前年比</th>', other)}`,
    );
    expect(one.text).not.toMatch(/地銀3行|北山銀行|9\.8％減/);
  });

  it('a sheet with a header cell on each row goes though the story names its rows', () => {
    const { text } = read(
      `${FIGURES}<table><tr><th>北浜銀行</th><td>経常利益112億円</td></tr><tr><th>南浦銀行</th><td>経常利益58億円</td></tr><tr><th>東岬信金</th><td>経常利益23億円</td></tr></table>`,
    );
    expect(text).toContain('減益となった。');
    expect(text).not.toMatch(/経常利益/);
  });

  it('rows led by years or ranks name nothing the story tells', () => {
    const { text } = read(
      `${FIGURES}${grid('<th>年度</th><th>純利益</th>', '<tr><td>2024</td><td>84</td></tr><tr><td>2025</td><td>91</td></tr>')}`,
    );
    expect(text).not.toMatch(/地銀3行|2024|91/);
  });
});

describe('a note on the article itself is no part of the story', () => {
  it('a translation note, with or without the rights holder first, and a disclaimer go', () => {
    const { text } = read(
      `${STORY}<p class="note">※この記事は北浜新報英語版の記事を、編集部が日本語に訳したものです。英語の記事は<a href="/en/1">こちら</a>。</p>
      <div class="trans"><p>&copy;Nordposten. 本記事は、同紙の許諾を得て翻訳・編集したものです。</p></div>
      <div class="disc">本記事は投資の判断材料の提供を目的としており、売買を勧めるものではありません。</div>`,
    );
    expect(text).toContain('工事は3年かかる見通しだ。');
    expect(text).not.toMatch(/訳した|翻訳|売買を勧める/);
  });

  it('a quoted complaint about an article and a sentence on the paper’s articles stay', () => {
    const { text } = read(
      `${STORY}<p>「この記事は事実と違う」。同社の広報担当者は、ネット上の投稿にそう反論した。</p><p>この記事の取材には北浜市の協力を得た。</p>`,
    );
    expect(text).toContain('「この記事は事実と違う」。');
    expect(text).toContain('この記事の取材には北浜市の協力を得た。');
  });
});

describe('an English-styled byline over its stamps, however the page indents them', () => {
  it('is a byline stamp on one line or over several', () => {
    expect(isBylineStamp('By ヘンリク・ダール 2024年11月14日 21:30 JST', [])).toBe(true);
    expect(
      isBylineStamp(
        'By ヘンリク・ダール\n          2024年11月14日 21:30 JST\n          更新 2024年11月15日 08:10 JST',
        [],
      ),
    ).toBe(true);
    expect(isBylineStamp('By 中西由美子\n\t\tOct. 8, 2024 19:20 JST', [])).toBe(true);
  });

  it('a line that says more than the name and the stamp is none', () => {
    expect(isBylineStamp('By 中西由美子\n   2024年11月14日 21:30 JST 港の取材から', [])).toBe(false);
  });
});

describe('the line in the box right after the headline is its deck, however the page names it', () => {
  it('a utility-class deck and a CSS-in-JS one are read, under the headline', () => {
    const a = read(
      STORY,
      '<div><div class="text-3xl font-bold" role="heading" aria-level="1">北浜港の岸壁、来年度から改修へ</div><div class="mt-2 text-lg">大型船の寄港増を見据え、2029年の完成目指す</div></div>',
    );
    expect(a.lines[1]).toEqual({ kind: 'paragraph', text: '大型船の寄港増を見据え、2029年の完成目指す' });
    const b = read(
      STORY,
      '<div class="css-13r3c6z"><h1 class="css-1o9nu5b">北浜港の岸壁、来年度から改修へ</h1><div class="css-1x7mbqz"><div class="css-s2uf1z">事業費は約48億円、国の補助金も活用して2029年度の完成目指す</div></div><div class="css-k008qs">西原健</div></div>',
    );
    expect(b.lines[1]).toEqual({
      kind: 'paragraph',
      text: '事業費は約48億円、国の補助金も活用して2029年度の完成目指す',
    });
  });

  it('a dateline, a tag bar or a short label there is no deck', () => {
    for (const line of [
      '2025年11月14日 18:00 発信地：北浜市',
      'by 北浜新報 | カテゴリー 経済 | タグ 港湾、物流、公共事業',
      '港湾、物流',
    ]) {
      const { text } = read(STORY, `<div><h1>北浜港の岸壁、来年度から改修へ</h1><div class="meta">${line}</div></div>`);
      expect(text).not.toContain(line);
      expect(text).toContain('総事業費は約48億円を見込む。');
    }
  });
});

describe('a subhead over a list, with the story going on under the next subhead, is the story’s', () => {
  it('keeps 「主な仕様」 and its list between two parts of the story', () => {
    const { lines, text } = read(
      `${STORY}<h2>主な仕様</h2><ul><li>画面：10.1型液晶</li><li>重さ：約380g</li></ul>
      <h2>法人向けにも展開</h2><p>同社は法人向けの販売にも力を入れる。初年度は1万台の出荷を目指す。</p>`,
    );
    expect(lines).toContainEqual({ kind: 'heading', text: '主な仕様' });
    expect(text).toContain('重さ：約380g');
    expect(text).toContain('初年度は1万台の出荷を目指す。');
  });

  it('a spec box after the story, or a related-links heading whose links are gone, still goes', () => {
    const { text } = read(
      `${STORY}<h2>関連記事</h2><ul><li><a href="/a">北浜港、取扱量が過去最多</a></li></ul><h2>今後の見通し</h2><p>市は来月、住民説明会を開く。</p>
      <div class="box"><p class="box-title">主な仕様</p><ul><li>全長：約320メートル</li></ul></div>`,
    );
    expect(text).toContain('市は来月、住民説明会を開く。');
    expect(text).not.toMatch(/関連記事|主な仕様|約320メートル/);
  });
});
