import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('a one-word thing as the topic of a forecast (海面は…上昇すると見込む)', () => {
  it('is what is foreseen: the report or the body in force foresees it', () => {
    expect(
      headlinedNames(
        '北海気候パネルは18日、特別報告書を公表した。報告書は研究者約270人が執筆した。気温上昇を抑えた場合でも、海面は0.3〜0.6メートル上昇すると見込む。',
        ['0.3〜0.6メートル'],
      )[0],
    ).toContain('北海気候パネル');
    expect(
      headlinedNames(
        '北海気候パネルは18日、特別報告書を公表した。報告書は研究者約270人が執筆した。気温は2100年までに最大2.5度上昇すると予測している。',
        ['2.5度'],
      )[0],
    ).toContain('北海気候パネル');
    expect(
      headlinedNames('東和総研は5日、経済見通しを発表した。物価は来年、１．８％上がると予測した。', ['１．８％']),
    ).toEqual(['東和総研']);
  });

  it('a one-word party whose foreseen words have a subject of their own still foresees', () => {
    expect(
      headlinedNames('北辰工業は5日、決算を発表した。北辰は来期、売上高が2割増えると見込む。', ['2割'])[0],
    ).toContain('北辰');
    expect(headlinedNames('政府は12日、見通しを示した。当局は物価が2％上がると予測した。', ['2％'])).toEqual(['当局']);
  });
});
