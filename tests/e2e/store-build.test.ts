import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserGate,
  collectErrors,
  EXTENSION,
  ROOT,
  STORE_EXTENSION,
  useExtensionBrowser,
  waitForHighlight,
} from './harness';

/**
 * The store build carries no test seam: no hook on the background's global (engine override, log of
 * article texts, tab map, command handler), no `?tab=` / `?lang=` in the popup or options. Read in the
 * bundle itself, then checked in a browser: the store build marks an article with nothing to reach.
 */

/** Every .js and .html file under `dir`. */
function bundleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return bundleFiles(p);
    return ['.js', '.html'].includes(extname(f)) ? [p] : [];
  });
}

// What a test seam leaves in a bundle: the hook's name and fields, and reading the page's address.
const SEAMS = [/shuttenTest/, /tabsByUrl/, /noteRequest/, /URLSearchParams/, /location\.search/, /["']e2e["']/];

/** `file: pattern` for each seam found in the build in `dir`. */
function seamsIn(dir: string): string[] {
  return bundleFiles(dir).flatMap((f) => {
    const src = readFileSync(f, 'utf8');
    return SEAMS.filter((re) => re.test(src)).map((re) => `${f.slice(dir.length + 1)}: ${re.source}`);
  });
}

const FIREFOX_STORE = join(ROOT, '.output/firefox-mv2');
const built = [STORE_EXTENSION, FIREFOX_STORE, EXTENSION, join(ROOT, '.output/chrome-mv3-on-request')].every((d) =>
  existsSync(join(d, 'manifest.json')),
);
if (!built && process.env.CI) {
  it('the store and test builds exist', () => {
    throw new Error(
      'run npm run build && npm run build:firefox && npm run build:e2e && npm run build:on-request first',
    );
  });
}

describe.skipIf(!built)('the store build’s bundle', () => {
  it.each([
    ['chrome-mv3', STORE_EXTENSION],
    ['firefox-mv2', FIREFOX_STORE],
    ['chrome-mv3-on-request', join(ROOT, '.output/chrome-mv3-on-request')],
  ])('%s contains no test hook', (_name, dir) => {
    expect(seamsIn(dir)).toEqual([]);
    // Nor a file named after tests.
    expect(bundleFiles(dir).filter((f) => /test/i.test(f.slice(dir.length)))).toEqual([]);
  });

  it('the scan finds the hooks in the test build (it can fail)', () => {
    const found = seamsIn(EXTENSION).join('\n');
    expect(found).toMatch(/background\.js: shuttenTest/);
    expect(found).toMatch(/URLSearchParams/);
  });
});

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

describe.skipIf(skip)('the store build in Chromium', () => {
  const b = useExtensionBrowser({
    extension: STORE_EXTENSION,
  });

  it('marks an article, keeps no hook on the background, closes the card’s shadow root and ignores ?tab= and ?lang=', async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await page.goto(b.server.url('/sample-article.html'));
    await waitForHighlight(page, 'shutten-figure', 60_000);
    expect(await b.worker.evaluate(() => typeof (globalThis as { shuttenTest?: unknown }).shuttenTest)).toBe(
      'undefined',
    );
    // Hovering a mark opens the card in a closed shadow root: the page cannot read into it.
    const at = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('shutten-figure') as Highlight)][0] as Range;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0] as DOMRect;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    const host = page.locator('[data-shutten-card]');
    await host.waitFor({ state: 'attached' });
    expect(await host.evaluate((el) => el.shadowRoot === null)).toBe(true);
    expect(await host.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    // Opened in a tab of its own, the popup's "active tab" is itself: no page to show, in the browser's
    // language (English here), whatever the address asks for.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=1&lang=ja`);
    await popup.waitForSelector('.status');
    expect(await popup.getAttribute('html', 'lang')).toBe('en');
    expect(await popup.locator('.figure-row').count()).toBe(0);
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html?lang=ja`);
    await options.waitForSelector('form.options');
    expect(await options.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await Promise.all([page.close(), popup.close(), options.close()]);
  });
});
