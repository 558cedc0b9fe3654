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

describe('a maker named by its trade written as two words (精|工, 精|機) publishes its own report', () => {
  it.each([
    [
      '化学大手の東和化学工業は7日、研磨材を手がけるミナト精工（東証プライム）を買収すると発表した。ミナト精工が同日公表した資料によると、同社の売上高は532億円だった。',
      '532億円',
      'ミナト精工',
    ],
    [
      '東和化学は7日、リベル精機を買収すると発表した。リベル精機が同日公表した資料によると、同社の従業員は約2100人だった。',
      '約2100人',
      'リベル精機',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});
