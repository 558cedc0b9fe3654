import { describe, expect, it } from 'vitest';
import { articlePage } from '../fixtures/perf/pages';
import { pageState, sendToTab } from '../fixtures/perf/worker';
import { browserGate, collectErrors, highlightSize, tabIdOf, useExtensionBrowser } from './harness';
import { ourLongTasks, startTrace } from './trace';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

interface PageWindow {
  shuttenMarkSteps: { at: number; size: number }[];
}

/*
 * "No task over 50 ms from us" is read from Chromium's trace, not from the page's Long Tasks API: a
 * PerformanceObserver on the page misses content-script work that runs in tasks the page's frame did
 * not schedule — a 100 ms busy loop put into the content script where a reply from the background
 * arrives went unseen by it (the 90,000-character test passed with the loop in, in two runs), though
 * it did see the same loop run after scheduler.yield(). The trace records every task of the renderer's
 * main thread with its CPU time, and V8's samples say whose code was running: a task's time is ours by
 * the share of samples with the content script's functions on the stack (tests/e2e/trace.ts). With
 * that loop both tests below fail, naming the function it was in.
 */

describe.skipIf(skip)('a 200,000-character page', () => {
  const text200k = articlePage(200_000, 7);
  const b = useExtensionBrowser({
    routes: {
      '/perf/long.html': () => text200k,
      '/perf/90k.html': () => articlePage(90_000, 11),
    },
  });

  const send = (tabId: number, msg: unknown) => sendToTab(b.worker, tabId, msg);
  /** Where the content script's code comes from: the functions the trace counts as ours. */
  const contentScript = () => `chrome-extension://${b.extensionId}/content-scripts/`;
  const status = (tabId: number) => pageState(b.worker, tabId);

  // Tasks are measured in CPU time and attributed by samples, but a loaded 2-core machine still bends
  // timings: a failure is retried (the assertion itself stays strict).
  it('is analysed only when asked, then in slices: marks appear progressively and no main-thread task runs over 50 ms', {
    retry: 2,
  }, async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    // Installed before the page's own scripts: every change of the mark count.
    await page.addInitScript(() => {
      const w = window as unknown as PageWindow;
      w.shuttenMarkSteps = [];
      setInterval(() => {
        const size = (CSS.highlights.get('shutten-figure') as Highlight | undefined)?.size ?? 0;
        const last = w.shuttenMarkSteps.at(-1);
        if (!last || last.size !== size) w.shuttenMarkSteps.push({ at: performance.now(), size });
      }, 10);
    });
    const url = b.server.url('/perf/long.html');
    await page.goto(url);
    expect(await page.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThan(200_000);

    // Above the size limit the reader is asked first: status too-large, nothing marked.
    await expect.poll(() => tabIdOf(b.worker, url).catch(() => -1), { timeout: 15_000 }).toBeGreaterThan(-1);
    const tabId = await tabIdOf(b.worker, url);
    await expect.poll(async () => (await status(tabId)).status, { timeout: 15_000 }).toBe('too-large');
    await page.waitForTimeout(500);
    expect(await highlightSize(page, 'shutten-figure')).toBe(0);

    // "Analyse anyway" (the popup sends this message); every task from here to the last mark is traced.
    const t0 = await page.evaluate(() => performance.now());
    const cdp = await b.context.newCDPSession(page);
    const stop = await startTrace(cdp);
    await send(tabId, { type: 'analyzeAnyway' });
    await expect.poll(async () => (await status(tabId)).status, { timeout: 110_000, interval: 500 }).toBe('ready');
    const figures = (await status(tabId)).analysis?.figures.length ?? 0;
    await page.waitForTimeout(200);
    const longTasks = ourLongTasks(await stop(), contentScript());
    await cdp.detach();
    const steps = await page.evaluate(
      (from) => (window as unknown as PageWindow).shuttenMarkSteps.filter((s) => s.at >= from && s.size > 0),
      t0,
    );

    expect(figures).toBeGreaterThan(2000);
    expect(await highlightSize(page, 'shutten-figure')).toBe(figures);
    // Progressive: the first slice's marks show before the rest, which follow in one or more steps.
    // (Repaints are throttled to one a second: a fast machine analyses the whole page in one or two
    // seconds and sees two or three steps.)
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps[0]?.size).toBeLessThan(figures / 2);
    expect(steps[0]?.at).toBeLessThan(steps.at(-1)?.at ?? 0);
    // No task of ours over 50 ms (the Long Tasks API's own threshold) while the page was read and marked.
    expect(longTasks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // An article just under the size limit is read unasked, in one piece: no long task from us either.
  // The trace runs from before the page loads: the page's own parsing and layout are in it, and are not ours.
  it('a 90,000-character article is marked without a main-thread task over 50 ms', { retry: 2 }, async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    const cdp = await b.context.newCDPSession(page);
    const stop = await startTrace(cdp);
    const url = b.server.url('/perf/90k.html');
    await page.goto(url);
    await expect.poll(() => tabIdOf(b.worker, url).catch(() => -1), { timeout: 30_000 }).toBeGreaterThan(-1);
    const tabId = await tabIdOf(b.worker, url);
    await expect.poll(async () => (await status(tabId)).status, { timeout: 60_000, interval: 250 }).toBe('ready');
    expect(await highlightSize(page, 'shutten-figure')).toBeGreaterThan(500);
    await page.waitForTimeout(300);
    const longTasks = ourLongTasks(await stop(), contentScript());
    await cdp.detach();
    expect(longTasks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
