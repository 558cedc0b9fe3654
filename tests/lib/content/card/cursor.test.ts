import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../core/types';
import { MarkCursor } from '../../../../lib/content/card/cursor';
import type { Mark } from '../../../../lib/content/card/marks';

const r = {} as Range;
const entities: Entity[] = [
  { text: '田中', start: 0, end: 2, type: 'person', id: 1 },
  { text: '東京', start: 5, end: 7, type: 'place' },
  { text: '田中氏', start: 9, end: 12, type: 'person', id: 1 },
];
const marks: Mark[] = [
  { kind: 'figure', index: 0, range: r },
  { kind: 'entity', index: 0, range: r },
  { kind: 'entity', index: 1, range: r },
  { kind: 'entity', index: 2, range: r },
];

describe('MarkCursor', () => {
  it('steps through figures and wraps at both ends', () => {
    const c = new MarkCursor();
    expect(c.stepFigure(1, 3)).toBe(0);
    expect(c.stepFigure(-1, 3)).toBe(2);
    c.focusFigure(2);
    expect(c.stepFigure(1, 3)).toBe(0);
    expect(c.stepFigure(1, 0)).toBe(-1);
  });
  // Ten figures 300 px apart; the screen is 600 px tall and scrolled to y = 1,450 (figures 5–6 on it).
  const placeAt = (scrollY: number) => (i: number) => i * 300 - scrollY;
  it('goes from what is on screen: J to the first figure from the top of the screen down, K to the one before', () => {
    const c = new MarkCursor();
    expect(c.stepFigure(1, 10, placeAt(1450), 600)).toBe(5);
    expect(c.stepFigure(-1, 10, placeAt(1450), 600)).toBe(4);
    // At the very top and past the last figure: the ends wrap.
    expect(c.stepFigure(-1, 10, placeAt(0), 600)).toBe(9);
    expect(c.stepFigure(1, 10, placeAt(5000), 600)).toBe(0);
  });
  it('goes from the figure visited last only while it is still on screen', () => {
    const c = new MarkCursor();
    c.focusFigure(5);
    // Figure 5 is on screen (its top at 50 px): J goes to 6, K to 4.
    expect(c.stepFigure(1, 10, placeAt(1450), 600)).toBe(6);
    expect(c.stepFigure(-1, 10, placeAt(1450), 600)).toBe(4);
    // The reader scrolled on to y = 2,350: figure 5 is gone, J starts from the screen (figure 8).
    expect(c.stepFigure(1, 10, placeAt(2350), 600)).toBe(8);
  });
  it('skips figures that are not on the page', () => {
    const c = new MarkCursor();
    const holes = (i: number) => (i === 5 || i === 6 ? null : i * 300 - 1450);
    expect(c.stepFigure(1, 10, holes, 600)).toBe(7);
    expect(c.stepFigure(-1, 10, holes, 600)).toBe(4);
    c.focusFigure(4);
    expect(c.stepFigure(1, 10, (i) => (i === 4 ? 100 : holes(i)), 600)).toBe(7);
    expect(c.stepFigure(1, 10, () => null, 600)).toBe(-1);
  });
  it('cycles through the mentions of one entity, linked by id', () => {
    const c = new MarkCursor();
    const seen = [1, 2, 3].map(() => c.nextMention(marks, entities, '#1'));
    expect(seen.map((s) => [s?.mark.index, s?.index, s?.count])).toEqual([
      [0, 0, 2],
      [2, 1, 2],
      [0, 0, 2],
    ]);
    expect(c.nextMention(marks, entities, 'place:東京')?.mark.index).toBe(1);
    expect(c.nextMention(marks, entities, 'person:誰か')).toBeNull();
    c.reset();
    expect(c.nextMention(marks, entities, '#1')?.index).toBe(0);
  });
});
