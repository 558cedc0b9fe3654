import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// …たばかり(だ) tells a settling just done: the value set is the body's as with a plain 据え置いた.
describe('a value a body has just settled (…たばかり)', () => {
  it('据え置いたばかり closing the sentence', () => {
    const a = '欧州中央銀行（ECB）は先週の理事会で、政策金利を4.5%に据え置いたばかり。';
    expect(analyzedNames(a, ['4.5%'])).toEqual(['欧州中央銀行（ECB）']);
  });

  it('with a copula after ばかり, in either register', () => {
    const b = '東和市は先月、市民税の税率を5%に引き上げたばかりです。';
    expect(analyzedNames(b, ['5%'])).toEqual(['東和市']);
    const c = '中央銀行は今月、預金準備率を2.5%に据え置いたばかりだ。';
    expect(analyzedNames(c, ['2.5%'])).toEqual(['中央銀行']);
  });
});

describe('what stays as it was', () => {
  it('a person’s deed just done sets nothing of a body', () => {
    const d = '山田選手は先月、体重を80キロから75キロに落としたばかりだ。';
    expect(analyzedNames(d, ['80キロ', '75キロ'])).toEqual(['', '']);
  });

  it('ばかり mid-sentence before a count the writer gives', () => {
    const e = '東和電機は3月に工場を新設したばかりで、従業員は約200人いる。';
    expect(analyzedNames(e, ['約200人'])).toEqual(['']);
  });
});
