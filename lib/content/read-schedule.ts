/**
 * When to act on a stream of events (page changes, address changes): after a quiet moment, but
 * never later than `maxWaitMs` after the first event of a burst (a clock ticking every 400 ms must not
 * postpone re-reading forever), never sooner than `minGapMs` after the last time, and never more than
 * `burst` times in `windowMs` (a history.pushState loop must not re-analyse the page twice a second).
 */
export interface ScheduleOptions {
  quietMs: number;
  maxWaitMs: number;
  minGapMs: number;
  /** Rate limit: at most `burst` firings in any `windowMs` (default: no limit beyond minGapMs). */
  burst?: number;
  windowMs?: number;
}

/** Debounce with a maximum wait, a minimum gap and a sliding-window rate limit. Uses setTimeout and Date.now. */
export class ReadSchedule {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first event of the pending burst came (null: nothing pending). */
  #firstAt: number | null = null;
  #lastAt = 0;
  #lastFired = Number.NEGATIVE_INFINITY;
  /** When the recent firings happened (for the rate limit). */
  readonly #fired: number[] = [];

  readonly #fire: () => void;
  readonly #o: ScheduleOptions;

  constructor(fire: () => void, o: ScheduleOptions) {
    this.#fire = fire;
    this.#o = o;
  }

  /** An event happened: (re)arm the timer. */
  poke(): void {
    const now = Date.now();
    this.#firstAt ??= now;
    this.#lastAt = now;
    this.#arm(now);
  }

  /** Forgets what is pending. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firstAt = null;
  }

  /** True while an event waits to be acted on. */
  get pending(): boolean {
    return this.#firstAt !== null;
  }

  #due(now: number): number {
    const first = this.#firstAt ?? now;
    let at = Math.min(this.#lastAt + this.#o.quietMs, first + this.#o.maxWaitMs);
    at = Math.max(at, this.#lastFired + this.#o.minGapMs);
    const { burst, windowMs } = this.#o;
    if (burst && windowMs) {
      while (this.#fired.length && (this.#fired[0] as number) <= now - windowMs) this.#fired.shift();
      if (this.#fired.length >= burst) at = Math.max(at, (this.#fired[0] as number) + windowMs);
    }
    return at;
  }

  #arm(now: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#tick(), Math.max(0, this.#due(now) - now));
  }

  #tick(): void {
    const now = Date.now();
    if (this.#firstAt === null) return;
    // A timer can run early by a millisecond or two, or the limit moved: wait the rest.
    if (this.#due(now) > now) {
      this.#arm(now);
      return;
    }
    this.#timer = undefined;
    this.#firstAt = null;
    this.#lastFired = now;
    if (this.#o.burst) this.#fired.push(now);
    this.#fire();
  }
}
