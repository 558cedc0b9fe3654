import { beforeAll, describe, expect, it } from 'vitest';
import { dates } from '../dates/helpers';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const durations = (text: string) =>
  figures(text)
    .filter((f) => f.kind === 'duration')
    .map((f) => f.text);

/** 日数 is a count of days: 配送日数が3〜5日延びた, 所要日数は9日 tell how many days, never a day. */
describe('a count of days told by 日数', () => {
  it.each([
    ['配送日数が3〜5日延びた。', '3〜5日'],
    ['平均の入院日数が6日短くなった。', '6日'],
    ['工事の所要日数は9日だ。', '9日'],
  ])('reads the length in %s', (text, length) => {
    expect(durations(text)).toEqual([length]);
    expect(dates(text)).toEqual([]);
  });

  it.each(['受付期間が14日だった。', '配送日数が20日までに決まる。', '配送が3日延びた。'])(
    'reads no length in %s',
    (text) => {
      expect(durations(text)).toEqual([]);
    },
  );
});
