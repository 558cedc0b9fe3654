import { beforeAll, describe, expect, it } from 'vitest';
import { headlineName, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// A headline's credit that names no one (県推計, 市まとめ, 病院グループ集計, メーカー発表) means the body the
// lede names: nothing before the headline can say which.
describe('an unnamed headline credit is the body its lede names', () => {
  it.each([
    [
      '北峰県人口、150万人割れ　県推計\n北峰県は4日、10月1日現在の推計人口が149万8千人だったと発表した。',
      '150万人',
      '北峰県',
    ],
    [
      '市税収入、過去最高の820億円　市まとめ\n南浜市は10日、昨年度の市税収入が約820億円だったと明らかにした。',
      '820億円',
      '南浜市',
    ],
    [
      '町の人口、初の1万人割れ　町調べ\n西川町は1日、住民基本台帳の人口が9987人になったと発表しました。',
      '1万人',
      '西川町',
    ],
    [
      '外来待ち時間、平均78分に　病院グループ集計\n東北で8病院を運営する医療法人「白樺会」は7日、外来の待ち時間を集計した結果を公表した。',
      '78分',
      '白樺会',
    ],
    [
      '新型EV、航続600キロ　メーカー発表\n自動車メーカーの東和モーターは今年2月、新型EVの航続距離が600キロになると発表した。',
      '600キロ',
      '東和モーター',
    ],
    [
      '県内の倒産、2割増　県調査\n東和県によると、昨年度に倒産した企業は前年より2割多い312件だった。',
      '2割増',
      '東和県',
    ],
  ])('%s', (text, figure, source) => {
    expect(headlineName(text, figure)).toContain(source);
  });

  it('a lede naming no body the anaphor can mean leaves the credit as it is', () => {
    const text = '人口150万人割れ　県推計\n総務省は4日、都道府県別の推計人口を発表した。';
    expect(headlineName(text, '150万人')).not.toBe('総務省');
  });

  it('a kind the lede does not say its body is stays another body (県警推計 over an organising committee)', () => {
    const text = '花火大会、人出8万人　県警推計\n南浜花火大会の実行委員会は3日、人出が12万人だったと発表した。';
    expect(headlineName(text, '8万人')).not.toContain('実行委員会');
  });

  it('a named credit stays the name the headline gives', () => {
    const text = '人口150万人割れ　北峰県推計\n南山県は4日、推計人口を発表した。';
    expect(headlineName(text, '150万人')).toBe('北峰県');
  });

  it('a first line that is a sentence of the body looks back only', () => {
    const text = '県は4日、人口が150万人を割ったと発表した。北峰県の担当者が説明した。';
    expect(headlineName(text, '150万人')).not.toContain('北峰県');
  });
});
