import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// A page its publisher puts out about itself is no report (lib/content/page/self-published.ts); the fixtures
// self-* and platform-* are whole pages of the kind, paper-*, outlet-* and web-interview-unbracketed near misses.

/** A dated page typed og:type article on the site `site`, its <title> `title`, its prose `paragraphs`. */
function page(site: string, title: string, paragraphs: readonly string[], head = ''): boolean {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const html = `<html lang="ja"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${site}">
<meta property="article:published_time" content="2025-06-02T10:00:00+09:00">${head}</head>
<body><article><h1>${title.split('｜')[0]}</h1>${body}</article></body></html>`;
  return extractArticle(parse(html)).isArticle;
}

// Told as a report, as a city's, a club's or a party's own news page tells it too: only who publishes it differs.
const report = [
  '6月1日、港の朝市が3年ぶりに再開した。',
  '主催する組合によると、初日は約600人が訪れたという。',
  '魚を並べていた漁師の男性（64）は「やっと戻ってきた」と笑っていた。',
];

/** The page with JSON-LD: a NewsArticle whose publisher is of type `type`, and an address `url`. */
const ld = (type: string, url = 'https://asaichi.example.jp/news/1') =>
  `<meta property="og:url" content="${url}"><script type="application/ld+json">{"@context":"https://schema.org",` +
  `"@type":"NewsArticle","headline":"朝市が再開","publisher":{"@type":"${type}","name":"はまかぜ"}}</script>`;

describe('a publisher putting out its own page', () => {
  it('is an institution by its site’s name: a company, a city, a ministry, a police force, a party, a legal body, an official site', () => {
    for (const site of [
      '株式会社みなと物産',
      'みなみ野市',
      '国土環境省',
      '北浜県警察',
      '未来生活党',
      'NPO法人うみべの灯り',
      '国立研究開発法人 北浜海洋研究機構',
      '北浜マリーナ 公式サイト',
      'FC北浜 オフィシャルサイト',
      '北山市立ひかり台小学校',
      '東和大学',
      '北山中央病院',
      '北浜市水道局',
      'みなと生活協同組合',
      '北浜町役場',
    ])
      expect(page(site, `朝市が再開｜${site}`, report), site).toBe(false);
    expect(page('うみべの灯り', '朝市が再開｜うみべの灯り', report)).toBe(true);
    // A school's word inside a name is what the site is about, not what it is.
    expect(page('高校野球ドットコム', '朝市が再開｜高校野球ドットコム', report)).toBe(true);
    expect(page('北浜県警', '朝市が再開｜北浜県警', report)).toBe(false);
  });

  it('the same page on a medium’s site is its report', () => {
    for (const site of ['北浜新聞', 'みなとテレビ', '北浜タイムズ', 'スポーツ北浜'])
      expect(page(site, `朝市が再開｜${site}`, report), site).toBe(true);
    // A medium's name outweighs a publisher type its JSON-LD gives.
    expect(page('北浜新聞', '朝市が再開｜北浜新聞', report, ld('NGO'))).toBe(true);
  });

  it('is named by its JSON-LD publisher’s type, not by what the page is about', () => {
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, ld('NGO'))).toBe(false);
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, ld('GovernmentOrganization'))).toBe(false);
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, ld('SportsTeam'))).toBe(false);
    // An Organization or a Corporation publishes news too.
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, ld('Organization'))).toBe(true);
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, ld('Corporation'))).toBe(true);
    const about = ld('Organization').replace(
      '"publisher"',
      '"about":{"@type":"SportsTeam","name":"FC北浜"},"publisher"',
    );
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, about)).toBe(true);
  });

  it('is named by a host only a government or a school gets', () => {
    const host = (url: string) => ld('Organization', url);
    expect(
      page('はまかぜ', '朝市が再開｜はまかぜ', report, host('https://www.city.minamino.example.lg.jp/a/1.html')),
    ).toBe(false);
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, host('https://www.kokudo.go.jp/press/1.html'))).toBe(false);
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, host('https://www.hamakaze.co.jp/news/1.html'))).toBe(true);
  });

  it('is a company’s support site by its name, its host or its folder: its how-to pages document its own product', () => {
    for (const site of ['かけいぼプラス ヘルプセンター', 'みなとペイ サポートサイト', '北浜ガス よくあるご質問'])
      expect(page(site, `朝市が再開｜${site}`, report), site).toBe(false);
    const host = (url: string) => ld('Organization', url);
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, host('https://help.hamakaze.example/articles/1'))).toBe(
      false,
    );
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, host('https://hamakaze.example/hc/ja/articles/1'))).toBe(
      false,
    );
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, host('https://hamakaze.example/support/faq/1'))).toBe(
      false,
    );
    // A headline ending in a support centre's name, last in a <title> that puts the site first, is a story's.
    expect(page('', '北浜新聞 - 市に子育てサポートセンター', report)).toBe(true);
    expect(page('はまかぜ', '朝市が再開｜はまかぜ', report, host('https://hamakaze.example/helpful/1'))).toBe(true);
    // The <title>'s last part the page declares its headline (og:title) is no site's name, whatever it ends in.
    const og = '<meta property="og:title" content="朝市のよくある質問">';
    expect(page('はまかぜ', 'はまかぜ｜朝市のよくある質問', report, og)).toBe(true);
  });

  it('files a release as one wherever it is hosted: a wire’s title names it between headline and site', () => {
    expect(page('PRひろば', '朝市が再開｜株式会社みなと物産のプレスリリース｜PRひろば', report)).toBe(false);
    expect(page('みなと物産', '朝市が再開｜ニュースリリース｜みなと物産', report)).toBe(false);
    expect(page('PRひろば', '朝市が再開｜PRひろば', report)).toBe(true);
    // Or the breadcrumb files it so; a paper's corner 「記者発表から」 is no release.
    const crumbs = (item: string) =>
      `<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/x/">${item}</a></li></ol>`;
    expect(page('ひかりエナジー', '朝市が再開｜ひかりエナジー', report, crumbs('ニュースリリース'))).toBe(false);
    expect(page('ひかりエナジー', '朝市が再開｜ひかりエナジー', report, crumbs('報道発表'))).toBe(false);
    expect(page('北浜日報', '朝市が再開｜北浜日報', report, crumbs('記者発表から'))).toBe(true);
    expect(page('ひかりエナジー', '朝市が再開｜ひかりエナジー', report, crumbs('ご利用ガイド'))).toBe(true);
    // The words in the headline are the story's, split off at a colon or not; a tech site's section is no release's.
    expect(page('北浜新聞', '北浜電機：新型電池を記者発表｜北浜新聞', report)).toBe(true);
    expect(page('テックの森', '朝市アプリ2.0｜アプリのリリース情報｜テックの森', report)).toBe(true);
    expect(page('国土の庭', '食品ロスの推計｜報道発表資料｜国土の庭', report)).toBe(false);
    expect(page('北浜新聞', '北浜物産、値上げをプレスリリースで発表｜北浜新聞', report)).toBe(true);
  });
});

