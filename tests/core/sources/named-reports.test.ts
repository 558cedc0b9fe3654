import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// A column that names a report as what a sentence is (一つ目は…の労働力調査だ。 / まず取り上げたいのは、…の
// 試算です。 / 次に紹介するのは…がまとめた推計である。), then gives its figures in plain sentences after it.
describe('a report a sentence names as what it is goes on in its paragraph', () => {
  it.each([
    [
      '人手不足をめぐる報告が相次いだ。\n一つ目は北山省の労働力調査だ。9月の就業者数は6812万人と過去最多を更新した。',
      '6812万人',
      '北山省',
    ],
    ['まず取り上げたいのは、東和総研の試算です。来年度の成長率は4.2%にとどまります。', '4.2%', '東和総研'],
    [
      '次に紹介するのは北浜経済研究所がまとめた推計である。2040年には約960万人の働き手が不足する。',
      '約960万人',
      '北浜経済研究所',
    ],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });
});

describe('a report told in the past or a problem named is no report in force', () => {
  it.each([
    ['問題は人手不足だ。介護職員は約12%足りない。', '12%', ''],
    ['きっかけは北山市の調査だった。\nその後、市内の人口は3万人を割り込んだ。', '3万人', ''],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });
});
