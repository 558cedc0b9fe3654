import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// A page its publisher puts out in its own voice is no report (lib/content/page/self-published.ts); the
// fixtures self-* and platform-* are whole pages of the kind, paper-* and web-interview-unbracketed near misses.

/** A dated page typed og:type article on the site `site`, its <title> `title`, its prose `paragraphs`. */
function page(site: string, title: string, paragraphs: readonly string[], head = ''): boolean {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const html = `<html lang="ja"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${site}">
<meta property="article:published_time" content="2025-06-02T10:00:00+09:00">${head}</head>
<body><article><h1>${title.split('｜')[0]}</h1>${body}</article></body></html>`;
  return extractArticle(parse(html)).isArticle;
}

const school = (quoted: string) => [
  '6月2日、全校児童による清掃活動を行いました。',
  '子どもたちは地域の方から道具の使い方を教わり、学校の周りの歩道や公園を1時間ほどかけてきれいにしました。',
  `自治会長の野口さん（71）によると、${quoted}この活動は20年前から続いているということです。`,
  '参加した児童は「ごみが思ったより多くて驚いた」と話していました。',
];

describe('a publisher speaking for itself', () => {
  it('本校 in the school’s own sentence makes its page the school’s notice; inside a quote it does not', () => {
    const title = '全校で清掃活動を行いました｜北山市立ひかり台小学校';
    expect(page('北山市立ひかり台小学校', title, school(''))).toBe(true);
    expect(
      page('北山市立ひかり台小学校', title, [...school(''), '本校では、今後も地域との活動を続けていきます。']),
    ).toBe(false);
    expect(page('北山市立ひかり台小学校', title, school('「本校の子どもたちに頼まれて始めた」といい、'))).toBe(true);
  });

  it('on a city’s page, 「市では、」 is its office speaking; 「市は…」 is told as a report would tell it', () => {
    const lines = (opening: string) => [
      `${opening}6月1日から、市内の全ての小学校で給食費を無料にしました。`,
      '市の調べによると、対象となる児童は約4,800人で、1家庭あたり年間約5万円の負担が減ります。',
      '財源には、昨年度に寄せられたふるさと納税の寄付金を充てました。',
    ];
    expect(page('みなみ野市', '小学校の給食費を無料に｜みなみ野市', lines('市では、'))).toBe(false);
    expect(page('みなみ野市', '小学校の給食費を無料に｜みなみ野市', lines('市は'))).toBe(true);
  });

  it('the same words on a paper’s site are the paper’s', () => {
    const lines = [
      '当社では、6月1日から、全ての駅で紙の切符の販売をやめました。',
      '国土交通省によると、同様の取り組みは全国で約20社が進めているということです。',
      '利用者からは「慣れるまで時間がかかりそうだ」との声が上がっていました。',
    ];
    expect(page('北浜電鉄株式会社', '紙の切符の販売を終了｜北浜電鉄株式会社', lines)).toBe(false);
    expect(page('北浜新聞', '紙の切符の販売を終了｜北浜新聞', lines)).toBe(true);
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
