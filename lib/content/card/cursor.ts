import type { Entity } from '../../../core/types';
import { entityKey } from '../../shared/entity-groups';
import type { Mark } from './marks';

/**
 * Where a figure is relative to the viewport: its top in viewport pixels (negative: above the
 * screen), or null when it is not on the page. Test seam: the page passes Range rects, tests numbers.
 */
export type FigurePlace = (index: number) => number | null;

/**
 * Where "next / previous figure" and "next mention" go. Figures are reached from where the reader
 * is: from the figure visited last while it is still on screen, otherwise from the screen itself
 * (J from the middle of the page goes to the first figure from the top of the screen down, K to the
 * last one above it). Cycles at the ends (after the last figure comes the first).
 */
export class MarkCursor {
  #figure = -1;
  readonly #mention = new Map<string, number>();

  /** Forgets every position (a new page). */
  reset(): void {
    this.#figure = -1;
    this.#mention.clear();
  }

  /** Records the figure now in focus (a jump from the popup or a shortcut). */
  focusFigure(index: number): void {
    this.#figure = index;
  }

  /**
   * The figure `delta` (±1) steps from where the reader is, among `count`, or -1 when there is none.
   * `place` says where a figure is on screen and `height` how tall the screen is; without them the
   * step is from the figure visited last (or from the start).
   */
  stepFigure(delta: number, count: number, place?: FigurePlace, height = 0): number {
    if (!count) return -1;
    const wrap = (i: number) => ((i % count) + count) % count;
    // A figure not on the page (its text replaced since) is passed over, in the direction of travel.
    const settle = (i: number) => {
      for (let k = 0, j = i; k < count; k++, j = wrap(j + delta)) if (!place || place(j) !== null) return j;
      return -1;
    };
    const at = this.#figure >= 0 && this.#figure < count && place ? place(this.#figure) : null;
    const visitedInView = at !== null && at >= 0 && at < height;
    if (this.#figure >= 0 && (!place || visitedInView)) return settle(wrap(this.#figure + delta));
    if (!place) return delta > 0 ? 0 : count - 1;
    const below = firstFrom(count, place);
    // Nothing at or below the top of the screen: next wraps to the first, previous is the last.
    if (delta > 0) return settle(below < count ? below : 0);
    return settle(below > 0 ? below - 1 : count - 1);
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
    const index = ((this.#mention.get(key) ?? -1) + 1) % mine.length;
    this.#mention.set(key, index);
    return { mark: mine[index] as Mark, index, count: mine.length };
  }
}

/**
 * The first figure whose top is at or below the top of the screen (count when none is). Figures come
 * in page order, so this is a binary search: a few rectangles read, not 40,000. Figures that are not
 * on the page (null) take the place of the next one that is.
 */
function firstFrom(count: number, place: FigurePlace): number {
  const top = (i: number): number => {
    for (let k = i; k < count; k++) {
      const p = place(k);
      if (p !== null) return p;
    }
    return Number.POSITIVE_INFINITY;
  };
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(mid) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
