import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

/** The source name of the headline figure written `surface` ('' when none). */
function headlineSource(text: string, surface: string): string {
  const f = analyze(text, realTokenizer()).figures.find((g) => g.text.includes(surface));
  if (!f) throw new Error(`${surface} not found as a figure`);
  return f.source?.name ?? '';
}

// A headline's credit in the forms broadcasters and papers write it: parted by plain spaces, a report noun
// IPADIC splits, a white paper or an outlet's report, a short name the body defines.
describe('a headline credit in its written forms', () => {
  it.each([
    // plain spaces part a broadcaster's headline: a bare body name at its end credits every part
    [
      '訪日客消費 1〜3月期は2兆円 過去最高 観光庁\n観光庁はきょう、訪日外国人の消費額が2兆1000億円だったと発表しました。',
      '2兆円',
      '観光庁',
    ],
    [
      '熱中症で搬送 1週間で6000人超 前週の1.4倍 消防庁\nきのうまでの1週間に運ばれた人は6000人を超えたことが総務省消防庁のまとめでわかりました。',
      '1.4倍',
      '消防庁',
    ],
    [
      '日本人客 半年で30万人超 ベトナム国家観光局\nベトナム国家観光局は19日、上半期に訪れた日本人が30万4000人だったと発表した。',
      '30万人超',
      'ベトナム国家観光局',
    ],
    ['空き家 全国で850万戸超え 4県で割合20%超 国交省\n国土交通省は、調査の確定値を公表しました。', '4県', '国交省'],
    // 世論調査, which IPADIC parts as 世論|調査, after a paper's name ending in 新報 or 民報
    [
      '川島内閣の支持率35% 2ポイント上昇 北海新報世論調査\n北海新報社が今月行った世論調査によりますと、支持率は35%でした。',
      '2ポイント',
      '北海新報',
    ],
    [
      '内閣支持率28%　3カ月連続下落　南海民報世論調査\n南海民報社が今月行った世論調査で、支持率は28%だった。',
      '3カ月連続',
      '南海民報',
    ],
    // a body's white paper, an outlet's report
    ['昨年の特殊詐欺 被害380億円 5年ぶり高水準 警察白書\n警察庁はきょう、警察白書を公表しました。', '380億円', '警察'],
    [
      '北海自動車、米新工場に3000億円投資へ　米紙報道\n【ニューヨーク】米紙デイリー・レジャーは10日、北海自動車が新工場を建設する方向だと報じた。',
      '3000億円',
      '米紙',
    ],
    // 発表 after a short name the body defines after a body's full name (its letters say nothing)
    [
      'Ｂリーグ観客動員、3季連続最多の480万人　ＢＬＧ発表\n日本バスケットボール機構（ＢＬＧ）は7日、今季の観客動員数を発表した。',
      '480万人',
      'ＢＬＧ',
    ],
    // a city that announces in the body credits the headline it ends
    [
      'ごみ袋値上げ 1枚120円に 逗子浜市\n逗子浜市は2日、家庭ごみの有料指定袋の価格を来年4月から引き上げると発表した。',
      '120円',
      '逗子浜市',
    ],
  ])('%s', (text, figure, source) => {
    expect(headlineSource(text, figure)).toBe(source);
  });

  it.each([
    // where it happened, not who counted: a city the body names only as a place
    [
      '交差点で車とバスが衝突 3人けが 岐阜・大垣市\n18日夕方、岐阜県大垣市の交差点で乗用車とバスが衝突し、3人が病院に運ばれました。',
      '3人',
    ],
    // a plain space inside a Latin name parts no headline
    ['新型イヤホン AirLoop Pro 2 3万9800円で発売\n音響機器メーカーのソノラは、新型イヤホンを発売する。', '3万9800円'],
    // a winner's name, a place
    ['県大会で5年ぶり優勝 西高\n西高が5年ぶりの優勝を果たした。', '5年ぶり'],
    ['大阪 国内最高の40.1度 観測史上初\n大阪では最高気温が40.1度まで上がりました。', '40.1度'],
  ])('no credit: %s', (text, figure) => {
    expect(headlineSource(text, figure)).toBe('');
  });
});
