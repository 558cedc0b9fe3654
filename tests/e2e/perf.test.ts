import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionPssMb } from '../../scripts/bench-memory';
import { CONTENT_SCRIPT_BUDGET, gzippedBytes } from '../../scripts/content-size';
import { articlePage } from '../fixtures/perf/pages';
import {
  browserGate,
  CHROMIUM,
  heapMb,
  launchWithExtension,
  STORE_EXTENSION,
  useExtensionBrowser,
  waitForHighlight,
} from './harness';

/**
 * The cost budgets that are sizes, not times (times are reported by `npm run bench`, never asserted):
 * the dictionary stays out of the tab, the background's memory stays bounded, and the content
 * script stays small.
 */

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

describe.skipIf(skip)('size budgets', () => {
  const b = useExtensionBrowser({
    routes: { '/perf/a.html': () => articlePage(3000, 1) },
  });

  it('a marked 3,000-character article costs its tab under 10 MB of JS heap: the dictionary is not there', async () => {
    const page = await b.context.newPage();
    await page.goto(b.server.url('/perf/a.html'));
    await waitForHighlight(page, 'shutten-figure', 60_000);
    const withExtension = await heapMb(page);
    const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const p = await plain.newPage();
      await p.goto(b.server.url('/perf/a.html'));
      await p.waitForTimeout(500);
      const without = await heapMb(p);
      // kuromoji's dictionary alone is ~100 MB unpacked: any copy in the tab would blow this budget.
      expect(withExtension - without).toBeLessThan(10);
    } finally {
      await plain.close();
    }
  });

  it('the background holds under 60 MB (PSS) more after analysing an article than idle', async () => {
    // A fresh browser: its extension process's PSS idle, then after one article is marked.
    const fresh = await launchWithExtension();
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const idle = extensionPssMb(fresh.profile);
      const page = await fresh.context.newPage();
      await page.goto(b.server.url('/perf/a.html'));
      await waitForHighlight(page, 'shutten-figure', 60_000);
      await new Promise((r) => setTimeout(r, 2000));
      const after = extensionPssMb(fresh.profile);
      expect(idle).not.toBeNull();
      expect(after).not.toBeNull();
      // kuromoji's own dictionary inflated to 100 MB (+113 MB measured); the image is 16 MB, read in
      // place (+34–44 MB measured, the bench's target is 45): 60 leaves room for a late GC.
      expect((after as number) - (idle as number)).toBeLessThan(60);
    } finally {
      await fresh.close();
    }
  });

  it('ships the dictionary as one image of at most 20 MB', () => {
    const dict = readdirSync(join(STORE_EXTENSION, 'dict'));
    expect(dict).toEqual(['ipadic.bin']);
    expect(statSync(join(STORE_EXTENSION, 'dict/ipadic.bin')).size).toBeLessThan(20 * 2 ** 20);
  });

  // The engine's name tables (person titles, surname readings, company forms) and the rules that read
  // them stay in the background: the page asks it to link a long page's names and group the sources
  // (lib/content/name-tables.ts). Moving them out took the script from 52,177 to 47,783 bytes; round 6's
  // page reading then grew it to 51,845 (sheets, recipes, Q&A and schedule pages told apart; embedded posts
  // and their authors; a paywall's cut, credit lines and comment sections left out of the body). Round 7
  // read the settings with two plain storage calls instead of wxt's storage wrapper (settings-read.ts):
  // 48,923 bytes (49,488 with round 7's page kinds), and the budget is 50 KB again. Round 8 left
  // webextension-polyfill out of the content script (wxt.config.ts): 51,466 → 48,712 bytes. Round 9 took
  // Readability's debug logging, its unlogged reasons and its JSDOMParser branches out at build time
  // (scripts/readability-quiet.ts) and two copied helpers: 51,094 → 50,188. Its merges took it to 51,324;
  // the card's style sheets without their layout whitespace (scripts/css-compact.ts) and Readability's
  // members renamed short (scripts/readability-short-names.ts): 50,586. Round 10's page reading took it to
  // 50,991; Readability without the work Shutten never reaches or reads (scripts/readability-unused.ts: its
  // JSON-LD reader, noscript images, class cleaning and absolute URLs): 49,984; and without its result's fields
  // but the content (excerpt, site name, publishing time): 49,783. Every figure here is Node's zlib
  // at level 9 (scripts/content-size.ts: `gzip -9` on the command line says about 640 bytes fewer).
  it('the content script is at most 50 KB gzipped', () => {
    const js = readFileSync(join(STORE_EXTENSION, 'content-scripts/content.js'));
    expect(gzippedBytes(js)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    // Settings are read without @wxt-dev/storage (its versioned items stay with the popup and options).
    expect(js.toString('utf8')).not.toMatch(/defineItem|migration failed/);
    // The polyfill stays with the popup, options page and background (its start-up guard's message).
    expect(js.toString('utf8')).not.toMatch(/should only be loaded in a browser extension/);
    // The tokenizer and the engine live in the background: no kuromoji in the content script.
    expect(js.toString('utf8')).not.toMatch(/TokenizerBuilder|DoubleArray|base\.dat/);
  });
});
