import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// A span of time in a clause describing a noun, written before the party cited, is the outlet's description
// of the noun (how long it has been so), not what the party reported.
describe('a span of time describing a noun ahead of the party cited', () => {
  it('発足から2カ月を迎えた内閣の支持率が、各社の世論調査で… is the outlet’s', () => {
    const text = '発足から2カ月を迎えた北山内閣の支持率が、報道各社の世論調査で割れている。最も高い調査では52%だった。';
    expect(analyzedNames(text, ['2カ月'])).toEqual(['']);
  });

  it('a clause describing the report itself is the report’s (3年間続けた…の調査によると)', () => {
    const text = '3年間続けた東和総研の調査によると、在宅勤務をする人は42%だった。';
    expect(analyzedNames(text, ['42%'])).toEqual(['東和総研']);
  });

  it('a span of time after the party is unchanged', () => {
    const text = '北山県警によると、約2時間続いた火災で住宅3棟が焼けた。';
    expect(analyzedNames(text, ['約2時間', '3棟'])).toEqual(['北山県警', '北山県警']);
  });
});
