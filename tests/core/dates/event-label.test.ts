import { describe, expect, it } from 'vitest';
import { tokenDates } from './helpers';

const read = tokenDates();
const sameDay = (text: string, published: string) => read(text, published).find(([t]) => t === '同日')?.[1];

/**
 * A day labelling the event it qualifies (12月1日開会の議会, 5日投開票の選挙, 20日発売の新機種) is not a day the
 * story moves to: a later 同日 still means the day the story told of. Invented articles.
 */
describe('同日 after a day labelling an event', () => {
  it.each([
    [
      '西浜市は26日、除雪費を追加する補正予算案を発表した。12月1日開会の市議会に提出する。\n\n　市交通局は同日、終電を早める方針を示した。',
      '2025-11-27',
      '2025-11-26',
    ],
    [
      '北浜町は8日、記念切手の図柄を公表した。20日発売の切手は3種類ある。\n　町長は同日、記者会見を開いた。',
      '2025-05-09',
      '2025-05-08',
    ],
  ])('%s', (text, published, value) => {
    expect(sameDay(text, published)).toBe(value);
  });

  it('still follows a day the story moves to', () => {
    // 12月1日に開会する: the day is told with its verb, and the story moves to it.
    expect(
      sameDay(
        '西浜市は26日、補正予算案を発表した。議会は12月1日に開会する。同日、市長が提案理由を説明する。',
        '2025-11-27',
      ),
    ).toBe('2025-12-01');
    // No day of the story named before: the labelled day is all 同日 can mean.
    expect(sameDay('12月1日開会の市議会に補正予算案が出される。同日、市長が説明する。', '2025-11-27')).toBe(
      '2025-12-01',
    );
  });
});
