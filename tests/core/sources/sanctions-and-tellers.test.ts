import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('an authority designating targets (…を制裁対象に指定した) is their source', () => {
  it.each([
    [
      '米国務省は今月、武器を運んだとして、貨物船5隻と関連企業7社を制裁対象に指定した。',
      ['5隻', '7社'],
      ['米国務省', '米国務省'],
    ],
    ['北浜市は昨年、公民館など12カ所を指定避難所に指定した。', ['12カ所'], ['北浜市']],
  ])('%s', (text, figures, sources) => {
    expect(namesOf(text, figures)).toEqual(sources);
  });

  it.each([
    // A company's designation is its own business, not an authority's list; nor is a previous paragraph's
    // announcer the source of it.
    ['東和電機は、新製品3機種を重点商品に指定した。', ['3機種'], ['']],
    [
      '東和機関は、北国の在庫が約440キロに上るとの見方を示した。\n\n東和電機は先月、新製品3機種を重点商品に指定した。',
      ['約440キロ', '3機種'],
      ['東和機関', ''],
    ],
  ])('negative: %s', (text, figures, sources) => {
    expect(namesOf(text, figures)).toEqual(sources);
  });
});

describe('people named by their role and then counted (外交官2人が…, 関係者3人は…) speak as that role', () => {
  it.each([
    ['事情に詳しい外交官2人が明らかにしたところでは、5カ国が来週にも協議を始める。', '5カ国', '外交官'],
    ['政府関係者3人は、少なくとも4社が撤退すると語った。', '4社', '政府関係者'],
    ['米国の外交官は、制裁対象が20社増えると語った。', '20社', '米国の外交官'],
  ])('%s', (text, figure, source) => {
    expect(namesOf(text, [figure])).toEqual([source]);
  });

  it.each([
    // The count is the outlet's word for the tellers, not what they told; casualties counted tell nothing.
    ['政府関係者3人は、少なくとも4社が撤退すると語った。', '3人'],
    ['死者2人は、いずれも3社の社員だった。', '3社'],
  ])('negative: %s', (text, figure) => {
    expect(namesOf(text, [figure])).toEqual(['']);
  });
});
