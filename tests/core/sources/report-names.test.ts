import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a report its publisher put out, named from a prefix (発表した第3四半期決算では)', () => {
  it.each([
    [
      '東和自動車は20日、人員削減策を発表した。同社が先月発表した第3四半期（7〜9月）決算では、営業利益が前年同期比52%減の4億ユーロに落ち込んだ。',
      '4億ユーロ',
      '東和自動車',
    ],
    [
      '北山電機は10日、新型機を発表した。同社が昨年発表した第2次中期経営計画では、売上高を3年で2割増やすとしていた。',
      '2割',
      '北山電機',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});
