import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('a time as the topic of a quote (試合後は「…」と話した)', () => {
  it('says when, and the person the paragraph is about speaks', () => {
    const lede = '北浜レッズの西川翔太選手（24）は5日の試合で2本塁打を放った。';
    expect(names(`${lede}試合後は「あと10本は打ちたい」と話した。`, ['10本'])).toEqual(['北浜レッズの西川翔太選手']);
    expect(names(`${lede}\n試合後は「次は20点取りたい」と笑顔を見せた。`, ['20点'])).toEqual([
      '北浜レッズの西川翔太選手',
    ]);
    expect(
      names('北浜レッズの西川翔太選手（24）は5日、表彰式に出席した。式典後は「2連覇を目指す」と述べた。', ['2連覇']),
    ).toEqual(['北浜レッズの西川翔太選手']);
    expect(
      names('西川翔太選手（24）が5日、練習に合流した。練習後は報道陣に「実戦まで100日ある」と話した。', ['100日']),
    ).toEqual(['西川翔太選手']);
    expect(
      names('マラソンの西川翔太選手（24）は5日、大会に出場した。レース後は「残り5キロがきつかった」と振り返った。', [
        '5キロ',
      ]),
    ).toEqual(['マラソンの西川翔太選手']);
  });

  it('leaves another speaker and a deed with no words alone', () => {
    const lede = '北浜レッズの西川翔太選手（24）は5日の試合で2本塁打を放った。';
    expect(names(`${lede}試合後は相手の田中監督が「10点は取られすぎ」と嘆いた。`, ['10点'])).toEqual([
      '相手の田中監督',
    ]);
    expect(names(`${lede}試合後は10本のサインボールを配った。`, ['10本'])).toEqual(['']);
  });
});
