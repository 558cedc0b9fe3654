import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('the reason a party gives (…として、警報を出した)', () => {
  it('is its claim, the topic set apart by a comma or the one in force', () => {
    expect(namesOf('県は、患者が前の週の2倍に増えたとして、警報を出した。', ['2倍'])).toEqual(['県']);
    const unwritten = '厚労省は、手洗いを呼び掛けている。特に65歳以上の人は重症化しやすいとして、注意を促している。';
    expect(namesOf(unwritten, ['65歳以上'])).toEqual(['厚労省']);
  });

  it('a role (代表として) or a reputation with no comma (安いとして人気) reports nothing', () => {
    expect(namesOf('店は駅前にある。代表として3人が立った。', ['3人'])).toEqual(['']);
    expect(namesOf('店は駅前にある。安いとして人気で、客は1日300人に上る。', ['1日300人'])).toEqual(['']);
  });
});
