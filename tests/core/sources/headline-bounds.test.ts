import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

describe('a headline figure echoes a body figure only when their bounds do not differ', () => {
  it('「35度超え」 is not the 35度以上 of a record the body cites', () => {
    const text =
      '東和市で35度超え　熱中症で12人搬送\n東和市では午後2時すぎに35.4度を観測した。気象台によると、東和市で35度以上となったのは3年ぶりだという。';
    expect(analyzedNames(text, ['35度超え'])).toEqual(['']);
  });

  it('the same bound, or a bound on one side only, still echoes', () => {
    const over = '東和電機、売上高50億円超え\n東和電機によると、今期の売上高は50億円を超えた。';
    expect(analyzedNames(over, ['50億円超え'])).toEqual(['東和電機']);
    const one = '花火大会に最大3万人\n主催者によると、花火大会の来場者は3万人を見込む。';
    expect(analyzedNames(one, ['最大3万人'])).toEqual(['主催者']);
  });
});
