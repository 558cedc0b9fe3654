import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import {
  isCreditLine,
  isNameSignOff,
  isPaywallCut,
  isPromoLine,
  isStandingNotice,
} from '../../../../lib/content/page/furniture-lines';
import { fixture, parse } from './load';

describe('what of a paywalled page is the article', () => {
  const page = extractArticle(fixture('paywall'));
  const lines = page.lines.map((l) => ({ kind: l.kind, text: page.map.text.slice(l.start, l.end) }));

  it('keeps the standfirst, the subhead, the caption and the free part of the body', () => {
    expect(page.isArticle).toBe(true);
    expect(lines[0]).toEqual({ kind: 'headline', text: '地方鉄道、赤字路線の4割が存続協議へ 国の新制度で' });
    expect(page.map.text).toContain('利用者の減少が続く地方のローカル線をどう残すのか。');
    expect(lines).toContainEqual({ kind: 'heading', text: '「乗って残す」運動も' });
    expect(lines).toContainEqual({
      kind: 'caption',
      text: '朝の通学時間帯でも乗客がまばらな2両編成の列車＝4月、中国地方',
    });
    expect(page.map.text).toContain('国は改修費の一部を補助する予算を…');
  });

  it('leaves out the paywall notice, the subscription offer, the profile box and related stories', () => {
    for (const junk of [
      '有料会員',
      '残り1826文字',
      '初月無料',
      '月額980円',
      'この記事を書いた人',
      '2008年入社',
      'ローカル線の運賃',
    ])
      expect(page.map.text).not.toContain(junk);
  });
});

describe('isPromoLine', () => {
  it.each([
    'この記事は有料会員記事です。残り1826文字有料会員になると続きをお読みいただけます。',
    '【春の特別企画】スタンダードコースが今なら初月無料、2カ月目から月額980円。詳しくはこちら',
    'ログインして続きを読む',
    '会員限定記事',
    '今なら3カ月間無料でお試しいただけます！',
    '本紙デジタル版なら、紙面そのままの形で朝刊を読めます。購読者は追加料金なしでご利用いただけます。詳しくはこちら',
    '※時事通信から配信された記事です。記事・写真の無断転載を禁じます。',
    '紙面のご購読はこちらから。1部150円、月ぎめ600円（税込み）',
    '【広告】駅前の結婚式場ならホテル北山',
    '[PR] 北山の注文住宅は北山ホーム',
    'Copyright © Kitayama Shimpo, Inc. All Rights Reserved.',
  ])('promo: %s', (line) => {
    expect(isPromoLine(line)).toBe(true);
  });

  it.each([
    // News about prices and subscriptions reports them.
    '同社は月額980円のプランを始め、今なら初月無料で使えるという。',
    '新聞各社の有料会員数は、この1年で1割ほど増えたと発表した。',
    '動画配信の月額料金は、来月から100円上がる。',
    '市内の会員制ジムは、入会金を無料にしている。',
    '新しい図書館は、市外の人もご利用いただけるという。',
    '写真を無断転載したとして、県警は男を書類送検したと発表した。',
    '市の広告付き封筒は、来年度から100社に広げる方針だ。',
    // A release's spec line.
    '価格　　：月額2,980円（税込）',
  ])('news: %s', (line) => {
    expect(isPromoLine(line)).toBe(false);
  });
});

