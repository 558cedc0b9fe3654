import { describe, expect, it } from 'vitest';
import { LIBRARY_FIGURES } from '../fixtures/e2e/library-article';
import { pageState } from '../fixtures/perf/worker';
import {
  analysisRequests,
  browserGate,
  collectErrors,
  installFakeAnalysis,
  stopServiceWorker,
  tabIdOf,
  useExtensionBrowser,
  waitForHighlight,
} from './harness';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

describe.skipIf(skip)('the service worker stops in the middle of an analysis', () => {
  const b = useExtensionBrowser();

  it('the page still gets its marks, without a click, and never shows an error', async () => {
    // The worker holds the answer back for a minute: the analysis is surely in flight when it stops.
    await installFakeAnalysis(b.worker, { figures: LIBRARY_FIGURES, delayMs: 60_000 });
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    const url = b.server.url('/e2e/library-article.html');
    await page.goto(url);
    await expect.poll(() => analysisRequests(b.worker).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    const tabId = await tabIdOf(b.worker, url);
    await stopServiceWorker(page);
    // The content script sends again; the message starts a fresh worker (without the fake, so the
    // real engine answers) and the marks arrive.
    await waitForHighlight(page, 'shutten-figure', 60_000);
    // Playwright lists the restarted worker last (the fake answer, held for a minute, never came).
    const worker = b.context.serviceWorkers().at(-1) as typeof b.worker;
    const state = await pageState(worker, tabId);
    expect(state.status).toBe('ready');
    expect((state as { error?: unknown }).error).toBeNull();
    expect(state.analysis?.figures.length ?? 0).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
