import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('a survey named in brackets after the party that makes it (「…調査」で、)', () => {
  it('is its maker’s, with 行っている / 実施した / 公表した and a date or an edition anywhere', () => {
    expect(
      headlinedNames(
        '北山庁が毎年行っている「読書に関する世論調査」で、電子書籍を読む人が3割余りにのぼることがわかりました。',
        ['3割余り'],
      ),
    ).toEqual(['北山庁']);
    expect(
      headlinedNames(
        'ことし2月に北山市が実施した「市民意識調査」で、満足している人が減ったことがわかった。同調査によると、満足と答えた人は１８．２％だった。',
        ['１８．２％'],
      ),
    ).toEqual(['北山市']);
    expect(
      headlinedNames(
        'ＮＰＯ法人「みどりの輪」が23日までに公表した「里山調査2026」で、ホタルの見られる地点が120カ所に減ったことが分かった。',
        ['120カ所'],
      )[0],
    ).toContain('みどりの輪');
  });

  it('それによりますと after the survey as a topic is the maker’s, not the survey’s', () => {
    expect(
      headlinedNames(
        '北山庁が毎年行っている「読書に関する世論調査」で、電子書籍を読む人が増えたことがわかりました。調査は今年1月に行われ、3000人から回答を得ました。それによりますと、紙の本を読まないと答えた人は33.6％で、前回より8.2ポイント増えました。',
        ['33.6％', '8.2ポイント'],
      ),
    ).toEqual(['北山庁', '北山庁']);
  });

  it('names no one when no maker is named, and a product in brackets makes no report', () => {
    expect(
      headlinedNames('調査は今年1月に行われた。それによりますと、紙の本を読まない人は33.6％でした。', ['33.6％']),
    ).toEqual(['']);
    expect(
      headlinedNames('北山庁は「読書に関する世論調査」を毎年行っている。今年の調査は3000人が対象だった。', ['3000人']),
    ).toEqual(['']);
  });
});
