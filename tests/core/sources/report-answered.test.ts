import { beforeAll, describe, expect, it } from 'vitest';
import { articleNameOf, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 「総務省が公表した速報値を受け、北浜市は…22万人だったと発表した」: a report a を受け clause names is what
// the main clause answers; the figures after it are the main clause's party's.
describe('a published report named in a を受け clause frames only that clause', () => {
  it.each([
    // paper: を受け, 同日, と発表した
    [
      '総務省が25日に公表した2025年国勢調査の速報値を受け、北浜市は同日、市の人口が22万8,406人だったと発表した。',
      '22万8,406人',
      '北浜市',
    ],
    // broadcaster: ということです, a deed as the main clause
    ['気象庁が発表した大雨警報を受け、北浜市は避難所を12カ所開設したということです。', '12カ所', '北浜市'],
    // を受けて, a comma after the topic, と明らかにしました
    [
      '厚生労働省がまとめた人口動態統計を受けて、北浜県は、県内の出生数が5000人を下回ったと明らかにしました。',
      '5000人',
      '北浜県',
    ],
  ])('%s', (text, figure, party) => {
    expect(articleNameOf(text, figure)).toBe(party);
  });

  it('but a report cited with によると still frames its whole sentence', () => {
    const text = '総務省が25日に公表した国勢調査の速報値によると、北浜市の人口は22万人だった。';
    expect(articleNameOf(text, '22万人')).toBe('総務省');
  });
});
