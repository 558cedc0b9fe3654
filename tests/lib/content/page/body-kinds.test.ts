import { describe, expect, it } from 'vitest';
import { isBoilerplate, isCaption } from '../../../../lib/content/page/boilerplate';
import { isBylineStamp } from '../../../../lib/content/page/dateline';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { isCreditLine, isPromoLine, isStandingNotice } from '../../../../lib/content/page/furniture-lines';
import { fixture, parse } from './load';

/** The page's lines as kind and text, and its body text without captions. */
function read(name: string) {
  const page = extractArticle(fixture(name));
  const lines = page.lines.map((l) => ({ kind: l.kind, text: page.map.text.slice(l.start, l.end) }));
  const body = lines
    .filter((l) => l.kind !== 'caption')
    .map((l) => l.text)
    .join('\n');
  return { page, lines, body };
}

const el = (html: string) => parse(`<html><body>${html}</body></html>`).body.firstElementChild as Element;

describe('the rest of a story a subscriber’s page shows in a box classed paywall', () => {
  it('a Q&A explainer’s later questions and answers are the story; the promo box after it is not', () => {
    const { page, lines, body } = read('paywall-qa-explainer');
    expect(page.isArticle).toBe(true);
    expect(lines).toContainEqual({ kind: 'heading', text: 'Q 打つ手はないの？' });
    expect(body).toContain('ある町では最終便が1時間早まりました。');
    expect(body).not.toContain('有料記事');
  });

  it('paragraphs after an in-read ad; a short prompt box classed paywall still goes', () => {
    const { page, body } = read('paywall-rest-after-ad');
    expect(page.isArticle).toBe(true);
    expect(body).toContain('初年度は約120トンの出荷を見込む。');
    expect(body).toContain('と話した。');
    expect(body).not.toContain('この先は有料です。');
  });

  it('a box of paragraphs with no promo is the story’s; an empty box or a prompt is the paywall’s', () => {
    expect(
      isBoilerplate(el('<div class="paywall"><p>県は3日、計画を公表した。</p><p>工事は来春始まる。</p></div>')),
    ).toBe(false);
    expect(isBoilerplate(el('<div class="paywall"><p>この先は有料です。</p><a href="/login">ログイン</a></div>'))).toBe(
      true,
    );
    expect(isBoilerplate(el('<div class="paywall"><p>続きは有料会員限定です。</p><p>今なら初月無料。</p></div>'))).toBe(
      true,
    );
  });
});

describe('a story’s line that gives a plan’s price and tells what happened', () => {
  it('stays in the body; the site’s own offer under the story goes', () => {
    const { body } = read('plan-price-report');
    expect(body).toContain('（月額400円、年額3800円）');
    expect(body).not.toContain('月額980円');
  });

  it('told in the plain past it is news; the shop’s 「ました。」 or a bare offer is a promo', () => {
    expect(isPromoLine('有料版（月額500円、年額5000円）は変わらない。登録者は前年の2倍に増えた。')).toBe(false);
    expect(isPromoLine('今なら初月無料。月額500円、年額5000円でお読みいただけます。')).toBe(true);
    expect(isPromoLine('月額500円、年額5000円のプランを新たにご用意しました。')).toBe(true);
  });
});

describe('a ranked list of the story’s own figures under a ranking class', () => {
  it('its items, no link among them, are the story’s; the site’s linked ranking box goes', () => {
    const { body } = read('ranked-list-in-body');
    expect(body).toContain('1位 山里県 21.4%');
    expect(body).toContain('5位 東峰県 19.5%');
    expect(body).not.toContain('駅前再開発');
  });

  it('the same in a camelCase box of list items', () => {
    const { body } = read('ranked-items-camelcase');
    expect(body).toContain('3位 トイレットペーパー（27%）');
    expect(body).not.toContain('新米の価格');
  });

  it('a ranking box of links, or an empty one, is furniture', () => {
    expect(isBoilerplate(el('<ol class="ranking"><li><a href="/a/1">駅前再開発、来月着工へ</a></li></ol>'))).toBe(true);
    expect(isBoilerplate(el('<div class="ranking"></div>'))).toBe(true);
    expect(isBoilerplate(el('<ol class="rank-list"><li>1位　北浜市　482件</li></ol>'))).toBe(false);
  });
});

describe('a WordPress post’s headline inside its <div> of taxonomy classes', () => {
  it('status-publish marks the post, though hentry is missing: its h1 is the headline', () => {
    const { page, lines } = read('wp-status-publish-headline');
    expect(page.isArticle).toBe(true);
    expect(lines[0]).toEqual({ kind: 'headline', text: '港町の老舗銭湯が閉業へ 燃料高で102年の歴史に幕' });
    // A tag list in a div of its own is still furniture.
    expect(isBoilerplate(el('<div class="tag-list"><a href="/tag/a">銭湯</a></div>'))).toBe(true);
  });
});

