import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

// Values decide which figures are the same, so these run the whole engine.
const sources = (text: string) =>
  analyze(text, realTokenizer()).figures.map((f) => [
    f.text,
    !f.source || f.source.type === 'byline' ? '' : f.source.name,
  ]);

describe('a headline figure', () => {
  it('takes the source the body gives the same figure', () => {
    const text = [
      '映画「星の港」興収40億円突破 動員300万人',
      '映画「星の港」の興行収入が、公開から24日間で40億円を突破した。配給の東和シネマが20日、発表した。観客動員は300万人を超えたという。',
    ].join('\n');
    const got = sources(text);
    expect(got.slice(0, 2)).toEqual([
      ['40億円', '配給の東和シネマ'],
      ['300万人', '配給の東和シネマ'],
    ]);
  });

  it('stays the outlet’s when the body states it, or gives it two sources, or differs', () => {
    const text = [
      '大雨で3人死亡 被害は1000棟超',
      '大雨で3人が死亡した。',
      '県によると、住宅1200棟が浸水した。警察によると、別の町でも3人が死亡した。',
    ].join('\n');
    const got = sources(text);
    // 3人: the outlet in one place, the police in another; 1000棟超 is not 1200棟.
    expect(got.slice(0, 2)).toEqual([
      ['3人', ''],
      ['1000棟超', ''],
    ]);
  });

  it('may end with the words it quotes, and takes their speaker from the body', () => {
    const text = [
      '東和電機・田中社長「売上高は3年で2倍に」',
      '東和電機の田中一郎社長は10日、「売上高は3年で2倍にする」と述べた。',
    ].join('\n');
    expect(sources(text).slice(0, 2)).toEqual([
      ['3年', '東和電機の田中一郎社長'],
      ['2倍', '東和電機の田中一郎社長'],
    ]);
    // A first line all in quotes opens a feature: its words are not echoed from the body.
    const opening = ['「売上高は3年で2倍に」', '東和電機の田中一郎社長は10日、「売上高は3年で2倍にする」と述べた。'];
    expect(sources(opening.join('\n'))[0]).toEqual(['3年', '']);
  });

  it('keeps what it attributes itself, and a first line with a full stop is no headline', () => {
    const text = '東和電機は、売上高が1兆円になると発表した。\n売上高は1兆円になる見通しだ。';
    expect(sources(text)[0]).toEqual(['1兆円', '東和電機']);
  });
});
