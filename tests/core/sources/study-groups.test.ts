import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf } from './helpers';

beforeAll(loadTokenizer);

// A group written bare (最も多いグループは, 投与群では) is a group a study sorted its people into, not a
// body of its own: the study's findings about it go on with the team that announced the study.
describe('a study’s group is no other party', () => {
  it.each([
    [
      '南浜医大のチームは5日、魚をよく食べる人は心臓病のリスクが約2割低いと発表した。\n食べる量で参加者を3つのグループに分けたところ、最も多いグループは心臓病のリスクが27％低かった。',
      '27％',
      '南浜医大のチーム',
    ],
    // では, the group described by a clause
    [
      '北浜大のチームは8日、早く寝る子どもは成績が良い傾向があると発表した。\n分析したところ、午後9時までに寝るグループでは、平均点が12点高かった。',
      '12点',
      '北浜大のチーム',
    ],
    [
      '東和製薬は12日、新薬の臨床試験の結果を発表した。\n投与群では、症状が改善した人が64％に上った。',
      '64％',
      '東和製薬',
    ],
  ])('%s', (text, figure, body) => {
    expect(nameOf(text, figure)).toBe(body);
  });

  it('a company group named before グループ is another party', () => {
    const text = '東和製薬は12日、新薬を発売したと発表した。\n北浜グループは、新工場に120億円を投じた。';
    expect(nameOf(text, '120億円')).toBe('');
  });
});
