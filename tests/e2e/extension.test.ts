import { describe, expect, it } from 'vitest';
import {
  browserGate,
  collectErrors,
  highlightSize,
  screenshot,
  tabIdOf,
  useExtensionBrowser,
  waitForHighlight,
} from './harness';

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

describe.skipIf(skip)('the extension in Chromium', () => {
  const b = useExtensionBrowser();
  const dictionaryLoaded = () =>
    b.worker.evaluate(
      () => (globalThis as unknown as { shuttenTest: { host: { loaded: boolean } } }).shuttenTest.host.loaded,
    );

  it('leaves an English page and a Japanese portal page untouched, without loading the dictionary', async () => {
    for (const path of ['/e2e/english.html', '/e2e/portal.html']) {
      const page = await b.context.newPage();
      const errors = collectErrors(page);
      await page.goto(b.server.url(path));
      const before = await page.content();
      await page.waitForTimeout(1500);
      expect(await highlightSize(page, 'shutten-figure')).toBe(0);
      expect(await page.content()).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(await dictionaryLoaded()).toBe(false);
  });

  it('marks the figures of a Japanese article, shows the count on the badge, lists them in the popup and toggles', async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    const url = b.server.url('/sample-article.html');
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await waitForHighlight(page, 'shutten-figure');
    const marks = await highlightSize(page, 'shutten-figure');
    expect(marks).toBeGreaterThanOrEqual(6);
    // The marks cover the article's own text: the first one is a figure as written on the page.
    const firstMark = await page.evaluate(() =>
      [...(CSS.highlights.get('shutten-figure') as Highlight)][0]?.toString(),
    );
    expect(firstMark).toMatch(/[0-9０-９]/);
    // Nothing from the ranking sidebar or the footer is marked.
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('shutten-figure') as Highlight)].map(
        (r) => (r as Range).startContainer.parentElement?.closest('aside, footer, nav') === null,
      ),
    );
    expect(marked.every(Boolean)).toBe(true);
    await screenshot(page, 'marked-article');

    const tabId = await tabIdOf(b.worker, url);
    const badge = await b.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }
        ).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe(String(marks));

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.figure-row');
    expect(await popup.locator('#tab-figures').textContent()).toBe(`Figures (${marks})`);
    expect(await popup.locator('.figure-text').first().textContent()).toBe(firstMark);
    await screenshot(popup, 'popup');
    await popup.close();

    // Toggle through the same handler the manifest command calls (key presses never reach it here).
    const toggle = () =>
      b.worker.evaluate(
        (id) =>
          (
            globalThis as unknown as { shuttenTest: { handleCommand: (c: string, t: number) => Promise<string> } }
          ).shuttenTest.handleCommand('toggle-highlights', id),
        tabId,
      );
    expect(await toggle()).toBe('sent');
    expect(await highlightSize(page, 'shutten-figure')).toBe(0);
    // Off means off: the page's DOM is exactly what it was before Shutten ran.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await toggle()).toBe('sent');
    expect(await highlightSize(page, 'shutten-figure')).toBe(marks);
    expect(errors).toEqual([]);
    await page.close();
  });
});
