import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// A first body's announcement, so that a sentence whose own reporter is missed would borrow it.
const BEFORE = '格付け会社の東和レーティングは8日、北浜精機の格付けを引き下げたと発表しました。\n';

describe('a named が-subject set apart by a date and a comma reports the words after it', () => {
  it('an outlet, a city, a firm; a generic word before the name; dates of several forms', () => {
    const cases: [string, string, string][] = [
      [
        '経済紙の南浜経済新聞が先月、工場を3か所閉鎖する計画を同社が検討していると報じていました。',
        '3か所',
        '経済紙の南浜経済新聞',
      ],
      ['南浜経済新聞が先月、工場を3か所閉鎖する計画があると報じた。', '3か所', '南浜経済新聞'],
      [
        '地元紙の北浜日報が先月、工場を３か所閉鎖する計画を同社が検討していると報じていた。',
        '３か所',
        '地元紙の北浜日報',
      ],
      ['北浜市が8日、人口が3万人になったと発表した。', '3万人', '北浜市'],
      ['北浜市が先月、工場を3か所閉鎖する計画があると明らかにした。', '3か所', '北浜市'],
      ['東和商事が８日、売上高が３０億円になったと発表しました。', '３０億円', '東和商事'],
      ['南浜経済新聞が先月、北浜精機が工場を3か所閉鎖する計画だと報じた。', '3か所', '南浜経済新聞'],
    ];
    for (const [sentence, figure, name] of cases) expect(analyzedNames(BEFORE + sentence, [figure])).toEqual([name]);
  });

  it('a subject of common words is what the words count or tell of; the body before keeps them', () => {
    const before = '北浜市は8日、新しい計画を発表した。\n';
    expect(analyzedNames(`${before}利用者が昨年、3万人を超えたとしている。`, ['3万人を超えた'])).toEqual(['北浜市']);
    expect(analyzedNames(`${before}国が来年度、費用の2割を負担するとしている。`, ['2割'])).toEqual(['北浜市']);
    expect(analyzedNames(`${before}住民が今年、約500人増えたということです。`, ['約500人増'])).toEqual(['北浜市']);
    expect(analyzedNames(`${before}市内の企業が昨年、合わせて30億円を投資したと市はみている。`, ['30億円'])).toEqual([
      '北浜市',
    ]);
  });
});
