import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 同機関: what the writer calls the body named before, whatever its name ends in (基金, 計画, WFP).
describe('同機関 points back to the body the text put forward, not only to a name ending in 機関', () => {
  it.each([
    [
      '国連児童基金（ユニセフ）は、約300万人の子どもが支援を必要としていると訴えた。同機関によると、学校の約4割が閉鎖されたという。',
      '約4割',
      '国連児童基金（ユニセフ）',
    ],
    // a professor's university quoted in between is no body put forward
    [
      '国連児童基金（ユニセフ）は、約300万人の子どもが支援を必要としていると訴えた。北山大学の田中一郎教授は「深刻だ」と話す。同機関によると、学校の約4割が閉鎖されたという。',
      '約4割',
      '国連児童基金（ユニセフ）',
    ],
    // a name ending in 機関 as before
    ['東和原子力機関は、点検を終えたと発表した。同機関によると、異常は3件見つかった。', '3件', '東和原子力機関'],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it('with only a person named before, 同機関 finds no body (not the professor’s university)', () => {
    const text = '北山大学の田中一郎教授は「深刻だ」と話す。同機関によると、学校の約4割が閉鎖されたという。';
    expect(nameOf(text, '約4割')).not.toBe('北山大学');
  });
});
