import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// Each sentence stands under a headline, as in an article.
const inArticle = (sentence: string) => `きょうの経済\n${sentence}`;

describe('a name may open with a word IPADIC does not let open one (千里, 三ツ, 九十九, みな|と)', () => {
  it.each([
    // 千里, 万代: adverbial nouns (副詞可能) to IPADIC.
    ['不動産大手の千里ビルサービス（大阪市）は12日、空室率が3.2%だったと発表した。', '3.2%', '千里ビルサービス'],
    ['万代ホールディングスによると、今年2月の売上高は前年同月比4.1%増えた。', '4.1%', '万代ホールディングス'],
    ['地元の千里交通によりますと、利用者は1日平均で約4200人だということです。', '4200人', '千里交通'],
    ['12日千里ビルサービスは、賃料が平均で1.5%上がったと発表した。', '1.5%', '千里ビルサービス'],
    // 三|ツ|星, 九|十|九, 二|十|一: a kanji numeral followed by a word, not by a counter.
    ['調査会社の三ツ星リサーチは、回答者の41%が値上げを容認していると発表した。', '41%', '三ツ星リサーチ'],
    ['九十九商会は、今期の純利益が8億円になる見通しだと発表した。', '8億円', '九十九商会'],
    [
      'このほど二十一世紀経済研究所が公表した試算では、経済効果は約230億円にのぼる。',
      '230億円',
      '二十一世紀経済研究所',
    ],
    // 東海|ノ|森: IPADIC reads ノ as a symbol.
    ['東海ノ森研究所がまとめた報告書では、県内の森林面積は約3万ヘクタールだということです。', '3万', '東海ノ森研究所'],
    // み|な|と, きら|ぼ|し: a hiragana name split into function words before a body's head word.
    ['みなと証券の試算では、実質成長率は1.2%にとどまる。', '1.2%', 'みなと証券'],
    ['きらぼし銀行は12日、預金残高が前年より2%増えたと発表した。', '2%', 'きらぼし銀行'],
    ['証券大手のみなと証券は、純利益が15億円だったと発表した。', '15億円', 'みなと証券'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toContain(source);
  });

  it.each([
    // A time, a part or a count before a word is no name.
    ['最近ビルの空室率は4%台で推移している。', '4%'],
    ['当時センターは約300人を受け入れた。', '300人'],
    ['今回ビルの改修費は約3億円だった。', '3億円'],
    ['三社の平均は4.5%だった。', '4.5%'],
    ['預金をするなら銀行の金利は0.2%が目安だ。', '0.2%'],
    ['深夜バスの運賃は平均で4500円だった。', '4500円'],
  ])('no name: %s', (text, figure) => {
    expect(nameOf(inArticle(text), figure)).toBe('');
  });
});
