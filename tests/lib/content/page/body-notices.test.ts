import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// Lines around an article's story that a reader knows are no part of it: a box asking them for something (a
// present to apply for, questions to send) and the page's trail ending at the article. Invented pages.

const HEADLINE = '北浜港の岸壁、なぜ改修するの？';
const STORY =
  '<p>北浜市の港湾会社は14日、来年度から岸壁の改修に着手すると発表した。総事業費は約48億円を見込む。</p>' +
  '<p>岸壁は完成から50年が過ぎ、ひび割れが目立つようになっていた。昨年の点検では、補修が必要な箇所が30か所見つかった。</p>' +
  '<p>同社の西原健社長は「大型船の寄港を増やしたい」と話した。工事は3年かかる見通しだ。</p>' +
  '<p>改修の間も、港は通常どおり使える。市は観光船の発着場所を一時的に移す。</p>' +
  '<p>北浜港には昨年、約3千隻の船が入った。うち外国船が4割を占め、その数は5年で2倍に増えている。荷揚げ量も過去最多を更新した。</p>' +
  '<p>一方、地元の漁業者からは、工事の音や濁りが漁に響くのではないかと心配する声も上がる。同社は、漁の少ない冬場に工事を集中させるなどの対策を検討するとしている。</p>' +
  '<p>北浜漁協の組合長は「港が良くなるのはありがたいが、海の様子は毎日見ていく」と話した。市は工事の前に、漁業者や観光業者を集めた説明会を開く予定だ。</p>';

/** A declared article: `top` (the headline's box) over the <article> holding `body`, read as the extension reads it. */
function read(body: string, top = `<h1>${HEADLINE}</h1>`) {
  const page = extractArticle(
    parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-11-14T18:00:00+09:00"><title>${HEADLINE}｜北浜新報</title></head>
      <body><main>${top}<article>${body}</article></main></body></html>`),
  );
  return { page, text: page.map.text };
}

describe('a box asking the reader for something is no part of the story', () => {
  it('a reader’s present with its address goes, the story stays', () => {
    const { page, text } = read(
      `${STORY}<div class="present"><h3>★読者プレゼント★</h3><p>北浜港の記念タオルを5名様に。はがきに住所・氏名・年齢を書いてご応募ください。12月10日必着。</p>
      <p>〒000-0000 北浜新報「タオル」係</p></div>`,
    );
    expect(page.isArticle).toBe(true);
    expect(text).toContain('市は観光船の発着場所を一時的に移す。');
    expect(text).not.toMatch(/読者プレゼント|記念タオル|タオル」係/);
  });

  it('a call for questions in a one-cell table and a call for photos in a definition list go', () => {
    const { text } = read(
      `<table class="boshu"><tr><td><b>あなたの「ナゼ」を募集しています</b><br>身の回りの疑問を取材班にお寄せください。投稿フォームから受け付けます。</td></tr></table>
      ${STORY}<dl class="info"><dt>写真投稿</dt><dd>港の風景を撮った写真をメールでお送りください。紙面で紹介します。</dd></dl>`,
    );
    expect(text).toContain('総事業費は約48億円を見込む。');
    expect(text).toContain('工事は3年かかる見通しだ。');
    expect(text).not.toMatch(/ナゼ|取材班|写真投稿|港の風景/);
  });

  it('a newsletter’s sign-up around its e-mail field goes, in utility-class divs or in paragraphs', () => {
    for (const box of [
      '<div class="mt-6 rounded bg-orange-50 p-4"><div class="text-sm font-bold">北浜ブリーフ ニュースレター</div><div class="mt-1 text-sm">毎朝5分で、港町のニュースの「なぜ」がわかる。</div><div class="mt-3 flex"><input type="email" placeholder="メールアドレス"><button>無料で登録</button></div></div>',
      '<div class="css-nl"><p>データ班のニュースレター</p><p>新しい記事を毎週金曜日に届けます。</p><form><input type="email"/><button type="submit">登録する</button></form></div>',
    ]) {
      const { text } = read(`${STORY}${box}<p>港の将来像は、来春の計画で示される。</p>`);
      expect(text).toContain('港の将来像は、来春の計画で示される。');
      expect(text).not.toMatch(/ニュースレター|無料で登録|金曜日に届けます/);
    }
  });

  it('a page wrapped in one form keeps its story, its e-mail field on a line of the story’s box', () => {
    const { text } = read(`<form action="/subscribe">${STORY}<p>メールで受け取る <input type="email"></p></form>`);
    expect(text).toContain('総事業費は約48億円を見込む。');
    expect(text).toContain('メールで受け取る');
  });

  it('the paper’s offer of itself with its price goes, a side box or a plan box', () => {
    for (const box of [
      '<div class="sidebox"><h3>北浜新報を購読しませんか</h3><p>月ぎめ購読料 3,400円（税込）<br>お申し込みは販売店へ。</p></div>',
      '<section class="plan"><p>デジタル版 月額1,980円</p><p>初月無料で、すべての記事が読めます。</p></section>',
    ]) {
      const { text } = read(`${STORY}${box}<p>港の将来像は、来春の計画で示される。</p>`);
      expect(text).toContain('港の将来像は、来春の計画で示される。');
      expect(text).not.toMatch(/購読|月額|販売店|初月無料/);
    }
  });

  it('a story telling a new subscription price stays', () => {
    const { text } = read(
      `${STORY}<p>北浜新報は来年1月から、購読料を月額4,400円に改める。紙代や配送費の上昇が理由という。</p>`,
    );
    expect(text).toContain('購読料を月額4,400円に改める。');
  });

  it('an appeal the story quotes and a paragraph of the story asking for entries stay', () => {
    const { text } = read(
      `${STORY}<p>港湾会社は「記念の絵はがきが欲しい方は、はがきでご応募ください」と呼びかけている。</p>
      <p>見学会の参加者も募っている。希望者は同社のホームページから応募してください。</p>`,
    );
    expect(text).toContain('はがきでご応募ください」と呼びかけている。');
    expect(text).toContain('ホームページから応募してください。');
  });

  it('a brief told whole in one short box, its appeal with it, stays', () => {
    const { text } = read(
      '<div class="brief"><p>北浜市は、港の見学会を12月に開く。</p><p>定員は30人。</p><p>はがきでご応募ください。</p></div>',
    );
    expect(text).toContain('北浜市は、港の見学会を12月に開く。');
    expect(text).toContain('はがきでご応募ください。');
  });
});

describe('a trail ending at the article is no part of it', () => {
  it('goes over the headline, whatever marks its steps', () => {
    for (const trail of [
      `<a href="/">ホーム</a> ＞ <a href="/life/">暮らし</a> ＞ ${HEADLINE}`,
      `<a href="/">トップ</a> › <a href="/eco/">経済</a> › ${HEADLINE}`,
      `<a href="/">HOME</a> &gt; <a href="/why/">ナゼ解決</a> &gt; 岸壁、なぜ改修するの？`,
    ]) {
      const { text } = read(STORY, `<div class="path">${trail}</div><h1>ナゼ解決　${HEADLINE}</h1>`);
      expect(text).toContain('総事業費は約48億円を見込む。');
      expect(text).not.toMatch(/ホーム|トップ|HOME|暮らし|経済 /);
      expect(text.match(/なぜ改修するの？/g), trail).toHaveLength(1);
    }
  });

  it('a comparison in the story stays', () => {
    const { text } = read(`${STORY}<p>需要＞供給の状態が、岸壁の改修を急がせた。</p>`);
    expect(text).toContain('需要＞供給の状態が、岸壁の改修を急がせた。');
  });
});