describe('sections that follow a story', () => {
  const body = `<p>北山市の駅前に3日、国産小麦を使うパン店が開店した。開店前から約50人が列をつくった。</p><p>店主は市内の洋菓子店で10年修業した。「地元の人が毎朝寄れる店にしたい」と話している。</p>`;
  const read = (inner: string) => {
    const doc = parse(
      `<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-05T18:00:00+09:00"></head><body><article><h1>駅前に新しいパン店</h1>${inner}</article></body></html>`,
    );
    return extractArticle(doc).map.text;
  };

  it('a profile box, by its class or by its heading', () => {
    const byClass = read(
      `${body}<div class="writer-profile"><p>山田花子</p><p>1985年生まれ。2010年から地域面を担当。</p></div>`,
    );
    expect(byClass).toContain('店主は市内の洋菓子店');
    expect(byClass).not.toContain('1985年');
    const byHeading = read(
      `${body}<div class="x7"><div class="x8">この記事を書いた人</div><p>山田花子</p><p>1985年生まれ。2010年から地域面を担当。</p></div>`,
    );
    expect(byHeading).toContain('店主は市内の洋菓子店');
    expect(byHeading).not.toMatch(/山田花子|1985年/);
  });

  it('a loose heading of related stories in a flat article takes the lines up to the next heading', () => {
    const teasers = '<p>朝市の来場者、10万人を突破した。</p><p>新駅の名前が公募で決まった。</p>';
    const text = read(`${body}<h2>■関連記事</h2>${teasers}`);
    expect(text).toContain('店主は市内の洋菓子店');
    expect(text).not.toMatch(/関連記事|朝市|新駅/);
    // A box of related links between two paragraphs: the story goes on after it.
    const links =
      '<ul><li><a href="/a">朝市の来場者、10万人を突破</a></li><li><a href="/b">新駅の名前決まる</a></li></ul>';
    const inline = read(
      `<p>北山市の駅前に3日、パン店が開店した。</p><div class="x1"><p class="x2">【関連記事】</p>${links}</div><p>店主は市内の洋菓子店で10年修業した。</p><p>開店前から約50人が列をつくった。</p>`,
    );
    expect(inline).toMatch(/洋菓子店で10年修業した。[\s\S]*約50人が列/);
    expect(inline).not.toMatch(/関連記事|朝市|新駅/);
    // An in-read ad slot between two halves of the body: its label goes, the story goes on after it.
    const ad = read(
      `<div class="b"><p>北山市の駅前に3日、パン店が開店した。</p></div><div class="s"><div id="ad_inread"><span>広告</span></div></div><div class="b"><p>店主は市内の洋菓子店で10年修業した。</p><p>開店前から約50人が列をつくった。</p></div>`,
    );
    expect(ad).toMatch(/開店した。[\s\S]*洋菓子店で10年修業した。[\s\S]*約50人が列/);
    expect(ad).not.toContain('広告');
    // A series' other parts, and the feedback form under the story.
    const series = read(
      `${body}<div class="s1"><p>特集「街のパン屋」の記事</p><ul><li>第1回 老舗の3代目</li><li>第3回 7月公開予定</li></ul></div><div class="f"><h3>この記事へのご意見</h3><p>ご意見をお寄せください。今後の紙面づくりの参考にします。</p></div>`,
    );
    expect(series).toContain('店主は市内の洋菓子店');
    expect(series).not.toMatch(/特集|第1回|第3回|ご意見/);
    // A subhead of the story is no such section.
    const subhead = read(`<h2>開店前から行列</h2>${body}`);
    expect(subhead).toContain('開店前から行列');
  });
});

