import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('同局 after a broadcaster that 伝えた a poll (民放, チャンネル)', () => {
  it('points back to the broadcaster, whatever its name ends with', () => {
    expect(
      names(
        '同国の民放ケープ・ニュース・チャンネル（CNC）は28日、与党の支持率が42%にとどまるとの世論調査結果を伝えた。\n同局によると、最大野党は24%だった。',
        ['42%', '24%'],
      ),
    ).toEqual(['同国の民放ケープ・ニュース・チャンネル（CNC）', '同国の民放ケープ・ニュース・チャンネル（CNC）']);
    expect(
      names(
        '民放ノースネットは28日までに、与党の支持率が42%にとどまるとの調査結果を伝えた。\n同局によると、最大野党は24%、新党は13%だった。',
        ['42%', '24%', '13%'],
      ),
    ).toEqual(['民放ノースネット', '民放ノースネット', '民放ノースネット']);
    expect(
      names('地元の民放、北海チャンネルは今月、与党の支持率が42%だったと報じた。同局によりますと、野党は24%でした。', [
        '42%',
        '24%',
      ]),
    ).toEqual(['北海チャンネル', '北海チャンネル']);
  });

  it('still points back to a bureau (北山気象局), not a company that 伝えた', () => {
    expect(
      names(
        '北山気象局は5日、雨量が300ミリに達したと発表した。北海電力は停電が300戸に及ぶと伝えた。同局によると、台風は時速50キロで北上している。',
        ['300ミリ', '300戸', '50キロ'],
      ),
    ).toEqual(['北山気象局', '北海電力', '北山気象局']);
  });
});
