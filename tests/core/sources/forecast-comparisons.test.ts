import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// A result set against what forecasters expected: the forecast is theirs, the gap the writer's sum.
describe('a result set against a forecast of others', () => {
  it('the gap to a compiled forecast (これを…上回る) is the writer’s arithmetic', () => {
    const a =
      'ミナト電機は10日、今期の純利益が120億円になる見通しだと発表した。' +
      '調査会社トウザイ情報がまとめたアナリスト6人の予想平均は105億円で、会社の予想はこれを15億円上回る。';
    expect(analyzedNames(a, ['120億円', '15億円'])).toEqual(['ミナト電機', '']);
  });

  it('in a broadcaster’s register, full-width, with ほど after the gap', () => {
    const b =
      '財務省は１９日、８月の貿易統計を発表しました。貿易収支は３２００億円の赤字でした。\n' +
      '民間の調査会社がまとめた市場予測の中央値は２５００億円の赤字で、実際の赤字幅はこれを７００億円ほど上回りました。';
    expect(analyzedNames(b, ['３２００億円', '７００億円ほど'])).toEqual(['財務省', '']);
  });

  it('それを…下回った after a forecast a firm tallied, with an adverbial before the gap', () => {
    const c =
      '北星ホールディングスは今年2月に、4〜6月期の営業利益が82億円だったと発表した。' +
      'アオバ証券が集計した事前予想は90億円で、実績はそれを約8億円下回った。';
    expect(analyzedNames(c, ['82億円', '約8億円'])).toEqual(['北星ホールディングス', '']);
  });

  it('a forecast in brackets after 予測平均 / 市場予想 is not the announcer’s figure', () => {
    const d =
      '内閣府は16日、4〜6月期の国内総生産（GDP）速報値が年率1.1%増だったと発表した。' +
      '民間シンクタンク9社の予測平均（年率0.8%増）を上回った。';
    expect(analyzedNames(d, ['1.1%増', '9社', '0.8%増'])).toEqual(['内閣府', '', '']);
    const e =
      '米商務省は17日、7月の住宅着工件数が年率換算で131万戸だったと発表した。市場予想の中央値（140万戸）を大きく下回った。';
    expect(analyzedNames(e, ['年率換算で131万戸', '140万戸'])).toEqual(['米商務省', '']);
    const f =
      '総務省は２３日、全国の消費者物価指数を発表しました。前の年の同じ月と比べて２．８％上昇し、事前の市場予想（２．６％）を上回りました。';
    expect(analyzedNames(f, ['２．８％', '２．６％'])).toEqual(['総務省', '']);
  });

  it('the gap right after a forecast in brackets is the writer’s too, in either register', () => {
    const l =
      '総務省が20日発表した5月の消費者物価指数は、生鮮食品を除く総合指数が108.2となった。\n' +
      '北浜市場ワイヤがまとめた民間予測の中央値（2.7%上昇）を0.2ポイント上回った。';
    expect(analyzedNames(l, ['108.2', '0.2ポイント'])).toEqual(['総務省', '']);
    const m =
      '米商務省は１７日、７月の住宅着工件数が年率換算で１３１万戸だったと発表しました。市場予想の中央値（１４０万戸）を９万戸下回りました。';
    expect(analyzedNames(m, ['年率換算で１３１万戸', '９万戸'])).toEqual(['米商務省', '']);
  });

  it('but a forecast whose maker the sentence names stays the maker’s', () => {
    const g =
      '北星ホールディングスは5日、営業利益が82億円だったと発表した。アオバ証券がまとめた市場予想の平均（90億円）も下回った。';
    expect(analyzedNames(g, ['82億円', '90億円'])).toEqual(['北星ホールディングス', 'アオバ証券']);
  });

  it('and a gap the announcer tells, or one against its own forecast, stays the announcer’s', () => {
    const h = '財務省は19日、輸出額が9兆円で、輸入額を1200億円上回ったと発表した。';
    expect(analyzedNames(h, ['9兆円', '1200億円'])).toEqual(['財務省', '財務省']);
    const i = '北星ホールディングスは5日、営業利益が82億円になったと発表した。会社予想（75億円）を7億円上回った。';
    expect(analyzedNames(i, ['75億円', '7億円'])).toEqual(['北星ホールディングス', '北星ホールディングス']);
    const j = '北星ホールディングスによると、同社の従来予想は100億円で、新たな予想はこれを20億円上回る。';
    expect(analyzedNames(j, ['100億円', '20億円'])).toEqual(['北星ホールディングス', '北星ホールディングス']);
    const k = 'ミナト電機は10日、前期の純利益が100億円だったと発表した。今期はこれを20億円上回る見通しだ。';
    expect(analyzedNames(k, ['100億円', '20億円'])).toEqual(['ミナト電機', 'ミナト電機']);
  });
});
