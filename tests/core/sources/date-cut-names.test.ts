import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 9月|末時点の導入企業: a phrase whose walk back stopped inside a date or an amount (末, あたり are its
// suffixes) is a piece of those words, no name: 同社 after it looks past it to the company.
describe('a phrase cut from a date or an amount before it is no antecedent', () => {
  it.each([
    [
      '配送計画AIのハコブネテックは16日、増資を発表した。9月末時点の導入企業は約340社で、昨年の2.4倍に増えた。同社によると、走行距離は平均18%短くなったという。',
      '18%',
      'ハコブネテック',
    ],
    [
      '電力小売りのミナモエナジーは今年2月、料金の改定を発表しました。3月末時点の契約企業はおよそ1万2000社です。同社によりますと、値上げ幅は平均で７％です。',
      '７％',
      'ミナモエナジー',
    ],
    [
      '会計ソフトの北辰クラウドはこのほど、決算を発表した。前年度末時点の利用企業は約8000社に上る。同社は、売上高を約120億円と見込んでいる。',
      '約120億円',
      '北辰クラウド',
    ],
    [
      '私鉄の東央電鉄は5日、新線の計画を発表した。1日あたりの利用者はおよそ7万人と想定している。同社によると、総事業費は約1800億円になる。',
      '約1800億円',
      '東央電鉄',
    ],
  ])('%s', (body, figure, source) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).toContain(source);
  });
});
