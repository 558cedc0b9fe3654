import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxUnavailable, launchFirefox } from './firefox-harness';
import { ARTIFACTS, browserGate, ROOT, serveFixtures, toDocs } from './harness';

// The Firefox test build (`npm run build:e2e`): its card's shadow root is open, so the test reads the
// card's text (the store build closes it to the page; tests/e2e/firefox.test.ts drives the store build).
const ADDON = join(ROOT, '.output/firefox-mv2-e2e');
const skip = browserGate(firefoxUnavailable(ADDON, 'npm run build:e2e'));

/** A new user in Firefox: the calm marks on an article of our own, and a card with the one source rule. */
describe.skipIf(skip)('the Firefox build, as a new user sees it', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchFirefox(ADDON);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks figures and sources only, and a reported figure’s card names no source but the article', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 760 });
    await page.goto(server.url('/e2e/harbour-article.html?firefox=1'));
    // A first read marks its figures first and their sources a moment later (figuresFirst): wait for both.
    await page.waitForFunction(() => ((CSS.highlights.get('shutten-source') as Highlight | undefined)?.size ?? 0) > 0, {
      timeout: 30_000,
    });
    expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(['shutten-figure', 'shutten-source']);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-page.png') });

    // Hovering the figure the article only reports: its card names no source, and the article it stands on
    // (the rule the popup and the exports follow; WebDriver BiDi cannot open a moz-extension:// page).
    const at = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('shutten-figure') as Highlight)].find(
        (x) => String(x) === '150億円ほど',
      ) as Range;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0] as DOMRect;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-shutten-card]')?.shadowRoot?.querySelector('.title')?.textContent ===
        '150億円ほど',
      { timeout: 10_000 },
    );
    const rows = await page.evaluate(() =>
      [...(document.querySelector('[data-shutten-card]')?.shadowRoot?.querySelectorAll('dt, dd') ?? [])].map(
        (e) => e.textContent,
      ),
    );
    expect(rows[rows.indexOf('Source') + 1]).toBe('no source named (article by みなと新報)');
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-card.png') });
    toDocs(join(ARTIFACTS, 'firefox-card.png'), 'firefox-card');
    await page.close();
  });
});
