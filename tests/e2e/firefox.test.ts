import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxUnavailable, launchFirefox } from './firefox-harness';
import { browserGate, ROOT, serveFixtures } from './harness';

const ADDON = join(ROOT, '.output/firefox-mv2');
const skip = browserGate(firefoxUnavailable(ADDON, 'npm run build:firefox'));

describe.skipIf(skip)('the Firefox build', () => {
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

  it('marks the figures of a Japanese article from the background page tokenizer', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/sample-article.html'));
    await page.waitForFunction(() => ((CSS.highlights.get('shutten-figure') as Highlight | undefined)?.size ?? 0) > 0, {
      timeout: 30_000,
    });
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('shutten-figure') as Highlight)].map((r) => (r as Range).toString()),
    );
    expect(marked.length).toBeGreaterThanOrEqual(6);
    // Every mark holds a numeral: digits, or kanji and vague ones (数百億円).
    expect(marked.every((t) => /[0-9０-９〇一二三四五六七八九十百千万億兆数半]/.test(t))).toBe(true);
    await page.close();
  });
});
