import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const page = (types: string, headings: string[], paragraphs: string[]) => {
  const head = `<meta property="og:type" content="article">${ld({ '@type': types, headline: '湖西町のきょう', datePublished: '2025-05-30T09:00:00+09:00' })}`;
  const body = headings.map((h, i) => `<h3>${h}</h3><p>${paragraphs[i]}</p>`).join('');
  return parse(
    `<html lang="ja"><head><meta charset="utf-8">${head}</head><body><article><h1>湖西町のきょう</h1><p>2025年5月30日 9:00</p>${body}</article></body></html>`,
  );
};
const told = [
  '町は28日、北区の町道沿いでイノシシ1頭が見つかったと発表した。町の担当者は「近づかないでほしい」と話した。',
  '湖西警察署によると、町内の高齢者宅に21日、息子を名乗る男から現金を求める電話が3件あった。',
  '町水道課は14日、南区の一部で2時間断水したと明らかにした。水道管の修理のためという。',
];

describe('entries each under a heading that dates it are notices, not a story', () => {
  it('three dated headings (a day, its weekday, an hour or a place) make a list', () => {
    const dated = ['5月28日（水曜日）午後3時10分', '5月21日（水）　北区', '2025年5月14日'];
    expect(extractArticle(page('NewsArticle', dated, told)).isArticle).toBe(false);
  });

  it('subheads that tell after their day, two dated headings, or a live blog’s entries are a story', () => {
    const telling = ['28日、イノシシ目撃', '21日、詐欺の電話が3件', '14日、南区で断水'];
    expect(extractArticle(page('NewsArticle', telling, told)).isArticle).toBe(true);
    const two = ['5月28日（水曜日）', '5月21日（水曜日）', '断水'];
    expect(extractArticle(page('NewsArticle', two, told)).isArticle).toBe(true);
    const dated = ['5月28日 15:10', '5月21日 9:00', '5月14日 7:30'];
    expect(extractArticle(page('LiveBlogPosting', dated, told)).isArticle).toBe(true);
  });
});

describe('lines of ▽- or ◇-separated items are a list, not a story', () => {
  const items = [
    '社長　吉村 孝（専務）◇専務　石田 直子（常務）',
    '会長　松岡 二郎（社長）▽社長　松岡 健（副社長）',
    '理事長　大塚 秀樹（専務理事）◇専務理事　岸 かおり（常務理事）',
  ];
  it('three such lines holding most of the prose, under a lead of three sentences', () => {
    const lead =
      '北浜県内の主な企業と団体の新しい役員が、4月1日付で決まった。各社と各団体の発表をもとに、社長や会長など主な役員の顔ぶれを会社ごとにまとめた。各社からの届け出は随時受け付けている。';
    const more = '社長　平井 勝（営業本部長）◇取締役営業本部長　坂口 恵（営業部長）◇取締役　北川 学（総務部長）';
    const doc = page('NewsArticle', ['概要', '北浜電機', '湖西運送', '北浜信金', 'みなと食品'], [lead, ...items, more]);
    expect(extractArticle(doc).isArticle).toBe(false);
  });

  it('a report ending with one results line is a story', () => {
    const report = [...told.slice(0, 2), '▽1位　北浜高　▽2位　湖西高　▽3位　南浜工'];
    expect(extractArticle(page('NewsArticle', ['イノシシ', '詐欺', '結果'], report)).isArticle).toBe(true);
  });
});
