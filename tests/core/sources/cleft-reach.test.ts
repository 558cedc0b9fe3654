import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('これは…が報じたものだ sums up the news its paragraph told before it', () => {
  it('every sentence before it, past hearsay that names no one', () => {
    const text =
      '山間部の町を中心に少なくとも38人が死亡し、200人以上が負傷した。倒壊した家屋は1,500棟を超えるという。' +
      'これは地元紙ラ・ボスが9日、各自治体への取材をもとに報じたものだ。';
    expect(namesOf(text, ['少なくとも38人', '200人以上', '1,500棟'])).toEqual([
      '地元紙ラ・ボス',
      '地元紙ラ・ボス',
      '地元紙ラ・ボス',
    ]);
    const polite =
      '東和社の新型機は航続距離が約800キロ。価格は1機約20億円とされる。これは米紙ノースタイムズが23日までに伝えたものです。';
    expect(namesOf(polite, ['約800キロ', '1機約20億円'])).toEqual(['米紙ノースタイムズ', '米紙ノースタイムズ']);
  });

  it('not past a sentence citing another party', () => {
    const text = '県によると、被害額は約3億円に上った。住宅の被害は12棟だった。これは地元の北山新聞が報じたものだ。';
    expect(namesOf(text, ['約3億円', '12棟'])).toEqual(['県', '地元の北山新聞']);
  });
});