describe('the standfirst and lead photo before a declared body', () => {
  const body = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>第${i + 1}段落。市の担当者によると、参加者は前の年より${i + 1}割ほど増えたという。会場は終日にぎわった。</p>`,
  ).join('');
  const doc = () =>
    parse(
      `<html lang="ja"><head><meta property="og:type" content="article"><meta property="og:title" content="市の催しに大勢の人出"></head><body><article><header><h1>市の催しに大勢の人出</h1><p class="date">2025年5月3日</p><p class="standfirst">大型連休の3日、市の春祭りが開かれた。好天に恵まれ、会場には家族連れが詰めかけた。</p><div class="share"><a href="/s">シェアする</a></div><p><a href="/p">【写真】会場の様子</a></p></header><figure><img src="a.jpg" alt=""><figcaption>にぎわう会場＝3日</figcaption></figure><div itemprop="articleBody">${body}</div></article></body></html>`,
    );

  it('are read after the headline, in order; date line, share bar and link lines are not', () => {
    const page = extractArticle(doc());
    expect(page.articleRoot?.getAttribute('itemprop')).toBe('articleBody');
    const lines = page.lines.map((l) => ({ kind: l.kind, text: page.map.text.slice(l.start, l.end) }));
    expect(lines.slice(0, 4)).toEqual([
      { kind: 'headline', text: '市の催しに大勢の人出' },
      { kind: 'paragraph', text: '大型連休の3日、市の春祭りが開かれた。好天に恵まれ、会場には家族連れが詰めかけた。' },
      { kind: 'caption', text: 'にぎわう会場＝3日' },
      {
        kind: 'paragraph',
        text: '第1段落。市の担当者によると、参加者は前の年より1割ほど増えたという。会場は終日にぎわった。',
      },
    ]);
    expect(page.map.text).not.toMatch(/2025年5月3日|シェア|【写真】/);
  });
});

describe('isStandingNotice', () => {
  it.each([
    '北山テレビでは、事件や事故の情報、写真・動画を募集しています。',
    '北山放送では、台風の被害の写真や動画を募集しています。',
    '運行状況は変わることがあります。お出かけ前に最新の情報をご確認ください。',
    '映像を見るには、ブラウザーのJavaScriptを有効にしてください。',
    'PDFファイルの閲覧には、Adobe Reader（無料）が必要です。',
    '※この欄は識者の寄稿です。内容は筆者個人の見解であり、本紙の見解を示すものではありません。',
    '論説は北山新報論説委員会の見解です。ご意見・ご感想はこちらへ。',
    '※この記事は随時更新します。',
    'このページは適宜更新しています。',
    '動画ページを開く',
    '▶ 映像を見る',
    '北浜タイムズの記事利用について',
    '社内資料への転載・複製をご希望の方は、専用の窓口にお申し込みください。',
    '動画の再生には通信料がかかります。',
    '一部のブラウザでは再生できない場合があります。',
    'この記事は、5月2日放送の「北浜イブニング」で紹介しました。',
    'このニュースは、北浜テレビの番組「ゆうがたライブ」でお伝えしたものです。',
    // A local station's note that the story will air: 「…１２ｃｈ「…」で…から１週間放送します。」
    'このニュースは、みなとケーブルテレビ１２ｃｈ「みなとイブニング」で８月４日から１週間放送します。',
    'この内容は、コミュニティチャンネル「北浜ワイド」で5日に放送します。',
    'このニュースは、北山テレビ「夕方ワイド」で3日午後6時15分から放送します。',
  ])('a notice to the readers under every story: %s', (text) => {
    expect(isStandingNotice(text)).toBe(true);
  });

  it.each([
    '市は、写真コンテストの作品を募集しています。',
    '市によると、住民から写真や動画を募集しているという。',
    '県は最新の情報を確認するよう呼びかけています。',
    '知事は、筆者の見解に反論したと説明した。',
    '市によると、この記事は随時更新の対象だという。',
    '漫画を無断で転載したとして、男が逮捕された。',
    '動画を見ると、男が店に入る様子が映っている。',
    '番組で紹介した店には、放送の翌日から客が詰めかけたという。',
    '携帯電話の通信料が高いとの声を受け、総務省は見直しを求めた。',
    'このニュースは大きな反響を呼び、番組には放送の翌日から問い合わせが相次いだという。',
  ])('a story’s line: %s', (text) => {
    expect(isStandingNotice(text)).toBe(false);
  });
});

describe('a broadcaster’s call for tips and a share bar’s label are no part of the story', () => {
  it('drops the labelled tip box, a loose call for pictures and the 「共有:」 label', () => {
    const page = extractArticle(
      parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-05T18:00:00+09:00"></head><body><article>
        <h1>北山市で突風、倉庫の屋根飛ぶ</h1>
        <p>5日午後、北山市で突風が吹き、倉庫の屋根が飛ばされました。けが人はいませんでした。近くの住宅でも窓ガラスが割れるなどの被害が出ています。</p>
        <p>気象台は、6日も大気の状態が不安定になるとして注意を呼びかけています。</p>
        <div class="share"><h3>共有:</h3><ul><li><a href="#">X</a></li></ul></div>
        <div class="tip"><p>情報をお寄せください</p><p>北山テレビでは、事件・事故や災害などの情報、写真・動画を募集しています。</p><a href="/post/">投稿する</a></div>
        <div class="box"><p>北山テレビでは、突風の被害の写真や動画を募集しています。</p></div>
      </article></body></html>`),
    );
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('注意を呼びかけています。');
    expect(page.map.text).not.toMatch(/共有|お寄せ|募集/);
  });
});

