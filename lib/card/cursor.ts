import type { Entity } from '../../core/types';
import { entityKey } from '../entity-groups';
import type { Mark } from './marks';

/**
 * Where "next / previous figure" and "next mention" go: the figure in focus, and for each entity the
 * mention shown last. Cycles at the ends (after the last figure comes the first).
 */
export class MarkCursor {
  private figure = -1;
  private readonly mention = new Map<string, number>();

  /** Forgets every position (a new page). */
  reset(): void {
    this.figure = -1;
    this.mention.clear();
  }

  /** Records the figure now in focus (a jump from the popup). */
  focusFigure(index: number): void {
    this.figure = index;
  }

  /** The figure `delta` steps from the focused one among `count`, or -1 when there is none. */
  stepFigure(delta: number, count: number): number {
    if (!count) return -1;
    // Nothing in focus yet: "next" starts at the first figure, "previous" at the last.
    if (this.figure < 0) return delta > 0 ? 0 : count - 1;
    return (((this.figure + delta) % count) + count) % count;
  }

  /** The next mention of the entity `key` among the marks, with its position; null if none is marked. */
  nextMention(
    marks: readonly Mark[],
    entities: readonly Entity[],
    key: string,
  ): { mark: Mark; index: number; count: number } | null {
    const mine = marks.filter((m) => {
      const e = m.kind === 'entity' ? entities[m.index] : undefined;
      return e !== undefined && entityKey(e) === key;
    });
    if (!mine.length) return null;
    const index = ((this.mention.get(key) ?? -1) + 1) % mine.length;
    this.mention.set(key, index);
    return { mark: mine[index] as Mark, index, count: mine.length };
  }
}
