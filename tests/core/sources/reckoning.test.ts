import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('…という計算になる: only the last clause is the writer’s reckoning', () => {
  const a =
    '北山省の調査によると、空き家は全国で約900万戸あった。住宅全体の13.8%にあたり、およそ7戸に1戸が空き家という計算になる。';
  const b = '東和県によると、県内の待機児童は320人だった。前年の1.5倍で、保育所1カ所あたり2人という計算になります。';
  it.each([
    [a, '13.8%', '北山省'],
    [b, '1.5倍', '東和県'],
  ])('the report’s figure before it keeps its source: %s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    [a, '7戸に1戸'],
    [b, '2人'],
    ['北浜市の発表では、市の人口は12万人だった。市民の3割が高齢者という計算だ。', '3割'],
  ])('the reckoned figure is the writer’s: %s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});
