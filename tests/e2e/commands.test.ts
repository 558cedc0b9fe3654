import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { pageState } from '../fixtures/perf/worker';
import {
  browserGate,
  cardOf,
  clearFakeAnalysis,
  highlightSize,
  installPatternAnalysis,
  openReported,
  resetSettings,
  runCommand,
  setSettings,
  useExtensionBrowser,
  waitForHighlight,
} from './harness';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

/** A page of `n` short paragraphs, one figure each: 「第12班の参加者は340人だった。」 (our own sentences). */
const lines = (n: number, pad = '') =>
  `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>参加者の記録</title>
  <style>body { font: 18px/2 sans-serif; margin: 20px; }</style></head><body><article>${Array.from(
    { length: n },
    (_, i) => `<p>第${i + 1}班の参加者は${((i * 37) % 900) + 100}人だった。${pad}</p>`,
  ).join('')}</article></body></html>`;

/** The figure the last jump went to: the title of its card (the card stays open; the flash does not). */
const focused = async (page: Page) => {
  const card = cardOf(page);
  return (await card.isVisible()) ? await card.locator('.title').textContent() : null;
};

/** Figures whose mark starts at or below the top of the screen, in page order (their text). */
const onScreenOrBelow = (page: Page) =>
  page.evaluate(() =>
    [...((CSS.highlights.get('shutten-figure') as Highlight | undefined) ?? [])]
      .filter((r) => (r as Range).getBoundingClientRect().top >= 0)
      .map(String),
  );

describe.skipIf(skip)('the keyboard shortcuts', () => {
  const b = useExtensionBrowser({
    routes: {
      '/cmd/short.html': () => lines(80),
      // Over the size limit (asked first, then read in slices).
      '/cmd/long.html': () => lines(4000, '会場は市内の体育館で、朝から多くの家族連れが訪れ、にぎわいを見せた。'),
    },
    async setup(b) {
      await installPatternAnalysis(b.worker, { pattern: '(\\d+)人', unit: '人', kind: 'count' });
    },
  });
  let n = 0;
  const fresh = (path: string) => b.server.url(`${path}?cmd=${++n}`);
  afterEach(async () => {
    await resetSettings(b.worker);
  });

  it('in “only when I ask” mode, the first H marks the page and shows the marks; the next one hides them', async () => {
    await setSettings(b.worker, { runMode: 'ask' });
    const { page, tabId } = await openReported(b, fresh('/e2e/harbour-article.html'));
    await expect.poll(async () => (await pageState(b.worker, tabId)).status).toBe('on-request');
    expect(await highlightSize(page, 'shutten-figure')).toBe(0);
    await clearFakeAnalysis(b.worker);
    await runCommand(b.worker, 'toggle-highlights', tabId);
    await waitForHighlight(page, 'shutten-figure');
    expect((await pageState(b.worker, tabId)).status).toBe('ready');
    await runCommand(b.worker, 'toggle-highlights', tabId);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await runCommand(b.worker, 'toggle-highlights', tabId);
    await waitForHighlight(page, 'shutten-figure');
    await installPatternAnalysis(b.worker, { pattern: '(\\d+)人', unit: '人', kind: 'count' });
    await page.close();
  });

  it('in “only when I ask” mode, the first J marks the page and goes to a figure', async () => {
    await setSettings(b.worker, { runMode: 'ask' });
    const { page, tabId } = await openReported(b, fresh('/cmd/short.html'));
    await expect.poll(async () => (await pageState(b.worker, tabId)).status).toBe('on-request');
    await runCommand(b.worker, 'next-figure', tabId);
    await waitForHighlight(page, 'shutten-figure');
    await expect.poll(() => focused(page)).toBe('100人');
    await cardOf(page).waitFor({ state: 'visible' });
    await page.close();
  });

  it('J and K go from what is on screen, and from the figure visited last while it is still in view', async () => {
    const { page, tabId } = await openReported(b, fresh('/cmd/short.html'));
    await page.setViewportSize({ width: 800, height: 500 });
    await waitForHighlight(page, 'shutten-figure');
    // The reader has scrolled to the middle of the page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const below = await onScreenOrBelow(page);
    const all = await page.evaluate(() =>
      [...(CSS.highlights.get('shutten-figure') as Highlight)].map((r) => String(r)),
    );
    const firstOnScreen = all.length - below.length;
    expect(firstOnScreen).toBeGreaterThan(20);
    await runCommand(b.worker, 'next-figure', tabId);
    await expect.poll(() => focused(page)).toBe(all[firstOnScreen]);
    // The figure just visited is in view: J goes on from it, K comes back to it.
    await runCommand(b.worker, 'next-figure', tabId);
    await expect.poll(() => focused(page)).toBe(all[firstOnScreen + 1]);
    await runCommand(b.worker, 'previous-figure', tabId);
    await expect.poll(() => focused(page)).toBe(all[firstOnScreen]);
    // Scrolled away to the top: K from the screen wraps to the last figure, J goes to the first.
    await page.evaluate(() => window.scrollTo(0, 0));
    await runCommand(b.worker, 'next-figure', tabId);
    await expect.poll(() => focused(page)).toBe(all[0]);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const visible = await onScreenOrBelow(page);
    await runCommand(b.worker, 'previous-figure', tabId);
    // K from the bottom of the page: the last figure above the screen.
    await expect.poll(() => focused(page)).toBe(all[all.length - visible.length - 1]);
    await page.close();
  });

  it('J on a long page (asked first) starts the analysis, then goes to a figure', { timeout: 120_000 }, async () => {
    const { page, tabId } = await openReported(b, fresh('/cmd/long.html'));
    await expect.poll(async () => (await pageState(b.worker, tabId)).status, { timeout: 15_000 }).toBe('too-large');
    await runCommand(b.worker, 'next-figure', tabId);
    await expect
      .poll(async () => (await pageState(b.worker, tabId)).status, { timeout: 100_000, interval: 500 })
      .toBe('ready');
    expect(await highlightSize(page, 'shutten-figure')).toBe(4000);
    await expect.poll(() => focused(page)).toBe('100人');
    await page.close();
  });
});
