/**
 * Work split into steps: a generator yields between stages, and its runner decides whether the page gets
 * the main thread in between. The CLI runs the steps back to back; the content script yields whenever a
 * stretch of steps has taken SLICE_MS, so no task of ours runs long on the reader's page.
 */
export type Steps<T> = Generator<undefined | typeof HEAVY, T, void>;

/**
 * What a step yields before a stretch of work that cannot be split (Readability's parse of the page, the line
 * rules over a whole story): the runner gives the page its turn first, so that the stretch starts a task of its
 * own instead of adding itself to one that may have run for SLICE_MS already.
 */
export const HEAVY = 1;

/**
 * Walkers over the page yield after this many nodes (a power of two less one, as a mask): a yield only
 * lets the runner look at the clock, so it costs next to nothing when no pause is due.
 */
export const STEP_MASK = 255;

/** Runs every step at once (the CLI, the tests, and callers that need the answer now). */
export function runSteps<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** After this much work in one task, the page gets the main thread back before the next step. */
export const SLICE_MS = 8;

/** Lets the page's own work run: scheduler.yield where the browser has it (Chromium 129+), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
}

/** Options of runStepsInTasks. */
export interface TaskOptions {
  /** Test seam: how the page gets the main thread back (scheduler.yield by default). */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of work before yielding (SLICE_MS; 0 yields between every two steps). */
  sliceMs?: number;
  /** Test seam: the clock. */
  now?: () => number;
}

/** Runs the steps, yielding to the page whenever `sliceMs` have passed since the task began, and before a HEAVY step. */
export async function runStepsInTasks<T>(steps: Steps<T>, opts: TaskOptions = {}): Promise<T> {
  const yieldNow = opts.yieldToPage ?? yieldToPage;
  const slice = opts.sliceMs ?? SLICE_MS;
  const now = opts.now ?? (() => performance.now());
  let start = now();
  let r = steps.next();
  while (!r.done) {
    if (r.value === HEAVY || now() - start >= slice) {
      await yieldNow();
      start = now();
    }
    r = steps.next();
  }
  return r.value;
}
