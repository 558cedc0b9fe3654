import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { fixture, parse } from './load';

// Our page fixtures and what each one is (tests/fixtures/pages/index.json; scripts/eval-extraction.mjs scores them too).
const index = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/pages/index.json'), 'utf8')) as {
  pages: Record<string, { article: boolean; kind: string }>;
};

describe('article detection on the fixture pages', () => {
  it.each(Object.entries(index.pages))('%s', (name, want) => {
    expect(extractArticle(fixture(name)).isArticle, want.kind).toBe(want.article);
  });
});

const html = (head: string, body: string) =>
  parse(`<html lang="ja"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const og = '<meta property="og:type" content="article">';
const story = `<article><h1>駅前に新しいパン店</h1><p>北山市の駅前に3日、国産小麦を使うパン店が開店した。開店前から約50人が列をつくった。</p><p>店主は市内の洋菓子店で10年修業した。「地元の人が毎朝寄れる店にしたい」と話している。</p><p>市によると、駅前の空き店舗はこの2年で半分に減った。</p>`;

describe('a declared article with complete prose is one, however short', () => {
  it('the easy-Japanese page: five short sentences, readings and dictionary links on the words', () => {
    const page = extractArticle(fixture('nhk-easy'));
    expect(page).toMatchObject({ isArticle: true, reason: 'ok' });
    expect(page.map.text).toContain('ある町では、先月の雨がいつもの年の3分の1しか降りませんでした。');
    expect(page.map.text).toContain('県は、水を大切に使うように言っています。');
    expect(page.map.text).not.toMatch(/とうほく|ふりがな|夏休み/);
  });

  it('a three-sentence brief followed by teaser cards: the brief, without the cards', () => {
    const page = extractArticle(fixture('brief'));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).toContain('時給1020円とするよう労働局長に答申した。');
    expect(page.map.text).not.toMatch(/パート時給|有効求人倍率|花火大会/);
  });

  it('two sentences of 80 characters are enough; one sentence, or a bare notice, is not', () => {
    const two = `<h1>市長が辞職願</h1><p>北山市の山本一郎市長は5日、健康上の理由で任期途中の辞職願を市議会議長に提出した。市議会は来週開く臨時会で辞職に同意する見通しで、市長選挙は来月下旬にも行われ、後任には副市長らの名前が挙がっている。</p>`;
    expect(extractArticle(html(og, `<article>${two}</article>`)).isArticle).toBe(true);
    const one = `<h1>市長が辞職願</h1><p>北山市の山本一郎市長は5日、健康上の理由で任期途中の辞職願を市議会議長に提出し、市議会は来週開く臨時会で辞職に同意する見通しで、市長選挙は来月下旬にも行われ、後任には副市長らの名前が挙がっている。</p>`;
    expect(extractArticle(html(og, `<article>${one}</article>`))).toMatchObject({
      isArticle: false,
      reason: 'no-text',
    });
    const notFound =
      '<h1>ページが見つかりません</h1><p>お探しのページは見つかりませんでした。URLをご確認ください。</p>';
    expect(extractArticle(html(og, notFound)).isArticle).toBe(false);
  });

  it('a page stamped og:type "website" that dates itself under its declared headline', () => {
    expect(extractArticle(fixture('website-typed')).isArticle).toBe(true);
    // Undated, it must date itself in its lead as a brief does (「市立病院は7日、…発表した。」) or be long and
    // readable: a short text under a "website" stamp that dates itself nowhere is not taken.
    const page = readFileSync(join(__dirname, '../../../fixtures/pages/website-typed.html'), 'utf8');
    const dayLead = page.replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(extractArticle(parse(dayLead.replace(/<div class="day">[^<]*<\/div>/, ''))).isArticle).toBe(true);
    const headUndated = dayLead.replace('市立病院は7日、', '市立病院は、');
    const undated = headUndated.replace(/<div class="day">[^<]*<\/div>/, '');
    expect(extractArticle(parse(undated)).isArticle).toBe(false);
    // The date printed under the headline (<div class="day">2025年10月8日</div>) vouches as <head>'s would.
    expect(extractArticle(parse(headUndated)).isArticle).toBe(true);
    // An upkeep stamp there does not: a company's standing page is kept up, not published.
    const kept = headUndated.replace(
      /<div class="day">[^<]*<\/div>/,
      '<p class="updateDate">最終更新日：2025年10月8日</p>',
    );
    expect(extractArticle(parse(kept)).isArticle).toBe(false);
  });

  it('a page typed WebPage is signed by its author and publisher as an article is', () => {
    // A member's essay typed WebPage keeps its writer, whom the <title> names (「…｜あさぎ｜つづりば」): a post.
    const essay = readFileSync(join(__dirname, '../../../fixtures/pages/self-member-essay-webpage.html'), 'utf8');
    expect(extractArticle(parse(essay)).meta.writers).toEqual(['あさぎ']);
    expect(extractArticle(parse(essay)).isArticle).toBe(false);
    // A club's report published by its SportsOrganization, as by a SportsTeam, is the club's own.
    const club = readFileSync(join(__dirname, '../../../fixtures/pages/self-club-report-webpage.html'), 'utf8');
    expect(extractArticle(parse(club)).meta.publisherTypes).toEqual(['SportsOrganization']);
  });

  it('a writer’s own post stamped article is no article; labelled a column, the same prose is one', () => {
    const post = readFileSync(join(__dirname, '../../../fixtures/pages/personal-post.html'), 'utf8');
    expect(extractArticle(parse(post))).toMatchObject({ isArticle: false, reason: 'not-article' });
    // Stamped "website" with no article type, its title over 「2025年5月10日 21:00」 vouches for no story written as I
    // (「それでも、私はこの町に来てよかったと思っています。」), as it does for a wire's item.
    const website = post
      .replace('content="article"', 'content="website"')
      .replace('"@type":"Article"', '"@type":"WebPage"');
    expect(extractArticle(parse(website)).isArticle).toBe(false);
    const column = post.replaceAll('<h1>会社を辞めて1年', '<h1>【コラム】会社を辞めて1年');
    // …but not while the <title> names its writer as a platform titles a member's post (「見出し｜山田ゆき｜
    // ノートブック」): a label the member gives it makes it no outlet's column (self-published.ts).
    expect(extractArticle(parse(column)).isArticle).toBe(false);
    expect(extractArticle(parse(column.replace('｜山田ゆき｜', '｜'))).isArticle).toBe(true);
  });

  it('a long page stamped "website" is a story only if it is dated somewhere, its address included', () => {
    const prose = Array.from(
      { length: 12 },
      (_, i) =>
        `<p>第${i + 1}に、私たちは地域の皆さまとともに、環境に配慮したものづくりを進めてまいります。工場の電力は再生可能エネルギーへの切り替えを進め、物流でも排出の削減に取り組んでいます。こうした取り組みを、これからも着実に続けてまいります。</p>`,
    ).join('');
    const page = (url: string) =>
      html(
        `<meta property="og:type" content="website"><meta property="og:url" content="${url}"><meta property="og:title" content="トップメッセージ">`,
        `<main><h1>トップメッセージ</h1><article>${prose}</article></main>`,
      );
    expect(extractArticle(page('https://www.example.co.jp/csr/message/')).isArticle).toBe(false);
    expect(extractArticle(page('https://www.example.co.jp/news/20250708/message.html')).isArticle).toBe(true);
  });

  it('a table-layout story with no heading: the cell holding the declared title heads it, the date cell dates it', () => {
    const body =
      '　北山市の老舗菓子店が、今月末で70年の歴史に幕を下ろす。店主は78歳で、後継者がいない。<br>常連客からは惜しむ声が相次いでいる。<br>店は最終日まで通常通り営業し、名物の最中を毎日300個ほど用意するという。<br>';
    const page = (date: string) =>
      html(
        '<meta property="og:type" content="website"><meta property="og:title" content="北山の老舗菓子店が閉店へ　創業70年">',
        `<table><tr><td class="midashi"><font size="+1"><b>北山の老舗菓子店が閉店へ　創業70年</b></font></td></tr><tr><td class="hiduke">${date}</td></tr><tr><td class="honbun">${body}</td></tr></table>`,
      );
    expect(extractArticle(page('2024/11/03 10:15'))).toMatchObject({ isArticle: true });
    expect(extractArticle(page('2024/11/03 10:15')).meta.published).toBe('2024-11-03');
    expect(extractArticle(page('')).isArticle).toBe(false);
  });

  it('a page declaring nothing is a story when its declared title heads it over a dateline with the hour', () => {
    const body =
      '　県内で今年巣立ったコウノトリのひなが42羽に達し、過去最多を更新したことが、県立の公園の調べで分かった。<br>　同公園によると、今年は人工巣塔や電柱など計17カ所で営巣が確認された。4月から5月にかけてふ化したひなは順調に育ち、6月下旬から次々と巣立った。<br>　一方、電柱への営巣による停電の心配や、水田への立ち入りを巡る農家とのトラブルも報告されている。野外で生息するコウノトリは全国で400羽を超え、但馬以外の地域でも繁殖が広がっている。<br>';
    const page = (dateline: string) =>
      html(
        '<title>北山新聞｜但馬｜コウノトリのひな、過去最多の42羽巣立ち</title>',
        `<table><tr><td><font size="5"><b>コウノトリのひな、過去最多の42羽巣立ち</b></font><br><font size="2">${dateline}</font><br><br><font size="3">${body}</font></td></tr></table>`,
      );
    const story = extractArticle(page('2024/7/12 18:40'));
    expect(story.isArticle).toBe(true);
    expect(story.meta.published).toBe('2024-07-12');
    // An office page's 更新日 carries no hour: no dateline.
    expect(extractArticle(page('更新日：2024年7月12日')).isArticle).toBe(false);
  });

  it('a front page stamped "website" with today’s date beside the site’s name is no dated story', () => {
    const teasers = Array.from(
      { length: 4 },
      (_, i) => `<p>市内の${i + 1}つの小学校で、きょうから給食の新しい献立が始まった。地元の野菜を使う。</p>`,
    ).join('');
    const front = html(
      '<meta property="og:type" content="website"><meta property="og:site_name" content="あおばニュース"><meta property="og:title" content="あおばニュース">',
      `<header><h1>あおばニュース</h1><span class="date">2025年10月8日（水）</span></header><main>${teasers}</main>`,
    );
    expect(extractArticle(front).isArticle).toBe(false);
  });
});

describe('a page that declares nothing is a story when its prose reads as a dated story', () => {
  const weekly = readFileSync(join(__dirname, '../../../fixtures/pages/weekly-table.html'), 'utf8');

  it('an old weekly: the large-font line heads the text, the issue date dates it', () => {
    const page = extractArticle(parse(weekly));
    expect(page).toMatchObject({ isArticle: true, reason: 'ok' });
    expect(page.lines[0]?.kind).toBe('headline');
    expect(page.map.text.slice(0, page.lines[0]?.end)).toBe('旧郵便局が「まちの工房」に 木工教室を毎週土曜に');
    expect(page.meta.published).toBe('2025-02-07');
    // Its outlet is the site <title> names, not the host.
    expect(page.meta.byline).toBe('北山タウン週報');
    // The issue date over the headline dates it and is no line of the text.
    expect(page.map.text).not.toContain('2025年2月7日号');
    expect(page.lines[1]?.kind).toBe('paragraph');
  });

  it('the week’s other stories under it, bulleted links under a label, are left out', () => {
    const others =
      '<br><b>今週のその他のニュース</b><br>・<a href="/n/1.html">南谷の小学校で収穫祭</a><br>・<a href="/n/2.html">北山駅に新しい駐輪場</a><br>・<a href="/n/3.html">市議会、来月6日開会</a><br>';
    const page = extractArticle(parse(weekly.replace('<hr size="1">', `${others}<hr size="1">`)));
    expect(page.isArticle).toBe(true);
    expect(page.map.text).not.toMatch(/その他のニュース|収穫祭|駐輪場|市議会/);
  });

  it('a brief of three sentences on it is a story too; a teaser list’s lead under a linked headline is not', () => {
    const body = /<font size="2">\n　北山市本町[\s\S]*?<\/font>/;
    const brief =
      '　北山市本町の旧郵便局が今月、木工や手芸の教室を開く工房になった。1日の最初の教室には小学生から70代まで約20人が参加した。代表の川端信二さん（61）は「技を伝えたい」と話す。<br><br>';
    const page = weekly.replace(body, `<font size="2">${brief}</font>`);
    expect(extractArticle(parse(page)).isArticle).toBe(true);
    const heading = '<font size="4"><b>旧郵便局が「まちの工房」に　木工教室を毎週土曜に</b></font>';
    const teaser = page.replace(heading, `<a href="/n/0207.html">${heading}</a>`);
    expect(extractArticle(parse(teaser)).isArticle).toBe(false);
    // A police brief reports no one; the day and the driver's age tell it for news.
    const police =
      '　北山市本町の国道で5日午前、乗用車とトラックが衝突した。乗用車を運転していた会社員の男性（45）が軽いけがをした。現場は見通しのよい直線道路だった。警察が事故の原因を調べている。<br><br>';
    expect(extractArticle(parse(weekly.replace(body, `<font size="2">${police}</font>`))).isArticle).toBe(true);
  });

  it('a brief on a page that prints no date at all: its lead opens on the day and hour (「２日午後４時１０分ごろ、」)', () => {
    const page = extractArticle(fixture('table-layout-brief'));
    expect(page).toMatchObject({ isArticle: true, reason: 'ok' });
    expect(page.map.text.slice(0, page.lines[0]?.end)).toBe('軽トラックが用水路に転落、男性軽傷 西崎町');
    expect(page.map.text).toContain('ガードレールの設置を検討している。');
    expect(page.map.text).not.toMatch(/最近のニュース|合唱発表会|ニュース一覧へ|無断転載/);
    // The same lead with nobody reporting and no one's age told is no story: a notice of a class to come.
    expect(extractArticle(fixture('table-layout-notice')).isArticle).toBe(false);
    const raw = readFileSync(join(__dirname, '../../../fixtures/pages/table-layout-brief.html'), 'utf8');
    // Three briefs on one page, each under its headline, are a page of briefs, not a story.
    const more = (title: string, text: string) =>
      `<br><br><b><font size="+1">${title}</font></b><br><br><font size="3">${text}</font>`;
    const briefs = raw.replace(
      '\n</font>\n<br><br>\n<font size="2">',
      `</font>${more('潮見漁港の朝市、来月から毎週日曜に', '　潮見漁協は２８日、月２回の朝市を来月から毎週日曜に開くと発表した。同漁協によると、昨年度の来場者は約１万人だったという。')}${more('北浦小で卒業式、３１人が巣立つ', '　北浦小学校で１日、卒業式があり、６年生３１人が学びやを巣立った。校長は「自分の道を歩んで」と話した。')}\n<br><br>\n<font size="2">`,
    );
    expect(briefs).toContain('潮見漁協は２８日');
    expect(extractArticle(parse(briefs)).isArticle).toBe(false);
    // A news lead makes a story of a page stamped "website" too (its template stamps every page so), headed by the
    // emphasised line as when it declares nothing.
    const website = raw.replace('</title>', '</title><meta property="og:type" content="website">');
    expect(extractArticle(parse(website))).toMatchObject({ isArticle: true, reason: 'ok' });
    expect(
      extractArticle(parse(briefs.replace('</title>', '</title><meta property="og:type" content="website">')))
        .isArticle,
    ).toBe(false);
  });

  it('a broadcaster’s older page stamped with the day and hour but no year (「09月05日 18時12分」)', () => {
    const page = (stamp: string) =>
      html(
        '<title>北山テレビ　ニュース</title>',
        `<div id="main"><p>${stamp}</p><h2>県内の最低賃金　10月から時給1004円に</h2><p>県内の最低賃金が来月から時給1004円に引き上げられることになりました。</p><p>北山労働局によりますと、現在より50円高く、引き上げ額は過去最大だということです。</p><p>県内の中小企業の経営者は「人手不足の中で賃上げは避けられないが、負担は大きい」と話していました。</p></div>`,
      );
    expect(extractArticle(page('09月05日 18時12分')).isArticle).toBe(true);
    expect(extractArticle(page('お知らせ')).isArticle).toBe(false);
  });

  it('several dated stories on one page are a list of them, not a story', () => {
    const story = (date: string, title: string, text: string) =>
      `<font size="2">${date}</font><br><font size="4"><b>${title}</b></font><br>${text}<br><br>`;
    const page = html(
      '<title>北山タイムス　きょうのニュース</title>',
      `<table><tr><td>${[
        story(
          '2024年9月5日',
          '北山駅前に新しい図書館が開館',
          '　北山駅前の再開発ビルに5日、市立図書館の分館が開館した。開館式には約100人が出席した。館長は「気軽に立ち寄ってほしい」と話した。',
        ),
        story(
          '2024年9月5日',
          '南谷中学校で避難訓練、生徒300人',
          '　南谷中学校で5日、地震を想定した避難訓練があり、生徒約300人が参加した。校長は「日頃の備えが大切だ」と話した。',
        ),
        story(
          '2024年9月4日',
          '北山川の河川敷で清掃活動',
          '　北山川の河川敷で4日、地元の企業の社員ら約50人が清掃活動をした。集めたごみは軽トラック2台分になったという。',
        ),
      ].join('')}</td></tr></table>`,
    );
    expect(extractArticle(page).isArticle).toBe(false);
  });

  it('the same layout is no story undated, stamped 更新日, or with a diary’s prose under it', () => {
    expect(extractArticle(parse(weekly.replace('2025年2月7日号', ''))).isArticle).toBe(false);
    expect(extractArticle(parse(weekly.replace('2025年2月7日号', '更新日：2025年2月7日'))).isArticle).toBe(false);
    const diary =
      '　朝から快晴。妻と娘を連れて、町内の秋祭りに行ってきた。<br><br>　神社の境内には屋台が20軒ほど並んでいた。娘は金魚すくいに夢中で、屋台のおじさんに「筋がいいね」と言われて喜んでいた。<br><br>　僕は焼きそばとビールで満足。夕方に帰ってきて、少し昼寝をした。来年もまた行きたいな。<br><br>';
    const body = /<font size="2">\n　北山市本町[\s\S]*?<\/font>/;
    expect(extractArticle(parse(weekly.replace(body, `<font size="2">${diary}</font>`))).isArticle).toBe(false);
  });

  // On the town's own site (「まちの話題｜北山町」) the same item is the town's notice (self-published.ts); a
  // local news site's template dates it the same way.
  it('a local site’s news item stamped only 更新日 is dated by the day its first words give, a week before at most', () => {
    const office = (opening: string, stamp: string) =>
      html(
        '<title>まちの話題｜北山タウンニュース</title>',
        `<div id="main"><h1>北山川で春の清掃活動　町民ら約120人が参加</h1><p class="update">ページ番号2003　更新日　${stamp}</p><p>${opening}北山川の河川敷で清掃活動が行われ、町内会や中学生など約120人が参加しました。</p><p>参加者は空き缶やペットボトルを拾い集め、約1時間で軽トラック2台分のごみが集まりました。</p><p>初めて参加した中学生は「思ったよりごみが多くて驚きました」と話していました。</p></div>`,
      );
    const page = extractArticle(office('5月12日（日曜日）、', '2024年5月13日'));
    expect(page).toMatchObject({ isArticle: true, reason: 'ok' });
    expect(page.meta.published).toBe('2024-05-12');
    expect(page.map.text).not.toContain('ページ番号');
    // The day after the subject or place, or before the occasion it names (「…の日」に合わせ).
    for (const opening of ['北山町は5月12日、', '町内の全域で5月12日に', '5月12日の「川の日」に合わせ、'])
      expect(extractArticle(office(opening, '2024年5月13日')).isArticle).toBe(true);
    // A day deep in a sentence of its own dates no report.
    expect(
      extractArticle(office('町では毎年、春と秋に清掃活動を行っており、5月12日、', '2024年5月13日')).isArticle,
    ).toBe(false);
    // Across New Year, the event in the stamp's year before.
    expect(extractArticle(office('12月30日、', '2025年1月4日')).isArticle).toBe(true);
    // Undated prose, or a stamp long after the day told of: a standing page, not a report.
    expect(extractArticle(office('', '2024年5月13日')).isArticle).toBe(false);
    expect(extractArticle(office('5月12日（日曜日）、', '2024年8月1日')).isArticle).toBe(false);
  });

  it('the headline in a classed cell or a bold span, the date by era', () => {
    const heading = '<font size="4"><b>旧郵便局が「まちの工房」に　木工教室を毎週土曜に</b></font>';
    const title = '旧郵便局が「まちの工房」に　木工教室を毎週土曜に';
    for (const variant of [
      weekly.replace(heading, `<div class="news_title">${title}</div>`),
      weekly.replace(heading, `<span style="font-size:18px;font-weight:bold">${title}</span>`),
      weekly.replace('2025年2月7日号', '令和7年2月7日号'),
    ]) {
      const page = extractArticle(parse(variant));
      expect(page.isArticle).toBe(true);
      expect(page.lines[0]?.kind).toBe('headline');
      expect(page.meta.published).toBe('2025-02-07');
    }
    // A linked one is a teaser pointing elsewhere (a section front's), not this page's headline.
    const linked = weekly.replace(heading, `<a href="/news/0207.html"><b>${title}</b></a>`);
    expect(extractArticle(parse(linked)).isArticle).toBe(false);
  });

  it('a column that reports nothing is one when labelled so over its heading, not otherwise', () => {
    const column = readFileSync(join(__dirname, '../../../fixtures/pages/column-table.html'), 'utf8');
    const page = extractArticle(parse(column));
    expect(page).toMatchObject({ isArticle: true });
    expect(page.map.text.startsWith('【コラム】秋の渡し舟\n')).toBe(true);
    const unlabelled = column.replace('コラム「峠道」　', '').replace('【コラム】秋の渡し舟', '川の渡し舟を残したい');
    expect(extractArticle(parse(unlabelled)).lines[0]?.kind).toBe('headline');
    expect(extractArticle(parse(unlabelled)).isArticle).toBe(false);
    const editorial = column
      .replace('コラム「峠道」　', '社説　')
      .replace('【コラム】秋の渡し舟', '川の渡し舟を残したい');
    expect(extractArticle(parse(editorial)).isArticle).toBe(true);
  });

  it('easy-Japanese news with its words and date spaced out', () => {
    const page = extractArticle(fixture('easy-spaced'));
    expect(page.isArticle).toBe(true);
    expect(page.meta.published).toBe('2025-10-06');
  });
});

describe('pages that declare "article" but instruct, define or bear no mark of news, and no date publishes', () => {
  it.each([
    ['office-procedure', 'a city office procedure'],
    ['dictionary', 'a dictionary entry'],
  ])('%s (%s)', (name) => {
    expect(extractArticle(fixture(name))).toMatchObject({ isArticle: false, reason: 'not-article' });
  });

  it('an undated page stamped "article" whose prose bears no mark of news (a clinic’s), unless labelled a column', () => {
    const clinic = readFileSync(join(__dirname, '../../../fixtures/pages/hospital.html'), 'utf8');
    const stamped = clinic.replace('<head>', `<head>${og}`);
    expect(extractArticle(parse(stamped))).toMatchObject({ isArticle: false, reason: 'not-article' });
    const essay =
      '<h1>【コラム】川べりの道を歩く</h1><p>秋になると、川べりの道を歩きたくなる。落ち葉を踏む音が、夏の間に忘れていた何かを思い出させる。</p><p>水の音を聞きながら歩くと、考えごとが少しずつほどけていく。次の休みには、少し遠くまで足を延ばしてみようと思う。</p>';
    expect(extractArticle(html(og, `<article>${essay}</article>`)).isArticle).toBe(true);
    expect(extractArticle(html(og, `<article>${essay.replace('【コラム】', '')}</article>`)).isArticle).toBe(false);
    // Only the og:type stamp is held to it: a page declaring no more than an <article> element keeps its say.
    const tally = Array.from({ length: 5 }, (_, i) => `<p>第${i + 1}班の参加者は${120 + i}人だった。</p>`).join('');
    expect(extractArticle(html('<title>参加者の記録</title>', `<article>${tally}</article>`)).isArticle).toBe(true);
  });

  it('an undated story declaring only og:type article stays a story, an instruction to the reader included', () => {
    const more = '<p>詳しくは市のホームページをご覧ください。申し込みは15日までに電話でしてください。</p>';
    expect(extractArticle(html(og, `${story}${more}</article>`)).isArticle).toBe(true);
  });
});

describe('pages that declare "article" and are not news', () => {
  it.each([
    ['product', 'JSON-LD Product'],
    ['product-plain', 'a purchase form'],
    ['shop', 'JSON-LD Restaurant'],
    ['shop-plain', "a shop's data table"],
    ['thread', 'numbered posts with date, time and ID'],
    ['thread-board', 'posts with IDs'],
  ])('%s (%s)', (name) => {
    expect(extractArticle(fixture(name))).toMatchObject({ isJapanese: true, isArticle: false, reason: 'not-article' });
  });

  it('a news report stays news with a shop box, an affiliate link or a product it reviews', () => {
    const box =
      '<table><tr><th>住所</th><td>北山市駅前1-2</td></tr><tr><th>営業時間</th><td>7時～18時</td></tr><tr><th>定休日</th><td>月曜</td></tr></table>';
    const dated = '<meta property="article:published_time" content="2025-09-03T10:00:00+09:00">';
    expect(extractArticle(html(og + dated, `${story}${box}</article>`)).isArticle).toBe(true);
    expect(extractArticle(html(ld({ '@type': 'NewsArticle' }), `${story}${box}</article>`)).isArticle).toBe(true);
    const affiliate = '<p><a href="https://shop.example/item/1">通販サイトで購入する</a></p>';
    expect(extractArticle(html(og, `${story}${affiliate}</article>`)).isArticle).toBe(true);
    const review = ld({ '@type': 'ReviewNewsArticle', itemReviewed: { '@type': 'Product', name: '新型オーブン' } });
    expect(extractArticle(html(review, `${story}</article>`)).isArticle).toBe(true);
  });

  it('a blog’s review of a thing to buy is a buyer’s guide: a Review beside its BlogPosting, or a row of shop buttons', () => {
    const post = `<article><h1>【使ってみた】折りたたみ傘ミニ5を半年使った感想</h1><p>こんにちは、みのりです。通勤用に折りたたみ傘「ミニ5」を買いました。半年ほど毎日持ち歩いたので、良かった点をまとめます。</p><p>メーカーによると、重さは約200グラム。かばんに入れても気になりません。風の強い日も骨が折れませんでした。</p>`;
    const blog = { '@type': 'BlogPosting', headline: '折りたたみ傘ミニ5を半年使った感想' };
    const review = { '@type': 'Review', itemReviewed: { '@type': 'Product', name: 'ミニ5' } };
    expect(extractArticle(html(og + ld(blog), `${post}</article>`)).isArticle).toBe(true);
    expect(extractArticle(html(og + ld({ '@graph': [blog, review] }), `${post}</article>`)).isArticle).toBe(false);
    const buttons = ['Amazonで見る', '楽天市場で見る', 'Yahoo!ショッピングで見る']
      .map((w) => `<a href="https://shop.example/?id=1" rel="sponsored">${w}</a>`)
      .join('');
    expect(extractArticle(html(og + ld(blog), `${post}<p>${buttons}</p></article>`)).isArticle).toBe(false);
    // A news page's own links (「動画で見る」「地図で見る」) name no shop.
    const own = ['動画で見る', '地図で見る', '写真で見る'].map((w) => `<a href="/v/1">${w}</a>`).join('');
    expect(extractArticle(html(og, `${story}<p>${own}</p></article>`)).isArticle).toBe(true);
  });

  it('a quote page stamped "article" is figures in cells under a caption’s worth of prose; a report with a table is not', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const quote = `<table>${row(['始値', '1,204'])}${row(['高値', '1,230'])}${row(['安値', '1,198'])}${row(['終値', '1,221円'])}${row(['出来高', '82,300 株'])}${row(['PER', '15.2倍'])}${row(['PBR', '1.08倍'])}${row(['利回り', '2.45%'])}${row(['前日比', '+17 +1.41%'])}</table><table>${row(['2023.03', '80,460', '5,730'])}${row(['2024.03', '84,210', '6,120'])}${row(['2025.03', '88,930', '6,870'])}${row(['2026.03', '92,000', '7,100'])}</table>`;
    const summary =
      '<p>北山精機は工作機械用の部品を手がける中堅メーカー。自動車向けが売上の半分を占める。</p><p>※単位：百万円。</p>';
    expect(
      extractArticle(html(og, `<article><h1>北山精機【6999】の株価</h1>${summary}${quote}</article>`)).isArticle,
    ).toBe(false);
    const report = `<article><h1>北山精機、今期は増益の見通し</h1><p>北山精機は10日、今期の営業利益が前期比12%増の68億円になる見通しだと発表した。自動車向けの部品が伸びる。</p><p>同社によると、海外の新工場が秋に稼働する。社長は「需要は底堅い」と話した。</p><p>株価は前日比17円高の1221円で取引を終えた。</p>${quote}</article>`;
    expect(extractArticle(html(og, report)).isArticle).toBe(true);
  });

  it('an encyclopedia entry typed Article is no report: its prose opens by defining its headline', () => {
    const site = '<meta property="og:type" content="website">';
    const entry = (title: string, first: string) =>
      html(
        site + ld({ '@type': 'Article', name: title, datePublished: '2006-04-02T10:00:00Z' }),
        `<div id="content"><h1>${title}</h1><div class="body"><p>この記事には出典が不足しています。加筆にご協力ください。</p><p>${first}</p><p>日本では1960年代に山あいの集落で始まったとされ、その後、各地の自治体が補助を出すようになった。現在は全国で約300か所が運営されている。</p><p>多くは地域の住民組織が運営し、利用者の会費と自治体の補助でまかなわれている。近年は担い手の高齢化が課題とされる。</p></div></div>`,
      );
    const defined =
      '移動販売車（いどうはんばいしゃ）とは、食料品や日用品を積んで集落を回り、その場で売る車両の総称である。';
    expect(extractArticle(entry('移動販売車', defined)).isArticle).toBe(false);
    // A report under the same markup tells of an event in its first words: it stays a story.
    const told =
      '北山市で3日、食料品を積んだ移動販売車の運行が始まり、山あいの集落を回った。市によると、利用者は初日で約40人だったという。';
    expect(extractArticle(entry('移動販売車、山あいの集落へ', told)).isArticle).toBe(true);
  });

  it('the same report undated, with a shop table and no news type, reads as a shop page', () => {
    const box =
      '<dl><dt>住所</dt><dd>北山市駅前1-2</dd><dt>営業時間</dt><dd>7時～18時</dd><dt>定休日</dt><dd>月曜</dd></dl>';
    expect(extractArticle(html(og, `${story}${box}</article>`)).isArticle).toBe(false);
  });

  it('a report quoting two posts of a board is still a report', () => {
    const quoted =
      '<p>掲示板には「1: 名無しさん 2025/06/01(日)12:03:41 ID:aB3xQ」の書き込みがあった。</p><p>別の投稿「ID:Zk8mPq」も同じ内容だった。</p>';
    expect(extractArticle(html(og, `${story}${quoted}</article>`)).isArticle).toBe(true);
  });
});

describe('a blogger’s post written as I is no article, typed BlogPosting or strewn with pictographs', () => {
  const dated = '<meta property="article:published_time" content="2025-09-03T21:00:00+09:00">';
  const post = (title: string, lines: string[]) =>
    `<article><h1>${title}</h1><p>2025年9月3日</p>${lines.map((l) => `<p>${l}</p>`).join('')}</article>`;
  const fan = [
    '昨日は北浜ホールのライブに行ってきました。',
    '私は2階席だったけど、双眼鏡のおかげで表情までよく見えた。',
    'アンコールの新曲で、私はずっと泣いてました。',
    '次の大阪公演も行けるといいな。',
    'みんなで一緒に応援しようね。',
  ];
  const blog = ld({ '@type': 'BlogPosting', headline: 'ライブに行ってきた', datePublished: '2025-09-03' });
  const article = ld({ '@type': 'Article', headline: 'ライブに行ってきた', datePublished: '2025-09-03' });

  it('typed BlogPosting, or an Article whose lines carry pictographs', () => {
    expect(extractArticle(html(og + blog, post('ライブに行ってきた', fan))).isArticle).toBe(false);
    const strewn = fan.map((l, i) => (i < 3 ? l.replace('。', '😭。') : l));
    expect(extractArticle(html(og + article + dated, post('ライブに行ってきた', strewn))).isArticle).toBe(false);
  });

  it('a column in the first person stays one: typed Article with no pictographs, or labelled a column', () => {
    const column = [
      '私が初めて北浜ホールに行ったのは、高校生のときだった。',
      '市によると、そのホールは来年3月で閉じるという。',
      '私は先月、最後の定期演奏会を聴きに行った。',
      '客席には、私と同じように昔を懐かしむ人が多かった。',
      '古い建物の記憶を、私たちはどう残せるだろうか。',
    ];
    expect(
      extractArticle(html(og + article + dated, post('閉じゆくホールで聴いた最後の演奏会', column))).isArticle,
    ).toBe(true);
    expect(
      extractArticle(html(og + blog, post('【コラム】閉じゆくホールで聴いた最後の演奏会', column))).isArticle,
    ).toBe(true);
    expect(extractArticle(html(og + blog, post('閉じゆくホールで聴いた最後の演奏会', column))).isArticle).toBe(false);
  });

  it('typed news, a diary strewn with pictographs or kaomoji is its writer’s; a story quoting one, or an outlet’s, is not', () => {
    const news = (publisher: string) =>
      ld({
        '@type': 'NewsArticle',
        headline: 'x',
        datePublished: '2025-09-03',
        author: { '@type': 'Person', name: '春野ミナ' },
        publisher: { '@type': publisher, name: 'ハルノ企画' },
      });
    const emoji = fan.map((l, i) => (i < 3 ? l.replace('。', '🎤。') : l));
    const kaomoji = fan.map((l, i) => (i < 3 ? l.replace('。', '(*´ω｀*)。') : l));
    expect(extractArticle(html(og + news('Organization'), post('ライブに行ってきた', emoji))).isArticle).toBe(false);
    expect(extractArticle(html(og + news('Organization'), post('ライブに行ってきた', kaomoji))).isArticle).toBe(false);
    expect(extractArticle(html(og + news('NewsMediaOrganization'), post('ライブに行ってきた', emoji))).isArticle).toBe(
      true,
    );
    const quoted = [
      '歌手の春野ミナさん（27）が2日、自身のブログを更新し、冬のツアーを開くと発表した。',
      'ブログでは「みんなに会えるのが楽しみ🎤」とつづった。',
      '所属事務所によると、ツアーは12月から全国8都市で開く。',
      'ファンからは「絶対行く🎉」「待ってたよ😭」と喜ぶ声が寄せられている。',
    ];
    expect(
      extractArticle(html(og + news('Organization'), post('春野ミナさん、冬のツアー発表', quoted))).isArticle,
    ).toBe(true);
  });

  it('a BlogPosting a news outlet publishes is its writer’s column; a blog host’s Organization is no outlet', () => {
    const posting = (type: string) =>
      ld({
        '@type': 'BlogPosting',
        headline: 'x',
        datePublished: '2025-09-03',
        publisher: { '@type': type, name: '北浜新報' },
      });
    const column = post('ライブに行ってきた', fan.slice(0, 4));
    expect(extractArticle(html(og + posting('NewsMediaOrganization'), column)).isArticle).toBe(true);
    expect(extractArticle(html(og + posting('Organization'), column)).isArticle).toBe(false);
  });
});

describe('pages of particulars, questions and lists that declare "article" and are dated', () => {
  const dated = '<meta property="article:published_time" content="2025-09-03T10:00:00+09:00">';
  const sheet = (rows: [string, string][]) => `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const event = sheet([
    ['日時', '9月20日（土）午前10時'],
    ['会場', '北山市民会館'],
    ['料金', '500円'],
    ['主催', '北山市'],
    ['お問い合わせ', '北山市文化課'],
  ]);

  it('a story ending with its event’s box stays a story; the box with a caption’s worth of prose is an event page', () => {
    expect(extractArticle(html(og + dated, `${story}${event}</article>`)).isArticle).toBe(true);
    const notice =
      '<article><h1>秋の市民音楽会を開催します</h1><p>今年で25回目を迎える恒例の音楽会で、市内の合唱団や吹奏楽団など12団体が出演します。入場は無料で、当日は午前9時から整理券を配ります。会場の前には地元の飲食店による出店も並びます。ぜひお越しください。</p>';
    expect(extractArticle(html(og + dated, `${notice}${event}</article>`))).toMatchObject({
      isArticle: false,
      reason: 'not-article',
    });
    // A date and a place alone are any story's box: no price, no sign-up, no event page.
    const box = sheet([
      ['日時', '9月20日'],
      ['会場', '北山市民会館'],
      ['主催', '北山市'],
      ['お問い合わせ', '北山市文化課'],
    ]);
    expect(extractArticle(html(og + dated, `${notice}${box}</article>`)).isArticle).toBe(true);
  });

  it('a question with its answers stamped is a Q&A page; a live blog’s stamped entries, or a Q&A explainer, are news', () => {
    const stamp = (t: string) => `<p class="stamp">${t}</p>`;
    const posts = `<p>市のごみ袋が来年から値上げされると聞きました。どのくらい上がるのでしょうか。</p>${stamp('2025/11/20 21:14')}<p>市の発表によると、45リットルの袋は10枚で200円から300円になります。</p>${stamp('2025/11/20 22:03')}<p>広報の11月号にも載っていました。古い袋も9月までは使えるそうです。</p>${stamp('2025/11/21 07:40')}`;
    expect(
      extractArticle(html(og, `<article><h1>ごみ袋はいつから値上げですか？</h1>${posts}</article>`)).isArticle,
    ).toBe(false);
    // A live blog typed as one may ask in its headline: its stamped entries are the news.
    const live = ld({ '@type': 'LiveBlogPosting', headline: 'ごみ袋はいつから値上げですか？' });
    expect(
      extractArticle(html(og + live, `<article><h1>ごみ袋はいつから値上げですか？</h1>${posts}</article>`)).isArticle,
    ).toBe(true);
    expect(extractArticle(html(og, `<article><h1>ごみ袋、来年4月から値上げ</h1>${posts}</article>`)).isArticle).toBe(
      true,
    );
    const explainer = `<article><h1>ごみ袋の値上げ、いつから？</h1><p>北山市は20日、指定ごみ袋の手数料を来年4月から改定すると発表した。45リットルの袋は10枚で200円から300円になる。</p><p>市によると、値上げは17年ぶり。ごみの量を減らすのがねらいだという。</p>`;
    expect(extractArticle(html(og + dated, `${explainer}</article>`)).isArticle).toBe(true);
  });

  it('search results as cards of a linked title, a snippet and a date are a list; a story’s related cards are not', () => {
    const card = (i: number) =>
      `<div class="c"><a href="/a/${i}">最低賃金、時給${1000 + i}円に引き上げ答申</a><div>県の審議会は${i}日、最低賃金を時給${1000 + i}円とするよう答申した。引き上げ額は過去最大となる。</div><div>2025年8月${i}日</div></div>`;
    const cards = [1, 2, 3, 4].map(card).join('');
    expect(extractArticle(html(og, `<main><div class="t">「最低賃金」の検索結果</div>${cards}</main>`)).isArticle).toBe(
      false,
    );
    const long = `${story}<p>パン店の近くには、来月にも焼き菓子の店が開く予定だ。駅前の商店会は、空き店舗への出店を後押しする補助金を市に求めている。</p>`;
    expect(extractArticle(html(og + dated, `${long}${[1, 2].map(card).join('')}</article>`)).isArticle).toBe(true);
  });

  it('a recipe is its ingredients with their measures, however its introduction reads', () => {
    const items = ['新玉ねぎ 1個（250g）', '豚こま切れ肉 200g', 'しょうゆ 大さじ1', 'みりん 大さじ1', '砂糖 小さじ2']
      .map((i) => `<li>${i}</li>`)
      .join('');
    const intro =
      '<article><h1>新玉ねぎと豚肉の甘辛炒め</h1><p>4月に入り、店頭には新玉ねぎが並ぶようになりました。火を通すと驚くほど甘くなります。今回は豚肉と合わせました。</p>';
    expect(
      extractArticle(html(og + dated, `${intro}<h2>材料（2人分）</h2><ul>${items}</ul></article>`)).isArticle,
    ).toBe(false);
    // A story about prices lists no measures of a dish.
    expect(extractArticle(html(og + dated, `${story}</article>`)).isArticle).toBe(true);
  });

  it('a FAQ that instructs is no news however its template dates it in <head>; with a dateline by its headline it may be', () => {
    const faq = `<h1>よくある質問</h1><h2>Q 受け取りに必要なものは何ですか。</h2><p>交付通知書と本人確認書類をお持ちください。代理人の場合は委任状が必要です。</p><h2>Q 休日に受け取れますか。</h2><p>第2日曜日に受け取ることができます。事前に電話で予約してください。</p>`;
    expect(extractArticle(html(og + dated, `<article>${faq}</article>`)).isArticle).toBe(false);
  });

  it('a forecast’s tables beside a few sentences are a data page; a weather brief is news', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const days = ['16日', '17日', '18日', '19日', '20日', '21日'];
    const tables = `<table>${row(days)}${row(['30/24', '32/24', '33/25', '34/25', '34/26', '33/26'])}${row(['40%', '30%', '20%', '10%', '10%', '30%'])}${row(['2m', '3m', '2m', '1m', '2m', '3m'])}</table>`;
    const commentary =
      '<p>梅雨前線が本州付近に停滞しています。北山市では午後から雨が降り出し、夜は雷を伴って激しく降る所がある見込みです。土砂災害に注意してください。</p>';
    const forecast = `<main><h1>北山市の天気</h1>${tables}<section>${commentary}</section></main>`;
    expect(extractArticle(html(og + dated, forecast)).isArticle).toBe(false);
    const brief = `<article><h1>北山市で激しい雨のおそれ</h1>${commentary}<p>気象台によると、15日にかけて1時間に40ミリの激しい雨が降るおそれがある。</p>`;
    expect(extractArticle(html(og + dated, `${brief}</article>`)).isArticle).toBe(true);
  });

  it('a page headed by a schedule (a day with a span of hours) is a programme’s or an event’s; a dateline is a moment', () => {
    const summary =
      '<p>港町にある創業110年の造船所。社長の佐藤健一さん（68）は、木造漁船を造れる最後の職人の一人だ。</p><p>この春、20歳の見習いが入った。番組は、1隻の漁船が完成するまでの1年間に密着した。</p>';
    const head = (line: string) =>
      `<article><h1>ドキュメント北の港「最後の造船所」</h1><p>${line}</p>${summary}</article>`;
    expect(extractArticle(html(og + dated, head('2025年10月12日（日）午前10時30分～11時25分'))).isArticle).toBe(false);
    expect(extractArticle(html(og + dated, head('2025年10月12日 10時30分'))).isArticle).toBe(true);
  });
});
