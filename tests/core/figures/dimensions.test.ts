import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { countedNoun } from '../../../core/figures/counted';
import { dimensionLabelBefore } from '../../../core/figures/dimensions';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';
import { figures, loadTokenizer } from './helpers';

let tokenizer: Tokenizer;
beforeAll(async () => {
  await loadTokenizer();
  tokenizer = await loadNodeTokenizer();
});

/** Each figure as [text, value, unit, what it measures]. */
function sides(text: string): [string, number | null, string, string | null][] {
  const tokens = tokenizeText(text, tokenizer);
  return figures(text).map((f) => [f.text, f.value, f.unit, countedNoun(text, tokens, f)]);
}

describe('products of dimensions', () => {
  it('reads every labelled side in the unit written after the last, measuring its label', () => {
    expect(sides('化粧箱は縦21.5×横12×高さ4.8センチの大きさだ。')).toEqual([
      ['21.5', 21.5, 'cm', '縦'],
      ['12', 12, 'cm', '横'],
      ['4.8センチ', 4.8, 'cm', '高さ'],
    ]);
    expect(sides('缶は直径6.6×高さ12.2センチで、容量は350ミリリットル。').slice(0, 2)).toEqual([
      ['6.6', 6.6, 'cm', '直径'],
      ['12.2センチ', 12.2, 'cm', '高さ'],
    ]);
    expect(sides('本体は幅45×奥行き32×高さ18cmに収まる。')).toEqual([
      ['45', 45, 'cm', '幅'],
      ['32', 32, 'cm', '奥行き'],
      ['18cm', 18, 'cm', '高さ'],
    ]);
  });

  it('reads two products in one sentence apart, each with its own sides', () => {
    const fs = figures('セットは袋（縦20×横14センチ）と瓶（直径5×高さ9センチ）からなる。');
    expect(fs.map((f) => [f.value, f.dimensions])).toEqual([
      [20, [20, 14]],
      [14, [20, 14]],
      [5, [5, 9]],
      [9, [5, 9]],
    ]);
  });

  it('reads the Latin labels W, D, H as width, depth and height, in half or full width', () => {
    expect(sides('外形寸法はW420×D300×H95mmとなる。')).toEqual([
      ['420', 420, 'mm', '幅'],
      ['300', 300, 'mm', '奥行き'],
      ['95mm', 95, 'mm', '高さ'],
    ]);
    expect(sides('寸法はＷ５００×Ｄ４００×Ｈ２００ｍｍ。').map((s) => s[3])).toEqual(['幅', '奥行き', '高さ']);
  });

  it('keeps an unlabelled product as before: the sides take the unit, not a label', () => {
    const fs = figures('看板は90×60cmの板に描いた。');
    expect(fs.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['90', 90, 'cm'],
      ['60cm', 60, 'cm'],
    ]);
    expect(figures('画面は2400×1080ドットだ。').map((f) => f.dimensions)).toEqual([
      [2400, 1080],
      [2400, 1080],
    ]);
  });

  it('lets the first side take the qualifiers before it', () => {
    const fs = figures('布は約120×80センチある。');
    expect([fs[0]?.text, fs[0]?.approx, fs[1]?.approx]).toEqual(['約120', true, false]);
  });

  it('reads a last side given as a range, each side then standing alone', () => {
    const fs = figures('新型の筐体は約250.4×170.2×9.5～11.8mmとなる。');
    expect(fs.map((f) => [f.text, f.value, f.min, f.max, f.unit, f.dimensions])).toEqual([
      ['約250.4', 250.4, null, null, 'mm', undefined],
      ['170.2', 170.2, null, null, 'mm', undefined],
      ['9.5～11.8mm', null, 9.5, 11.8, 'mm', undefined],
    ]);
    // a range running down is no range: no product is read
    expect(figures('板は30×20×5～3cmだ。').filter((f) => f.dimensions)).toEqual([]);
  });

  it('does not read model names, products without a unit or letters inside a word as dimensions', () => {
    expect(figures('新型のRTX300×2枚構成を試した。').map((f) => f.text)).toEqual(['2枚']);
    expect(figures('掛け算の2×3を解く。')).toEqual([]);
    expect(figures('縦3×横4の表を作る。')).toEqual([]);
  });

  it('reads no product, nor any side alone, when a common noun follows (3×3バスケット, 2×4工法)', () => {
    expect(figures('3×3バスケットボールの代表に選ばれた。')).toEqual([]);
    expect(figures('2×4工法の住宅を建てた。')).toEqual([]);
    expect(figures('対応解像度は3840×2160ピクセルだ。').map((f) => [f.text, f.unit])).toEqual([
      ['3840', 'ピクセル'],
      ['2160ピクセル', 'ピクセル'],
    ]);
  });

  it('says what a measure written after a label measures, with or without a product', () => {
    expect(sides('箱は幅12cm×奥行き8cm×高さ4cmだ。').map((s) => s[3])).toEqual(['幅', '奥行き', '高さ']);
    expect(sides('塔は高さ約310メートルになる。').map((s) => s[3])).toEqual(['高さ']);
    expect(sides('本体の厚さは7.8mmと薄い。').map((s) => s[3])).toEqual(['厚さ']);
  });

  it('finds the label before a side only where one is written', () => {
    expect(dimensionLabelBefore('幅30', 1)).toBe('幅');
    expect(dimensionLabelBefore('W30', 1)).toBe('幅');
    expect(dimensionLabelBefore('HDW30', 3)).toBeNull();
    expect(dimensionLabelBefore('4W30', 2)).toBeNull();
    expect(dimensionLabelBefore('価格30', 2)).toBeNull();
  });
});

describe('a relay written as legs times a distance', () => {
  it('names the event, not a product of two lengths', () => {
    expect(figures('女子4×100メートルリレーで日本は4位に入った。').map((f) => f.text)).toEqual(['4位']);
    expect(figures('男子4×400mリレーの予選があった。')).toEqual([]);
  });

  it('keeps a product of lengths before a particle or of close sizes', () => {
    expect(figures('敷地は4×100メートルの細長い形だ。').map((f) => f.text)).toEqual(['4', '100メートル']);
    expect(figures('2×4メートル四方の囲いを作った。').map((f) => f.value)).toEqual([2, 4]);
  });
});
