import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

// Values decide which figures are the same, so these run the whole engine.
const sourceOfFirst = (text: string) => {
  const f = analyze(text, realTokenizer()).figures[0];
  return !f?.source || f.source.type === 'byline' ? '' : f.source.name;
};

// A headline writes the body's share coarser to fit: the same figure, the body's source.
describe('a headline share rounded from the body’s', () => {
  it.each([
    // 割 over a percentage
    [
      '北浜化学、通期純利益3割増に上方修正\n北浜化学は8日、今期の連結純利益が前期比27%増の96億円になる見通しだと発表した。',
      '北浜化学',
    ],
    // a percentage over one with a decimal, full-width
    [
      '南海工業、4～9月期営業益１２％減\n南海工業が6日発表した4～9月期の連結決算は、営業利益が前年同期比１１．６％減の208億円だった。',
      '南海工業',
    ],
    // broadcaster register, the share of a total
    ['東和ホテルズ　客室稼働率8割に\n東和ホテルズは、先月の客室稼働率が78.4%だったと発表しました。', '東和ホテルズ'],
  ])('%s', (text, body) => {
    expect(sourceOfFirst(text)).toBe(body);
  });

  it.each([
    // a hedge in the headline: the writer's own rounding
    '北浜化学、純利益4割弱の増加\n北浜化学は8日、今期の連結純利益が前期比38%増の96億円になると発表した。',
    // the other way: 増 over a decrease
    '南海工業、営業益2割増\n南海工業は6日、営業利益が前年同期比21%減の208億円だったと発表した。',
    // too far to be the same share rounded
    '東和ホテルズ　客室稼働率8割に\n東和ホテルズは、先月の客室稼働率が74.5%だったと発表しました。',
    // no word in common: another share of the story
    '東和ホテルズ　外国人客3割\n東和ホテルズは、先月の客室稼働率が28.6%だったと発表しました。',
  ])('stays the outlet’s: %s', (text) => {
    expect(sourceOfFirst(text)).toBe('');
  });
});
