import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/content/page/extract-article';
import { parse } from './load';

// A game's page (JSON-LD SportsEvent as its main entity, og:type article) is a live score before and during the
// game and its report after: the event type alone no longer makes it a listing once its prose tells the game.

const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"北山ホークス vs 南浜シャークス","startDate":"2025-06-14T18:00:00+09:00","homeTeam":{"@type":"SportsTeam","name":"北山ホークス"},"awayTeam":{"@type":"SportsTeam","name":"南浜シャークス"}}</script>`;
const page = (type: string, paragraphs: string[]) =>
  parse(
    `<html lang="ja"><head><meta charset="utf-8"><title>北山 5-4 南浜（2025年6月14日）試合結果 | 球場ライブ</title><meta property="og:type" content="article">${ld(type)}</head><body><header><a href="/">球場ライブ</a></header><main><h1>北山、延長11回サヨナラ勝ち　代打・西村が決勝打</h1><table><tr><th></th><th>1</th><th>2</th><th>3</th><th>計</th></tr><tr><td>南浜</td><td>0</td><td>3</td><td>1</td><td>4</td></tr><tr><td>北山</td><td>2</td><td>0</td><td>3</td><td>5</td></tr></table>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`,
  );
const played = [
  '北山が延長11回にサヨナラ勝ちし、連敗を4で止めた。4―4の11回2死一、三塁で、代打の西村俊介が左前へ適時打を放った。',
  '北山は1回、3番・岡田の2点二塁打で先制した。2回に南浜の7番・川口に3ランを浴びて逆転されたが、8回に追いついた。',
  '先発の小野は6回を投げて4失点。9回から登板した4番手の森が3回を無失点に抑え、今季3勝目を挙げた。',
  '西村は「最後は思い切っていくだけだった。みんなでつないだ勝利です」と話した。',
];
const preview = [
  '北山は14日、本拠地で南浜と対戦する。先発は小野の予定で、今季初勝利を目指す。',
  '連敗が続く北山は、けがから戻る岡田を3番に入れる見込みだ。チケットは球場の窓口でも買える。',
  '試合開始は午後6時。雨天の場合は翌日に行う予定だ。',
];

describe("a game's page (SportsEvent) whose prose tells the game played", () => {
  it('is the match report', () => {
    const read = extractArticle(page('SportsEvent', played));
    expect(read.reason).toBe('ok');
    expect(read.map.text).toContain('代打の西村俊介が左前へ適時打を放った。');
  });

  it("is still a listing when the game is to come (a preview in the future), or the event a concert's", () => {
    expect(extractArticle(page('SportsEvent', preview)).reason).toBe('not-article');
    expect(extractArticle(page('MusicEvent', played)).reason).toBe('not-article');
  });
});
