import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../core/types';
import { MarkCursor } from '../../../lib/card/cursor';
import type { Mark } from '../../../lib/card/marks';

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
