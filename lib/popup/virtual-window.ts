/**
 * The arithmetic of a virtualised list: items of known heights stacked in one tall box, of which only
 * those in (or near) the visible window are rendered. 40,000 figures are then ~30 rows in the DOM,
 * however far the reader scrolls. Pure, so Node tests check it.
 */

/** Offsets of stacked items: item i spans [top[i], top[i + 1]); top[n] is the total height. */
export function stackOffsets(heights: ArrayLike<number>): Float64Array {
  const top = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) top[i + 1] = (top[i] as number) + (heights[i] as number);
  return top;
}

/** The index of the item at vertical position y (clamped to the list). */
export function itemAt(top: Float64Array, y: number): number {
  const n = top.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((top[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The items to render for a viewport [scrollTop, scrollTop + height): [first, end), widened by
 * `overscan` items each side so a fast scroll or a keyboard step never shows a blank row.
 */
export function visibleRange(top: Float64Array, scrollTop: number, height: number, overscan = 6): [number, number] {
  const n = top.length - 1;
  if (n <= 0) return [0, 0];
  const first = itemAt(top, Math.max(0, scrollTop));
  const last = itemAt(top, Math.max(0, scrollTop + Math.max(height, 1) - 1));
  return [Math.max(0, first - overscan), Math.min(n, last + 1 + overscan)];
}

/**
 * The scroll position that brings item i fully into a viewport of `height` at `scrollTop`, moving as
 * little as possible (unchanged when it is already in view). `headerHeight` is covered by a sticky header.
 */
export function scrollToReveal(
  top: Float64Array,
  i: number,
  scrollTop: number,
  height: number,
  headerHeight = 0,
): number {
  const a = (top[i] ?? 0) - headerHeight;
  const b = top[i + 1] ?? a;
  if (a < scrollTop) return Math.max(0, a);
  if (b > scrollTop + height) return b - height;
  return scrollTop;
}
