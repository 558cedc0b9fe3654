import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const durations = (text: string) =>
  figures(text)
    .filter((f) => f.kind === 'duration')
    .map((f) => f.text);

/**
 * A term a rule sets, told after a length noun and は (任期は4年。), with the date it runs from between
 * (任期は今月20日から4年): one digit before 年 there is a length, not a year.
 */
describe('terms set by a rule', () => {
  it.each([
    ['任期は今月２０日から４年。', '４年'],
    ['任期は4年。', '4年'],
    ['新知事の任期は来月1日から4年です。', '4年'],
    ['契約期間は4月から5年で、更新できる。', '5年'],
    ['理事の任期は2年とする。', '2年'],
    ['猶予期間は3年、延長はできない。', '3年'],
    ['任期は就任の日から4年となる。', '4年'],
  ])('reads the length in %s', (text, length) => {
    expect(durations(text)).toContain(length);
  });

  it.each(['期間は令和2年から5年まで続いた。', '更新は25年に行う。', '任期は25年に満了する。'])(
    'reads no length in %s',
    (text) => {
      expect(durations(text)).toEqual([]);
    },
  );
});
