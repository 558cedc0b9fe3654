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

// A municipality between a headline's full-width spaces is where the news happened, as after a plain space:
// it credits the headline's figures only when the body cites it as their maker.
describe('a place named between a headline’s spaces', () => {
  it.each([
    [
      'イノシシ被害、過去最多の二百件超　北浦市　農家が悲鳴\n北浦市で今年、イノシシの被害が相次いでいる。市農政課によると、被害は二百十二件に上った。',
      '二百件超',
    ],
    ['空き家率、初の2割超　南川町　移住者向けに改修\n南川町の中心部では空き家が目立つ。', '2割超'],
  ])('signs nothing the body does not credit it with: %s', (text, figure) => {
    expect(headlineSource(text, figure)).toBe('');
  });

  it.each([
    // the body cites the town as the data's maker: its label stands
    [
      '観光客、過去最多の120万人　北浦市　外国人客が目立つ\n北浦市は10日、昨年の観光客数が120万3千人だったと発表した。',
      '120万人',
      '北浦市',
    ],
    // a body's name that is no place still signs after a full-width space
    ['実質賃金、0.6%減　厚労省\n物価の上昇に賃金が追いつかない。', '0.6%', '厚労省'],
  ])('still credits: %s', (text, figure, name) => {
    expect(headlineSource(text, figure)).toBe(name);
  });
});
