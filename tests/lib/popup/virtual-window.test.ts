import { describe, expect, it } from 'vitest';
import { itemAt, scrollToReveal, stackOffsets, visibleRange } from '../../../lib/popup/virtual-window';

describe('the virtualised list’s arithmetic', () => {
  // A heading of 28 px, then rows of 50 px.
  const top = stackOffsets([28, 50, 50, 50, 28, 50]);
  it('stacks items and finds the one at a position', () => {
    expect([...top]).toEqual([0, 28, 78, 128, 178, 206, 256]);
    expect(itemAt(top, 0)).toBe(0);
    expect(itemAt(top, 27.9)).toBe(0);
    expect(itemAt(top, 28)).toBe(1);
    expect(itemAt(top, 5000)).toBe(5);
  });
  it('renders only the rows in view, plus the overscan', () => {
    expect(visibleRange(top, 30, 60, 0)).toEqual([1, 3]);
    expect(visibleRange(top, 30, 60, 1)).toEqual([0, 4]);
    expect(visibleRange(stackOffsets([]), 0, 400)).toEqual([0, 0]);
    // 40,000 rows: a 450 px window renders ~10 of them however far down it is.
    const many = stackOffsets(new Array(40_000).fill(50));
    const [a, b] = visibleRange(many, 1_000_000, 450, 6);
    expect(b - a).toBeLessThanOrEqual(10 + 12);
    expect(a).toBe(20_000 - 6);
  });
  it('scrolls as little as possible to reveal an item', () => {
    expect(scrollToReveal(top, 1, 0, 100)).toBe(0);
    expect(scrollToReveal(top, 3, 0, 100)).toBe(78);
    expect(scrollToReveal(top, 1, 150, 100)).toBe(28);
  });
});
