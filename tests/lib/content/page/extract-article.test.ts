import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { fixture, parse } from './load';

const lineTexts = (doc: Document) => {
  const page = extractArticle(doc);
  return { page, lines: page.lines.map((l) => ({ kind: l.kind, text: page.map.text.slice(l.start, l.end) })) };
};

describe('extractArticle on a Japanese article page', () => {
  const doc = fixture('ruby-article');
  const { page, lines } = lineTexts(doc);
  const text = page.map.text;

  it('is a Japanese article, headline first', () => {
    expect(page).toMatchObject({ isJapanese: true, isArticle: true, reason: 'ok' });
    expect(lines[0]).toEqual({ kind: 'headline', text: '港町の花火大会、来場者は過去最多の12万人' });
    expect(page.meta.title).toBe('港町の花火大会、来場者は過去最多の12万人');
    expect(page.articleRoot?.tagName).toBe('ARTICLE');
  });

  it('reads metadata from a JSON-LD @graph: the date, the outlet for the byline, the reporter as a writer', () => {
    expect(page.meta.published).toBe('2025-08-03');
    expect(page.meta.byline).toBe('北浜タイムズ');
    expect(page.meta.writers).toEqual(['青木 陽介']);
  });

  it('keeps the ruby base text and drops the readings', () => {
    expect(text).toContain('北浜市の港湾地区で2日夜に');
    expect(text).toContain('桟橋に有料の観覧席');
    expect(text).not.toMatch(/こうわん|さんばし|\(|\)/);
  });

  it('splits <br>-separated paragraphs into lines', () => {
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('実行委員会の山下恵子委員長は「天候に恵まれ、大きな事故もなく終えられた」と話した。');
    expect(texts).toContain('一方で、帰りの臨時バスには最大で2時間待ちの列ができ、課題も残った。');
  });

  it('keeps the photo caption as a caption line, subheadings and the byline line', () => {
    expect(lines).toContainEqual({ kind: 'caption', text: '夜空に広がる尺玉の花火＝2日夜、北浜港で（青木陽介撮影）' });
    expect(lines).toContainEqual({ kind: 'heading', text: '経済効果は5億円と試算' });
    expect(lines.at(-1)).toEqual({ kind: 'paragraph', text: '（北浜タイムズ 青木陽介）' });
  });

  it('leaves out navigation, share bar, date line, related list, comments, ranking and footer', () => {
    for (const junk of [
      'トップ',
      'ポストする',
      '【写真】',
      '18時30分',
      '関連記事',
      '交通規制',
      'コメント',
      '毎年楽しみ',
      '1位',
      '4選',
      '0123',
      '©',
    ]) {
      expect(text).not.toContain(junk);
    }
  });

  it('leaves out blocks the live page hides with CSS (getComputedStyle)', () => {
    const live = fixture('ruby-article');
    const hidden = live.querySelector('.article-body h2') as Element;
    // linkedom has no layout: stand in for the browser, which computes display:none for the hidden block.
    const view = live.defaultView as unknown as { getComputedStyle: (el: Element) => { display: string } };
    view.getComputedStyle = (el) => ({ display: el === hidden ? 'none' : 'block' });
    const { map } = extractArticle(live);
    expect(map.text).not.toContain('経済効果は5億円と試算');
    expect(map.text).toContain('地元の商工会議所は');
  });

  it('never changes the page', () => {
    const fresh = fixture('ruby-article');
    extractArticle(fresh);
    expect(fresh.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
    expect(doc.documentElement.outerHTML).toBe(fixture('ruby-article').documentElement.outerHTML);
  });
});

describe('pages that are not Japanese articles', () => {
  it.each(['portal', 'portal-untyped', 'search'])('%s: Japanese, not an article', (name) => {
    const page = extractArticle(fixture(name));
    expect(page.isJapanese).toBe(true);
    expect(page.isArticle).toBe(false);
  });

  it('an article ending with related-article cards is still an article', () => {
    const card = (i: number) =>
      `<div class="card"><h3><a href="/a/${i}">別の話題その${i}</a></h3><p>短い紹介文です。</p></div>`;
    // Three long paragraphs and four cards: as many linked headings as paragraphs, but most text is the body's.
    const paras = Array.from(
      { length: 3 },
      (_, i) =>
        `<p>第${i + 1}段落。市は今年度、公園の整備に約${i + 2}億円を充てると発表した。工事は秋に始まり、遊具の入れ替えや園路の舗装、照明の増設などを順に進める予定だという。</p>`,
    );
    const doc = parse(
      `<html lang="ja"><head><meta property="og:type" content="article"></head><body><article><h1>公園の整備に予算</h1>${paras.join('')}${card(1)}${card(2)}${card(3)}${card(4)}</article></body></html>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('og:type "website" on a long, readable, dated article does not hide it', () => {
    const sentence = (i: number) =>
      `第${i}段落。市の担当者によると、駅前の再開発では商業施設と住宅を合わせた複合ビルを建て、完成は${i + 2}年後を見込む。地元の商店街からは、人の流れが変わることへの期待と不安の声が上がっている。説明会は来月から地区ごとに開かれ、住民の意見を計画に反映させるという。周辺の道路も拡幅し、バスの乗り場を集約する案が示された。`;
    const paras = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i + 1)}</p>`).join('');
    const doc = parse(
      `<html lang="ja"><head><meta property="og:type" content="website"></head><body><div class="wrap"><h1>駅前の再開発、計画案を公表</h1><p class="info">2025年7月8日 10時30分</p><div class="txt">${paras}</div></div></body></html>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it('an English article is not Japanese and is not read further', () => {
    let told = 0;
    const page = extractArticle(fixture('english'), { onDeclaredArticle: () => told++ });
    expect(page).toMatchObject({ isJapanese: false, isArticle: false, reason: 'not-japanese' });
    expect(page.map.text).toBe('');
    // The background is not asked to load its dictionary for an English page.
    expect(told).toBe(0);
  });

  it('tells a declared Japanese article apart before it searches for the text, and only then', () => {
    const order: string[] = [];
    const readability = () => {
      order.push('root search');
      return [];
    };
    extractArticle(fixture('ruby-article'), { onDeclaredArticle: () => order.push('article'), readability });
    expect(order).toEqual(['article', 'root search']);
    // A Japanese page that declares itself a website (a portal) is judged first.
    order.length = 0;
    const portal = parse(
      '<html lang="ja"><head><meta property="og:type" content="website"></head><body><p>ようこそ。ここはテスト用のページです。今日のニュースをお届けします。</p></body></html>',
    );
    extractArticle(portal, { onDeclaredArticle: () => order.push('article'), readability });
    expect(order).toEqual(['root search']);
  });

  it('a page without prose has no text to analyse', () => {
    const page = extractArticle(
      parse('<html lang="ja"><body><p>ようこそ。ここはテスト用のページです。</p></body></html>'),
    );
    expect(page).toMatchObject({ isJapanese: true, isArticle: false, reason: 'no-text' });
  });
});

describe('choosing the article root', () => {
  const para = (i: number) =>
    `<p>第${i}段落です。市の担当者によると、参加者は前の年より${i}割ほど増えたという。会場は終日にぎわった。</p>`;
  const body = Array.from({ length: 6 }, (_, i) => para(i + 1)).join('');
  // A comment thread with more prose than the article, in unmarked markup: only the declaration tells them apart.
  const chatter = Array.from(
    { length: 12 },
    (_, i) => `<p>読者の感想その${i}です。とても良い取り組みだと思いました。次回も期待しています。</p>`,
  ).join('');

  it('prefers the body the page declares with itemprop=articleBody', () => {
    const doc = parse(
      `<html lang="ja"><head><meta property="og:type" content="article"></head><body><div><h1>市の催しに大勢の人出</h1><div itemprop="articleBody">${body}</div><div>${chatter}</div></div></body></html>`,
    );
    const page = extractArticle(doc);
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('第6段落です。');
    expect(page.map.text).not.toContain('読者の感想');
    expect(page.map.text.split('\n')[0]).toBe('市の催しに大勢の人出');
  });

  it('reads all paragraphs when each one is marked itemprop=articleBody', () => {
    const marked = body.replaceAll('<p>', '<p itemprop="articleBody">');
    const doc = parse(
      `<html lang="ja"><head><meta property="og:type" content="article"><meta property="og:title" content="市の催しに大勢の人出 | 地域新報"></head><body><h1 class="logo">地域新報</h1><div class="story"><h2>市の催しに大勢の人出</h2><div class="txt">${marked}</div></div><div>${chatter}</div></body></html>`,
    );
    const page = extractArticle(doc);
    expect(page.articleRoot?.getAttribute('class')).toBe('txt');
    expect(page.map.text).toContain('第1段落です。');
    expect(page.map.text).toContain('第6段落です。');
    // The logo <h1> matches no title; the <h2> that does is the headline.
    expect(page.lines[0]?.kind).toBe('headline');
    expect(page.map.text.split('\n')[0]).toBe('市の催しに大勢の人出');
  });

  it('finds the body on a div-only page even when the extractor picks another block', () => {
    const ranking = Array.from(
      { length: 8 },
      (_, i) => `<li><a href="/r/${i}">${i + 1}位 別のニュースの見出しその${i + 1}</a></li>`,
    ).join('');
    const doc = parse(
      `<html lang="ja"><head><meta property="og:type" content="article"></head><body><div id="wrap"><div class="c1"><h1>市の催しに大勢の人出</h1><div class="c2">${body}</div></div><div class="c3"><ul>${ranking}</ul></div></div></body></html>`,
    );
    // Test seam: Readability stands in with the ranking box, as it does on some real portal pages.
    const wrong = () => Array.from(doc.querySelectorAll('.c3 li')).map((li) => li.textContent ?? '');
    const page = extractArticle(doc, { readability: wrong });
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('第6段落です。');
    expect(page.map.text).not.toContain('位');
  });

  it('finds the element holding the JSON-LD articleBody', () => {
    const articleBody = Array.from({ length: 6 }, (_, i) => para(i + 1).replace(/<\/?p>/g, '')).join('\n');
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: '市の催しに大勢の人出', articleBody });
    const doc = parse(
      `<html lang="ja"><head><script type="application/ld+json">${ld}</script></head><body><div class="x1">${body}</div><div class="x2">${chatter}</div></body></html>`,
    );
    const page = extractArticle(doc);
    expect(page.isArticle).toBe(true);
    expect(page.articleRoot?.getAttribute('class')).toBe('x1');
    expect(page.map.text).not.toContain('読者の感想');
  });
});

describe('what stands between the headline and the body', () => {
  it('a subtitle in a heading of its own is the article’s; a short label there is not', () => {
    const page = extractArticle(
      parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"></head><body><main>
        <header><h1>みかんの皮まで使った炭酸飲料、来月発売</h1><h2>皮から果汁まで使い切る新製法。年間10トンの廃棄削減を目指します</h2>
        <h2>新商品</h2><div><time datetime="2025-03-02">2025年3月2日 10時00分</time></div></header>
        <div class="body"><p>北山市の食品会社は2日、地元のみかんを皮ごと使った炭酸飲料を4月に発売すると発表した。</p>
        <p>傷があって出荷できないみかんを農家から買い取る。価格は1本280円で、県内のスーパーなどで売る。</p>
        <p>同社によると、これまで年間約10トンのみかんが捨てられていたという。</p></div></main></body></html>`),
    );
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain(
      '皮から果汁まで使い切る新製法。年間10トンの廃棄削減を目指します\n北山市の食品会社は2日',
    );
    expect(page.map.text).not.toContain('新商品');
  });
});

// The seed page ships in ../shared (not in a fresh clone of the project): checked when present.
const seed = join(__dirname, '../../../../../shared/corpus/seed-article.html');
describe.skipIf(!existsSync(seed))('the seed page', () => {
  it('yields headline, caption, byline line and body, and nothing from nav, ranking or footer', () => {
    const { page, lines } = lineTexts(parse(readFileSync(seed, 'utf8')));
    expect(page).toMatchObject({ isJapanese: true, isArticle: true });
    expect(lines[0]?.kind).toBe('headline');
    expect(lines.some((l) => l.kind === 'caption' && l.text.includes('[Kim Won Jin/AFP]'))).toBe(true);
    expect(lines.some((l) => l.text.startsWith('AFP通信/Global Watch'))).toBe(true);
    expect(page.map.text).toContain('5,000人の兵士と1,000人の支援要員');
    for (const junk of ['1位', '3万8000円割れ', 'ランキング', '03-1234-5678', 'ホーム'])
      expect(page.map.text).not.toContain(junk);
  });
});
