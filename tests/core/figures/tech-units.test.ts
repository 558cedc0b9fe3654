import { beforeAll, describe, expect, it } from 'vitest';
import { unitEntry } from '../../../core/figures/latin-units';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

describe('technical and product figures', () => {
  it.each([
    ['電池の容量は5000mAhに増えた。', '5000mAh', 5000, 'mAh'],
    ['CPUは最大3.2GHzで動く。', '最大3.2GHz', 3.2, 'GHz'],
    ['下り最大4.9Gbpsの通信に対応する。', '最大4.9Gbps', 4.9, 'Gbps'],
    ['画素密度は460ppiとなる。', '460ppi', 460, 'ppi'],
    ['回路線幅は2nmに縮む。', '2nm', 2, 'nm'],
    ['画面は144Hzで書き換わる。', '144Hz', 144, 'Hz'],
    ['保存容量は256GBから選べる。', '256GB', 256, 'GB'],
    ['処理性能は40TOPSに達する。', '40TOPS', 40, 'TOPS'],
    ['排気量は660ccの軽自動車だ。', '660cc', 660, 'cc'],
    ['天板は30kgfの加圧に耐えた。', '30kgf', 30, 'kgf'],
    ['ボタンは150gfの力で押せる。', '150gf', 150, 'gf'],
    ['ねじは5kNの荷重に耐える。', '5kN', 5, 'kN'],
    ['新型の電池は4500ミリアンペア時の容量がある。', '4500ミリアンペア時', 4500, 'mAh'],
    ['蓄電池は10キロワット時をためる。', '10キロワット時', 10, 'kWh'],
  ])('%s → %s', (text, surface, value, unit) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, unit, 'measure']);
  });

  it('reads a display size in 型 but not a model number', () => {
    expect(only('6.1型の液晶を備える。').unit).toBe('型');
    expect(only('テレビは65型が売れ筋だ。').value).toBe(65);
    expect(figures('209型潜水艦を改修した。')).toEqual([]);
  });

  it('reads a laptop by its screen size: 14型ノート, 13型のパソコン', () => {
    expect(figures('重さ900gを切る14型ノートを発売する。').map((f) => f.text)).toEqual(['900g', '14型']);
    expect(only('新しい13型のパソコンは軽い。').unit).toBe('型');
    // …a model of a vehicle or a vessel is still no size.
    expect(figures('2000型の車両を新造した。')).toEqual([]);
  });

  it('reads a range whose ends carry different prefixes of one unit as one range, in the first’s unit', () => {
    const f = only('対応する周波数は470MHz～3.6GHzと広い。');
    expect([f.text, f.min, f.max, f.unit]).toEqual(['470MHz～3.6GHz', 470, 3600, 'MHz']);
    expect(only('重さは900g～1.2kgだ。').max).toBe(1200);
    // Units of different kinds are two figures, not a range.
    expect(figures('容量は64GB～4000mAhだ。').map((x) => x.text)).toEqual(['64GB', '4000mAh']);
  });

  it('gives both sides of a resolution, each knowing the other', () => {
    const fs = figures('解像度は2560×1600ドットとなる。');
    expect(fs.map((f) => [f.text, f.value, f.unit, f.dimensions])).toEqual([
      ['2560', 2560, 'ドット', [2560, 1600]],
      ['1600ドット', 1600, 'ドット', [2560, 1600]],
    ]);
  });

  it('reads a price with tax included', () => {
    expect(only('価格は税込3,980円。').value).toBe(3980);
  });

  it('does not read names, generations or acronyms as units', () => {
    for (const text of [
      '5Gの基地局を増やす。',
      '4K放送が始まった。',
      '3Dで表示する。',
      'PS5の新作が出た。',
      '2ndアルバムを出す。',
    ]) {
      expect(figures(text), text).toEqual([]);
    }
  });

  it('asks the units catalogue only about plausible unit words', () => {
    expect(unitEntry('kWh')?.kind).toBe('measure');
    expect(unitEntry('ms')?.kind).toBe('duration');
    for (const w of ['PC', 'TV', 'G', 'pm', 'rd', 'OS', 'LED']) expect(unitEntry(w), w).toBeNull();
  });
});

describe('metric units in katakana: any prefix with any base', () => {
  it.each([
    ['呼気1リットル中0.15ミリグラムを検出した。', '0.15ミリグラム', 0.15, 'mg'],
    ['空間線量は毎時0.08マイクロシーベルトだった。', '毎時0.08マイクロシーベルト', 0.08, 'µSv'],
    ['膜の厚さは5ナノメートルしかない。', '5ナノメートル', 5, 'nm'],
    ['変電所は6万6000ボルトで受電する。', '6万6000ボルト', 66000, 'V'],
    ['無線は5.8ギガヘルツ帯を使う。', '5.8ギガヘルツ', 5.8, 'GHz'],
    ['基準値は０・０３ミリグラムだ。', '０・０３ミリグラム', 0.03, 'mg'],
    // one family, prefixed or not: 800バイト is B as 300キロバイト is kB; bits are bit
    ['添付の画像は800バイトだった。', '800バイト', 800, 'B'],
    ['資料は約300キロバイトある。', '約300キロバイト', 300, 'kB'],
    ['蓄積したデータは2ペタバイトに上る。', '2ペタバイト', 2, 'PB'],
    ['回線は毎秒10ギガビットに対応する。', '毎秒10ギガビット', 10, 'Gbit'],
    ['音声は64キロビットで圧縮した。', '64キロビット', 64, 'kbit'],
    ['年間の追加被ばく線量を1ミリシーベルト以下にする。', '1ミリシーベルト以下', 1, 'mSv'],
    ['作業員は最大で1シーベルトを浴びた。', '最大で1シーベルト', 1, 'Sv'],
    ['東日本の電力は50ヘルツだ。', '50ヘルツ', 50, 'Hz'],
  ])('%s → %s', (text, surface, value, unit) => {
    const f = figures(text).find((x) => x.unit === unit);
    expect([f?.text, f?.value, f?.kind]).toEqual([surface, value, 'measure']);
  });

  it('keeps the units listed by hand (キロメートル → km, ミリリットル → ml)', () => {
    expect(only('道路は12キロメートル続く。').unit).toBe('km');
    expect(only('容量は350ミリリットルだ。').unit).toBe('ml');
  });
});