describe('a platform’s user', () => {
  const lines = [
    '6月1日、港の朝市が3年ぶりに再開した。',
    '主催する組合によると、初日は約600人が訪れたという。',
    '魚を並べていた漁師の男性（64）は「やっと戻ってきた」と笑っていた。',
  ];
  const author = (name: string, url: string) =>
    `<meta name="author" content="${name}"><meta property="og:url" content="${url}">`;

  it('is named by the address: the host or the first folder is the writer’s handle', () => {
    expect(
      page('うみべ日記', '朝市が再開', lines, author('umibe_kai', 'https://umibe-kai.blogpark.example/entry/1')),
    ).toBe(false);
    expect(page('よみつぎ', '朝市が再開', lines, author('umibe_kai', 'https://yomitsugi.example/@umibe_kai/1'))).toBe(
      false,
    );
    expect(
      page('港タイムライン', '朝市が再開', lines, author('umibe_kai', 'https://minato-tl.example/2025/06/asaichi')),
    ).toBe(true);
  });

  it('is no user when the writer named is the site itself or the address is the site’s own domain', () => {
    expect(page('SOKUHOU', '朝市が再開 - SOKUHOU', lines, author('SOKUHOU', 'https://sokuhou.example/n/1'))).toBe(true);
    expect(
      page(
        'Minato Report 公式サイト',
        '朝市が再開｜Minato Report',
        lines,
        author('Minato Report', 'https://minatoreport.example/a/1'),
      ),
    ).toBe(true);
    expect(
      page('北浜日日', '朝市が再開｜北浜日日', lines, author('kitahama', 'https://kitahama.example/articles/1')),
    ).toBe(true);
    // a <title> ending in the writer's name on a platform still names a user
    expect(page('よみつぎ', '朝市が再開｜海野かい', lines, '<meta name="author" content="海野かい">')).toBe(false);
  });

  it('is named by the <title> between the headline and the site, unless the site is a medium', () => {
    expect(page('つむぎ', '朝市が再開｜海野かい｜つむぎ', lines, '<meta name="author" content="海野かい">')).toBe(
      false,
    );
    expect(page('北浜新聞', '朝市が再開｜海野かい｜北浜新聞', lines, '<meta name="author" content="海野かい">')).toBe(
      true,
    );
  });
});
