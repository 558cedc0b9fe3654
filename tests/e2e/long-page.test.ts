import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage } from '../fixtures/perf/pages';
import { pageState, sendToTab } from '../fixtures/perf/worker';
import {
  browserGate,
  collectErrors,
  type ExtensionBrowser,
  highlightSize,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
} from './harness';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

interface PageWindow {
  shuttenLongTasks: { start: number; duration: number }[];
  shuttenMarkSteps: { at: number; size: number }[];
}

describe.skipIf(skip)('a 200,000-character page', () => {
  let b: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  const text200k = articlePage(200_000, 7);

  beforeAll(async () => {
    server = await serveFixtures({
      '/perf/long.html': () => text200k,
      '/perf/90k.html': () => articlePage(90_000, 11),
    });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const send = (tabId: number, msg: unknown) => sendToTab(b.worker, tabId, msg);
  const status = (tabId: number) => pageState(b.worker, tabId);

  // Long tasks are wall-clock: on a loaded 2-core machine another process can stretch one past 50 ms,
  // so a failure is retried (the assertion itself stays strict).
  it('is analysed only when asked, then in slices: marks appear progressively and no main-thread task runs over 50 ms', {
    retry: 2,
  }, async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    // Observers installed before the page's own scripts: every long task and every change of the mark count.
    await page.addInitScript(() => {
      const w = window as unknown as PageWindow;
      w.shuttenLongTasks = [];
      w.shuttenMarkSteps = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shuttenLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      setInterval(() => {
        const size = (CSS.highlights.get('shutten-figure') as Highlight | undefined)?.size ?? 0;
        const last = w.shuttenMarkSteps.at(-1);
        if (!last || last.size !== size) w.shuttenMarkSteps.push({ at: performance.now(), size });
      }, 10);
    });
    const url = server.url('/perf/long.html');
    await page.goto(url);
    expect(await page.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThan(200_000);

    // Above the size limit the reader is asked first: status too-large, nothing marked.
    await expect.poll(() => tabIdOf(b.worker, url).catch(() => -1), { timeout: 15_000 }).toBeGreaterThan(-1);
    const tabId = await tabIdOf(b.worker, url);
    await expect.poll(async () => (await status(tabId)).status, { timeout: 15_000 }).toBe('too-large');
    await page.waitForTimeout(500);
    expect(await highlightSize(page, 'shutten-figure')).toBe(0);

    // "Analyse anyway" (the popup sends this message).
    const t0 = await page.evaluate(() => performance.now());
    await send(tabId, { type: 'analyzeAnyway' });
    await expect.poll(async () => (await status(tabId)).status, { timeout: 110_000, interval: 500 }).toBe('ready');
    const figures = (await status(tabId)).analysis?.figures.length ?? 0;
    await page.waitForTimeout(200);
    const { longTasks, steps } = await page.evaluate((from) => {
      const w = window as unknown as PageWindow;
      return {
        longTasks: w.shuttenLongTasks.filter((t) => t.start >= from),
        steps: w.shuttenMarkSteps.filter((s) => s.at >= from && s.size > 0),
      };
    }, t0);

    expect(figures).toBeGreaterThan(2000);
    expect(await highlightSize(page, 'shutten-figure')).toBe(figures);
    // Progressive: the first slice's marks show before the rest, which follow in one or more steps.
    // (Repaints are throttled to one a second: a fast machine analyses the whole page in one or two
    // seconds and sees two or three steps.)
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps[0]?.size).toBeLessThan(figures / 2);
    expect(steps[0]?.at).toBeLessThan(steps.at(-1)?.at ?? 0);
    // No long task (> 50 ms, the Long Tasks API's own threshold) while the page was read and marked.
    expect(longTasks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // An article just under the size limit is read unasked, in one piece: no long task from us either.
  it('a 90,000-character article is marked without a main-thread task over 50 ms', { retry: 2 }, async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as PageWindow;
      w.shuttenLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shuttenLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const url = server.url('/perf/90k.html');
    await page.goto(url);
    // The page's own parsing and first layout are not Shutten's: count from the content script's start.
    const start = await page.evaluate(() => performance.now());
    await expect.poll(() => tabIdOf(b.worker, url).catch(() => -1), { timeout: 30_000 }).toBeGreaterThan(-1);
    const tabId = await tabIdOf(b.worker, url);
    await expect.poll(async () => (await status(tabId)).status, { timeout: 60_000, interval: 250 }).toBe('ready');
    expect(await highlightSize(page, 'shutten-figure')).toBeGreaterThan(500);
    await page.waitForTimeout(300);
    const longTasks = await page.evaluate(
      (from) => (window as unknown as PageWindow).shuttenLongTasks.filter((t) => t.start >= from),
      start,
    );
    expect(longTasks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
