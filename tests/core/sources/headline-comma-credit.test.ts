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

describe('a credit set apart by a comma at a headline’s end (…5割近く、東和リサーチ調べ)', () => {
  it('credits every stretch of the headline, as one after a space does', () => {
    const body = '\n調査会社の東和リサーチは3日、調査結果を公表した。';
    expect(sources(`AIを使う人は3割　20代は5割近く、東和リサーチ調べ${body}`).slice(0, 3)).toEqual([
      ['3割', '東和リサーチ'],
      ['20代', '東和リサーチ'],
      ['5割近く', '東和リサーチ'],
    ]);
    expect(sources(`AIを使う人は３割　20代は５割近く、東和リサーチ調べ${body}`)[0]).toEqual(['３割', '東和リサーチ']);
    expect(sources('空き家率が3割に　山間部は5割超、北山県調査\n北山県は3日、空き家の調査結果を公表した。')[0]).toEqual(
      ['3割', '北山県'],
    );
  });

  it('holds only for its own stretch when it stands mid-headline', () => {
    const text = '給与3割増、東和リサーチ調べ　北山市は人口2万人減\n調査会社の東和リサーチは3日、調査結果を公表した。';
    expect(sources(text).slice(0, 2)).toEqual([
      ['3割増', '東和リサーチ'],
      ['2万人減', ''],
    ]);
  });
});