describe('a paywall’s cut ends the story', () => {
  it.each([
    ['この記事は有料記事です。残り980文字', true],
    ['会員登録すると続きをお読みいただけます。', true],
    ['会員限定記事', false],
    ['市の有料会員制度は、登録者数が続きの課題だと説明した。', false],
  ])('%s', (line, cut) => {
    expect(isPaywallCut(line)).toBe(cut);
  });

  it('drops the offer and the expert comments after the cut, keeps what comes before it', () => {
    const page = extractArticle(
      parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-20T07:00:00+09:00"></head><body><main><article>
        <h1>北山線の無人駅、半数で券売機撤去へ</h1>
        <div class="a1b2"><p>北山鉄道は19日、北山線の無人駅12駅のうち6駅で、来春までに券売機を撤去すると発表した。</p><p>利用者が1日100人を下回る駅が対象で、車内で運賃を払う方式に切り替える。</p><p>沿線の北山市は「高齢者が戸惑わないよう周知してほしい」と話している。</p></div>
        <div class="c3d4"><p>この記事は有料記事です。残り1240文字</p><ul><li>デジタル版の記事がすべて読み放題</li><li>過去30年分の記事を検索できます</li></ul><p>夏の割引実施中！スタンダードプランが2カ月間100円</p></div>
      </article>
      <section class="e5f6"><h2>有識者の声</h2><div><p>交通政策の研究者</p><p>無人駅の券売機をなくすと、乗車駅の記録が残らず、利用実態がつかみにくくなります。運賃収受の方法を変えるなら、データの取り方も合わせて考える必要があります。</p><p>共感した 52</p></div></section>
      </main></body></html>`),
    );
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('と話している。');
    expect(page.map.text).not.toMatch(/残り|読み放題|検索できます|割引|有識者|運賃収受|共感/);
  });
});

describe('a body container named for the paywall holds the free lead', () => {
  it('keeps the lead before the cut, drops the paywall’s own box with its promo', () => {
    const page = extractArticle(fixture('paywall-lead'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('倉庫は2027年春の稼働を目指す。');
    expect(page.map.text).toContain('空きを待つ荷主が');
    expect(page.map.text).not.toMatch(/プレミアム会員|残り864字|読み放題|ログイン|関連記事/);
  });
});

describe('a review’s spec box and shop box are no part of it', () => {
  it('keeps the review and its subheads, drops the spec table, the affiliate box and its disclosure', () => {
    const page = extractArticle(fixture('gadget-review'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('2センチの段差も越える新型の車輪');
    expect(page.map.text).toContain('「夏までのアプリ更新で短縮したい」と話している。');
    expect(page.map.text).not.toMatch(
      /主なスペック|本体サイズ|最大150分|実売価格：|公式ストア|アフィリエイト|関連記事/,
    );
  });

  it('the disclosure is a standing notice; news about affiliate ads is not', () => {
    expect(isStandingNotice('※本記事はアフィリエイトプログラムによる収益を得ている場合があります')).toBe(true);
    expect(isStandingNotice('消費者庁は、アフィリエイト広告で収益を得る事業者への指導を強めると発表した。')).toBe(
      false,
    );
  });

  it('a subhead about the product’s specs that tells something stays (「仕様変更で電池が長持ちに」)', () => {
    const page = extractArticle(
      parse(
        fixture('gadget-review')
          .documentElement.outerHTML.replace('<h3>主なスペック</h3>', '<h3>仕様変更で電池が長持ちに</h3>')
          .replace(
            /<table>[\s\S]*?<\/table>/,
            '<p>充電1回あたりの運転時間は、従来機より30分長い最大150分になった。</p>',
          ),
      ),
    );
    expect(page.map.text).toContain('最大150分になった。');
  });
});

describe('an English-styled site’s furniture over a Japanese story', () => {
  it('drops the English byline stamp and a box under a label in capitals, keeps the story', () => {
    const page = extractArticle(fixture('english-labels'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('夜間便ができる。');
    expect(page.map.text).toContain('大人片道1350円とする。');
    expect(page.map.text).not.toMatch(/By|JST|JOIN OUR MEMBERS|会員の皆さま|TAGS|MOST POPULAR/);
  });

  it('a reader-funded site’s appeal is a promo; a story about a body run on donations is not', () => {
    expect(
      isPromoLine(
        '北浜ジャーナルは読者の皆さまの支援で運営されています。月500円からのサポーター会員にご参加ください。',
      ),
    ).toBe(true);
    expect(isPromoLine('同館は市民の寄付で運営されており、来年度からは入館料を200円に上げる方針だ。')).toBe(false);
  });

  it('a label in capitals standing loose goes alone: the story after it stays', () => {
    const page = extractArticle(
      parse(
        fixture('english-labels').documentElement.outerHTML.replace(
          '<div class="post-content">',
          '<div class="post-content"><p>LOCAL NEWS</p>',
        ),
      ),
    );
    expect(page.map.text).not.toContain('LOCAL NEWS');
    expect(page.map.text).toContain('来年4月から夜間便を1日1往復増やすと発表した。');
    expect(page.map.text).toContain('大人片道1350円とする。');
  });
});

describe('a sign-off closing the story', () => {
  it('drops a desk’s sign-off and an outlet’s credit, keeps the story', () => {
    const page = extractArticle(fixture('signed-off'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('と話した。');
    expect(page.map.text).not.toMatch(/北部報道部|北浜テレビ/);
  });
});

describe('a live page’s stamps, note and entry writer lines', () => {
  it('drops 配信開始, the 随時更新 note, NEW badges and 「11:20 社会部・南野恵」, keeps entries and lead', () => {
    const page = extractArticle(fixture('live-entries'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('市内の交通や暮らしへの影響をお伝えします。');
    expect(page.map.text).toContain('市営バス、山間部の3路線で運休');
    expect(page.map.text).toContain('大雪に警戒するよう呼びかけています。');
    expect(page.map.text).not.toMatch(/配信開始|随時更新します|NEW|社会部|写真部/);
  });
});

describe('an article-reuse box after the story', () => {
  it('drops the box’s title and its offer, keeps the story', () => {
    const page = extractArticle(fixture('reuse-box'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('ほぼ横ばいだったという。');
    expect(page.map.text).not.toMatch(/記事利用|転載/);
  });
});

describe('a gallery’s label and a file list’s label after the story', () => {
  it('drops 「この記事の画像（3枚）」 and 「関連ファイル」, keeps the story', () => {
    const page = extractArticle(fixture('gallery-files'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('約800万円を見込んでいます。');
    expect(page.map.text).not.toMatch(/この記事の画像|関連ファイル/);
  });
});

describe('a local station’s gallery heading and airing note after the story', () => {
  it('drops 「写真ギャラリー」 and 「このニュースは、…で…放送します。」, keeps the story and its captions', () => {
    const page = extractArticle(fixture('catv-festival-gallery'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('来年も続けていきたい」と話していた。');
    expect(page.map.text).toContain('湾内を進む電飾船');
    expect(page.map.text).not.toMatch(/写真ギャラリー|このニュースは/);
  });
});

describe('a wire story’s stamp with the agency’s credit', () => {
  it('drops 「2025年11月3日 9時05分（最終更新 …） 北浜通信」, keeps the story', () => {
    const page = extractArticle(fixture('wire-stamp-credit'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('と話している。');
    expect(page.map.text).not.toMatch(/最終更新|9時05分/);
  });
});

describe('a carousel of the story’s captioned photos is no poll', () => {
  it('keeps the captions beside 「前へ」「次へ」 buttons', () => {
    const page = extractArticle(fixture('photo-carousel'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('体育館に並んだ野菜の売り場＝11日、北山町');
    expect(page.map.text).toContain('開場を待つ人たちの列');
    expect(page.map.text).toContain('と話した。');
    // The player's link over the story is no line of it.
    expect(page.map.text).not.toContain('動画ページを開く');
  });
});

describe('isNameSignOff: a reporter’s name alone in brackets', () => {
  it('closes the story, or its part, after prose', () => {
    expect(isNameSignOff('（松浦大地）', '市は来年度も事業を続ける方針だ。')).toBe(true);
    expect(isNameSignOff('（ジョン・スミス）', undefined)).toBe(true);
  });

  it('names the speaker of the quote above it; kana words and longer lines are no names', () => {
    expect(isNameSignOff('（山田一郎）', '「今年は豊作だ。来年も続けたい」')).toBe(false);
    expect(isNameSignOff('（つづく）', '市は来年度も事業を続ける方針だ。')).toBe(false);
    expect(isNameSignOff('（写真は本人提供）', '市は来年度も事業を続ける方針だ。')).toBe(false);
  });
});

describe('a story’s furniture told by its words: a carousel’s counter, a gallery’s link, a research release’s boxes', () => {
  const page = (body: string) =>
    parse(
      `<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-10-20T10:00:00+09:00"><title>標高で違う冬越し　在来ミツバチを調査</title></head><body><main><h1>標高で違う冬越し　在来ミツバチを調査</h1>${body}</main></body></html>`,
    );
  it('drops 「2 / 2」, 「この記事の写真を見る（全8枚）」, the 論文情報 and お問い合わせ boxes', () => {
    const got = extractArticle(
      page(
        '<div class="slider"><figure><img src="/a.jpg" alt=""><figcaption>巣箱を調べる研究チーム＝9月、北山村</figcaption></figure><p class="count">2 / 2</p></div>' +
          '<p>北山大学の研究チームは、在来のミツバチが冬を越せた割合を標高ごとに調べ、その結果を20日に発表した。標高の高い地域ほど割合が低かった。</p>' +
          '<p class="more">この記事の写真を見る（全8枚）</p>' +
          '<p>チームは約60の巣箱を3年間観察した。代表の教授は「養蜂家の巣箱選びに役立ててほしい」と話している。</p>' +
          '<div class="paper"><h3>論文情報</h3><p>掲載誌：Journal of Bee Studies<br>著者：北山花子、ほか<br>DOI：10.0000/bee.2025.001</p></div>' +
          '<div class="ask"><h3>お問い合わせ</h3><p>北山大学農学部　北山花子<br>電話：000-000-0000</p></div>',
      ),
    );
    expect(got.isArticle).toBe(true);
    expect(got.map.text).toContain('巣箱を調べる研究チーム＝9月、北山村');
    expect(got.map.text).toContain('と話している。');
    expect(got.map.text).not.toMatch(/2 \/ 2|写真を見る|論文情報|掲載誌|DOI|お問い合わせ|000-000/);
  });
});

describe('isCreditLine', () => {
  it.each([
    '（取材・文 北原祐介）',
    '(文・写真＝北原祐介)',
    '[写真]=北原祐介',
    '【写真】＝共同',
    '（北原祐介　編集：南野 恵）',
    '（写真：共同）',
    '（共同通信）',
    '(AFP=時事)',
    // An outlet's credit, a desk's sign-off.
    '（北浜テレビ）',
    '（南海放送）',
    '（北山新報）',
    '（中部報道部・北原祐介）',
    '（社会部　南野恵）',
    '（那覇支局・北原）',
    // A live entry's writer line under its time.
    '16:40写真部・北原祐介',
    '9:05 社会部 南野恵',
  ])('credit: %s', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    '（北原祐介）',
    '（写真は本人提供）',
    '（写真：開会式の様子）',
    '写真：記念撮影に応じる選手たち',
    '（文化部）',
    '（テレビ）',
    '（地元のテレビ局の取材に応じた）',
    '（社会部・取材に応じた北原さん）',
    '（全部・3件）',
    '（北浜テレビの番組から）',
    '16:40 社会部の北原さんが現地に入った',
    '写真部・北原祐介',
    '（取材に応じた北原さんは「驚いた」と話した。）',
  ])('no credit: %s', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});

describe('a time stamp with a label beside it is no line of the story', () => {
  it('drops 「2025年9月5日 18:00（19:02更新） [会員限定記事]」', () => {
    const page = extractArticle(
      parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-05T18:00:00+09:00"></head><body><article>
        <h1>北山市で突風、倉庫の屋根飛ぶ</h1>
        <p>2025年9月5日 18:00（2025年9月5日 19:02更新） [会員限定記事]</p>
        <p>5日午後、北山市で突風が吹き、倉庫の屋根が飛ばされました。けが人はいませんでした。近くの住宅でも窓ガラスが割れるなどの被害が出ています。</p>
        <p>気象台は、6日も大気の状態が不安定になるとして注意を呼びかけています。</p>
      </article></body></html>`),
    );
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('注意を呼びかけています。');
    expect(page.map.text).not.toMatch(/会員限定|19:02/);
  });

  it('drops the issue a weekly printed it in (「■この記事の掲載号　週刊北浜新報　2025年9月12日号（第812号）3面」)', () => {
    const page = extractArticle(
      parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-12T10:00:00+09:00"></head><body><article>
        <h1>北山の商店街に子ども食堂</h1>
        <p>北山市の商店街に今月、子ども食堂が開いた。空き店舗を改装し、毎週土曜に1食100円で昼食を出す。</p>
        <p>運営する会の代表は「地域の大人が子どもを見守る場にしたい」と話している。</p>
        <p>■この記事の掲載号　週刊北浜新報　2025年9月12日号（第812号）3面</p>
        <p>掲載号：2025年9月12日号</p>
      </article></body></html>`),
    );
    expect(page.map.text).toContain('と話している。');
    expect(page.map.text).not.toMatch(/掲載号|第812号/);
  });
});

describe('a poll under the story is no part of it', () => {
  const read = (extra: string) =>
    extractArticle(
      parse(`<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-05T18:00:00+09:00"></head><body><article>
        <header><h1>北山市で突風、倉庫の屋根飛ぶ</h1><p class="dek">倉庫の屋根が飛ばされ、住宅の窓も割れた。</p><div class="share"><button>シェア</button><button>URLをコピー</button></div></header>
        <p>5日午後、北山市で突風が吹き、倉庫の屋根が飛ばされました。けが人はいませんでした。近くの住宅でも窓ガラスが割れるなどの被害が出ています。</p>
        <p>気象台は、6日も大気の状態が不安定になるとして注意を呼びかけています。</p>
        ${extra}
      </article></body></html>`),
    ).map.text;

  it('drops the question and the note of a box of choices, keeps a header with share buttons', () => {
    const text = read(
      '<div class="poll"><p>この記事は役に立ちましたか？</p><form><button>はい</button><button>いいえ</button></form><p>※回答は記事の改善に使います。</p></div>',
    );
    expect(text).toContain('倉庫の屋根が飛ばされ、住宅の窓も割れた。');
    expect(text).toContain('注意を呼びかけています。');
    expect(text).not.toMatch(/役に立ち|回答は/);
  });
});

describe('a translated wire story: its 原題 line is furniture, its summary bullets its standfirst', () => {
  it('is an article', () => {
    expect(extractArticle(fixture('wire-original-title')).reason).toBe('ok');
  });

  const page = extractArticle(fixture('wire-original-title'));
  const lines = page.lines.map((l) => page.map.text.slice(l.start, l.end));

  it('leaves out its 原題 line and the 原文（英語） note under it', () => {
    expect(page.map.text).not.toMatch(/原題|原文|Twelve bidders/);
  });

  it('keeps the summary bullets over the body as its standfirst', () => {
    expect(lines.slice(1, 4)).toEqual([
      '洋上風力の入札に12社が参加、前回の2倍',
      '欧州の電力会社が半数を占める',
      '落札者は6月に決まる見通し',
    ]);
  });
});
