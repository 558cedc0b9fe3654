import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadSchedule } from '../../../lib/content/read-schedule';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Pokes `s` every `everyMs` for `forMs`, advancing the fake clock. */
async function pokeEvery(s: ReadSchedule, everyMs: number, forMs: number): Promise<void> {
  for (let t = 0; t < forMs; t += everyMs) {
    s.poke();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('ReadSchedule', () => {
  it('fires once after a quiet moment', async () => {
    const fire = vi.fn();
    const s = new ReadSchedule(fire, { quietMs: 500, maxWaitMs: 3000, minGapMs: 1500 });
    s.poke();
    s.poke();
    await vi.advanceTimersByTimeAsync(499);
    expect(fire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fire).toHaveBeenCalledTimes(1);
    expect(s.pending).toBe(false);
  });

  it('a change every 400 ms (a clock) does not postpone re-reading forever: it fires within the maximum wait', async () => {
    const fire = vi.fn();
    const s = new ReadSchedule(fire, { quietMs: 500, maxWaitMs: 3000, minGapMs: 1500 });
    await pokeEvery(s, 400, 10_000);
    // At most every 3 s while the changes go on (the old debounce never fired at all).
    expect(fire.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(fire.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('rate-limits a history.pushState loop to a few firings per window', async () => {
    const fire = vi.fn();
    const s = new ReadSchedule(fire, { quietMs: 300, maxWaitMs: 2000, minGapMs: 1000, burst: 3, windowMs: 30_000 });
    // Twice a second for a minute: 120 navigations.
    await pokeEvery(s, 500, 60_000);
    await vi.advanceTimersByTimeAsync(30_000);
    // Three per 30 s window: the first minute and the trailing one fire at most 3 + 3 + 1 times.
    expect(fire.mock.calls.length).toBeLessThanOrEqual(7);
    expect(fire.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a minimum gap between firings, and cancel forgets what was pending', async () => {
    const fire = vi.fn();
    const s = new ReadSchedule(fire, { quietMs: 100, maxWaitMs: 1000, minGapMs: 2000 });
    s.poke();
    await vi.advanceTimersByTimeAsync(100);
    expect(fire).toHaveBeenCalledTimes(1);
    s.poke();
    await vi.advanceTimersByTimeAsync(1500);
    expect(fire).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(fire).toHaveBeenCalledTimes(2);
    s.poke();
    s.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fire).toHaveBeenCalledTimes(2);
  });
});
