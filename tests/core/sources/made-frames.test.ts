import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a thing a party compiled, framed with では, is its data for the sentence', () => {
  it('no report noun needed: the clause says who compiled it', () => {
    const a = '東和トラベルが23日までに集計した予約状況では、予約人数は前年の1.4倍だった。';
    expect(namesOf(a, ['1.4倍'])).toEqual(['東和トラベル']);
    const b = '北山観光協会がこのほどまとめた今夏の宿泊動向では、宿泊者数が１２万人に達したということです。';
    expect(namesOf(b, ['１２万人'])).toEqual(['北山観光協会']);
  });

  it('a thing a party built or runs frames nothing', () => {
    expect(namesOf('県が整備した公園では、子ども3人がけがをした。', ['3人'])).toEqual(['']);
  });
});