describe('an old layout’s captions and credit', () => {
  it('a <font> caption after <img><br> is a caption; a credit with a slash is no line of the story', () => {
    const { page, lines, body } = read('oldlayout-font-captions');
    expect(page.isArticle).toBe(true);
    expect(lines).toContainEqual({ kind: 'caption', text: 'ぼんぼりに照らされた桜並木（4月5日）' });
    expect(lines).toContainEqual({ kind: 'caption', text: '左：和太鼓の演奏 右：夜店に並ぶ家族連れ' });
    expect(body).not.toContain('編集部');
    expect(isCreditLine('（取材・写真／編集部 まつい）')).toBe(true);
    // A description, not a name, after the slash.
    expect(isCreditLine('（写真／式典の様子）')).toBe(false);
  });
});

describe('a fact check’s desk on its stamp line, and the ratings legend under each check', () => {
  it('the fixture reads as its verdict’s story', () => {
    const { page, body } = read('factcheck-rating-legend');
    expect(page.isArticle).toBe(true);
    expect(body).toContain('投稿の内容は誤りと判定した。');
    expect(body).not.toContain('判定基準');
  });

  it('a stamp with a desk’s name is a byline; a line that says more is not', () => {
    expect(isBylineStamp('2025年2月3日 12:00 検証班', [])).toBe(true);
    expect(isBylineStamp('2025年2月3日 12:00 経済部', [])).toBe(true);
    expect(isBylineStamp('2025年2月3日 12:00 検証班の調べでは、投稿は誤りだった。', [])).toBe(false);
  });

  it('the legend goes with its box; a subhead 「判定」 in the body stays', () => {
    const got = extractArticle(
      parse(
        '<html lang="ja"><head><meta property="og:type" content="article"><meta property="article:published_time" content="2025-02-03T12:00:00+09:00"><title>「給食に外国産米」は誤り</title></head><body><main><h1>「給食に外国産米」は誤り</h1><p>2025年2月3日 12:00 検証班</p><p>SNSに「北浜市の給食は外国産米になった」とする投稿が広がった。市教育委員会によると、米は全量を県内の農協から買っている。担当者は取材に「外国産米を使ったことはない」と話した。</p><h2>判定</h2><p>投稿は根拠を示しておらず、誤りと判定した。</p><div class="box"><p>ファクトチェックの判定基準</p><ul><li>正確：事実の誤りはない</li><li>誤り：根幹部分に事実の誤りがある</li></ul></div></main></body></html>',
      ),
    );
    expect(got.map.text).toContain('判定\n');
    expect(got.map.text).toContain('誤りと判定した。');
    expect(got.map.text).not.toContain('判定基準');
    expect(got.map.text).not.toContain('根幹部分');
    expect(got.map.text).not.toContain('検証班');
  });
});

describe('a photo story’s cover caption and the rights notice under it', () => {
  it('<p class="cap"> is a caption; the notice is no story', () => {
    const { lines, body } = read('photo-story-cap-class');
    expect(lines).toContainEqual({
      kind: 'caption',
      text: 'ヘッドライトを頼りに峠道の雪をかく除雪車＝20日午前4時、北山町（小型無人機から）',
    });
    expect(body).not.toContain('無断転載');
    expect(isCaption(el('<div class="figcap">港に並ぶ漁船</div>'))).toBe(true);
    expect(isCaption(el('<div class="capital">県都の人口</div>'))).toBe(false);
    // A story about a rights dispute tells it: 「…と述べた」 reports.
    expect(isStandingNotice('同社は「無断転載を禁じます」と掲げていたと述べた。')).toBe(false);
  });
});

describe('a Q&A corner’s call for readers’ questions', () => {
  it('the call and its label go; the answers stay', () => {
    const { body } = read('qa-call-for-questions');
    expect(body).toContain('上乗せ分はごみ減量の取り組みなどに使われています。');
    expect(body).not.toContain('お寄せください');
    expect(body).not.toContain('募集しています');
    expect(isStandingNotice('市は新しい公園の名前を募集している。')).toBe(false);
  });
});

describe('a flash’s note that it will be updated', () => {
  it('「…分かり次第、更新します」 under the story is no line of it; a report of such a promise is', () => {
    const { page, body } = read('flash-update-note');
    expect(page.isArticle).toBe(true);
    expect(body).toContain('店舗の統廃合は今後検討するという。');
    expect(body).not.toContain('速報です');
    expect(isStandingNotice('詳細が判明次第、更新します。')).toBe(true);
    expect(isStandingNotice('市は、被害の状況が分かり次第、更新するとしている。')).toBe(false);
  });
});
