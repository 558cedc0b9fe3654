/**
 * Chromium half of `npm run bench` (needs /usr/bin/chromium and a build in .output/chrome-mv3).
 * Prints one JSON object: first marks cold and warm, the background's dictionary load and memory
 * (PSS of the extension process, idle and after one article), the main-thread cost of applying and
 * toggling 1,000+ marks, the tab's JS heap with and without the extension, and the content script's size.
 * Pages are generated from our own sentences (tests/fixtures/perf/pages.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import {
  CHROMIUM,
  type ExtensionBrowser,
  heapMb,
  launchWithExtension,
  STORE_EXTENSION,
  serveFixtures,
  tabIdOf,
} from '../tests/e2e/harness';
import { articlePage, paragraphs } from '../tests/fixtures/perf/pages';
import { sendToTab } from '../tests/fixtures/perf/worker';
import { extensionPssMb } from './bench-memory';
import { gzippedBytes } from './content-size';

const FIGURE = 'shutten-figure';

/** Installed before the page's scripts: records when the first figure mark appears (ms since navigation). */
async function watchFirstMark(page: Page): Promise<void> {
  await page.addInitScript((name) => {
    const w = window as unknown as { shuttenFirstMark?: number };
    const iv = setInterval(() => {
      if (((CSS.highlights.get(name) as Highlight | undefined)?.size ?? 0) > 0) {
        w.shuttenFirstMark = performance.now();
        clearInterval(iv);
      }
    }, 2);
  }, FIGURE);
}

async function firstMarks(b: ExtensionBrowser, url: string): Promise<number> {
  const page = await b.context.newPage();
  await watchFirstMark(page);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { shuttenFirstMark?: number }).shuttenFirstMark, null, {
    timeout: 120_000,
    polling: 20,
  });
  // "After page load": from the load event's end (the content script runs at document_idle).
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return (window as unknown as { shuttenFirstMark: number }).shuttenFirstMark - (nav?.loadEventEnd ?? 0);
  });
  // The page's read goes on after its first marks (the sources follow the figures): a reader's next article does
  // not come within those milliseconds, nor does the bench's, so they are not counted in the next page's time.
  await page.waitForTimeout(PAGE_GAP_MS);
  await page.close();
  return ms;
}

/**
 * Milliseconds of the content script's own JavaScript while `act` runs (CPU profile of the tab,
 * samples whose stack passes through content-scripts/content.js). A black-box "main-thread time
 * blocked" measure is too noisy on a loaded machine; this one counts only our code, not the
 * browser's style and paint work that follows a highlight change.
 */
async function contentScriptMs(page: Page, act: () => Promise<unknown>, settleMs = 300): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await act();
  await page.waitForTimeout(settleMs);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const parent = new Map<number, number>();
  const ours = new Map<number, boolean>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = !!n && (n.callFrame.url.includes('/content-scripts/content.js') || (p !== undefined && isOurs(p)));
    ours.set(id, v);
    return v;
  };
  let us = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    if (isOurs(id)) us += deltas[i + 1] ?? 0;
  });
  return us / 1000;
}

/**
 * The 200,000-character page: asked first ('too-large'), then "analyse anyway". Reports the time to
 * the last slice's marks, the number of mark updates, and the longest main-thread task meanwhile
 * (Long Tasks API: only tasks over 50 ms are reported, so 0 means none).
 */
async function longPage(b: ExtensionBrowser, url: string): Promise<Record<string, number | string>> {
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { shuttenLong: number[]; shuttenSteps: number };
    w.shuttenLong = [];
    w.shuttenSteps = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.shuttenLong.push(e.duration);
    }).observe({ type: 'longtask' });
    // Long animation frames (> 50 ms) include the browser's style and paint work, which long tasks do not.
    (w as unknown as { shuttenFrames: number[] }).shuttenFrames = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) (w as unknown as { shuttenFrames: number[] }).shuttenFrames.push(e.duration);
    }).observe({ type: 'long-animation-frame' });
    let last = 0;
    setInterval(() => {
      const n = (CSS.highlights.get('shutten-figure') as Highlight | undefined)?.size ?? 0;
      if (n !== last) w.shuttenSteps++;
      last = n;
    }, 10);
  });
  await page.goto(url);
  let tabId = -1;
  for (let i = 0; i < 100 && tabId < 0; i++) {
    tabId = await tabIdOf(b.worker, url).catch(() => -1);
    if (tabId < 0) await page.waitForTimeout(100);
  }
  const status = async () =>
    ((await sendToTab(b.worker, tabId, { type: 'getPageState' })) as { value: { status: string } }).value.status;
  for (let i = 0; i < 100 && (await status()) !== 'too-large'; i++) await page.waitForTimeout(100);
  const asked = await status();
  await page.evaluate(() => {
    const w = window as unknown as { shuttenLong: number[]; shuttenFrames: number[] };
    w.shuttenLong.length = 0;
    w.shuttenFrames.length = 0;
  });
  const t0 = Date.now();
  await sendToTab(b.worker, tabId, { type: 'analyzeAnyway' });
  while ((await status()) !== 'ready' && Date.now() - t0 < 300_000) await page.waitForTimeout(100);
  const ms = Date.now() - t0;
  const r = await page.evaluate(() => {
    const w = window as unknown as { shuttenLong: number[]; shuttenSteps: number; shuttenFrames: number[] };
    return {
      longest: Math.max(0, ...w.shuttenLong),
      frame: Math.max(0, ...w.shuttenFrames),
      frames: w.shuttenFrames.length,
      steps: w.shuttenSteps,
    };
  });
  await page.close();
  return {
    long_page_status_before: asked,
    long_page_all_marks_ms: ms,
    long_page_mark_updates: r.steps,
    long_page_longest_task_ms: Math.round(r.longest),
    long_page_longest_frame_ms: Math.round(r.frame),
    long_page_long_frames: r.frames,
  };
}

/** Fresh browsers for the cold figure, and unseen pages for the warm one (medians are reported). */
const COLD_RUNS = 3;
const WARM_PAGES = 5;

/** Pause after a page's first marks before the next page opens. */
const PAGE_GAP_MS = 500;
/** Time for a fresh browser's background (or a page's after-effects) to settle before a reading. */
const SETTLE_MS = 1000;
const GC_FLAG = ['--js-flags=--expose-gc'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const r1 = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  // Playwright turns on DevTools' Network domain in every service worker it attaches to, and DevTools
  // then keeps a copy of each response body under 10 MB: the entity model's fetch left a 9 MB buffer
  // in the worker's process (memory-infra dump: partition_alloc/buffer), +10 MB on the PSS readings
  // and time on the dictionary load that no reader's browser has. The bench needs no network events.
  process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = '1';
  const pages: Record<string, () => string> = {
    '/perf/a.html': () => articlePage(3000, 1),
    '/perf/marks.html': () => articlePage(32_000, 11),
    '/perf/long.html': () => articlePage(200_000, 7),
  };
  for (let s = 2; s <= 1 + WARM_PAGES; s++) pages[`/perf/w${s}.html`] = () => articlePage(3000, s);
  const server = await serveFixtures(pages);
  const out: Record<string, number | string> = {};
  out.article_chars = paragraphs(3000, 1).join('').length;

  // Cold: a fresh browser whose background has never loaded the dictionary (median of COLD_RUNS
  // browsers: one cold start is one sample of a noisy machine). Each also gives the background's
  // memory (PSS of the extension process) idle and after that one article.
  const cold: number[] = [];
  const pssIdle: number[] = [];
  const pssAfter: number[] = [];
  const pssHeld: number[] = [];
  const anonAbove: number[] = [];
  const coldRun = async (browser: ExtensionBrowser) => {
    await sleep(SETTLE_MS);
    const idle = extensionPssMb(browser.profile);
    const idleAnon = extensionPssMb(browser.profile, 'Pss_Anon');
    cold.push(await firstMarks(browser, server.url('/perf/a.html')));
    // The engine's idle warm-up steps (lib/background/engine-warm-up.ts) run for ~1.5 s after the first analysis.
    await sleep(2 * SETTLE_MS);
    const after = extensionPssMb(browser.profile);
    const afterAnon = extensionPssMb(browser.profile, 'Pss_Anon');
    if (idleAnon !== null && afterAnon !== null) anonAbove.push(afterAnon - idleAnon);
    // What the worker keeps: after a full GC (the worker does not collect its first analysis's
    // garbage by itself for a long while; --expose-gc is set for the bench's browsers only).
    await browser.worker.evaluate("globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })");
    await sleep(SETTLE_MS / 2);
    const held = extensionPssMb(browser.profile);
    if (idle !== null && after !== null && held !== null) {
      pssIdle.push(idle);
      pssAfter.push(after);
      pssHeld.push(held);
    }
  };
  for (let i = 1; i < COLD_RUNS; i++) {
    const fresh = await launchWithExtension(undefined, GC_FLAG);
    try {
      await coldRun(fresh);
    } finally {
      await fresh.close();
    }
  }
  const b = await launchWithExtension(undefined, GC_FLAG);
  try {
    await coldRun(b);
    out.first_marks_cold_ms = Math.round(median(cold));
    out.first_marks_cold_runs = cold.map(Math.round).join(' ');
    if (pssAfter.length > 0) {
      const above = pssAfter.map((a, i) => a - (pssIdle[i] as number));
      out.sw_pss_idle_mb = r1(median(pssIdle));
      out.sw_pss_after_article_mb = r1(median(pssAfter));
      out.sw_pss_above_idle_mb = r1(median(above));
      out.sw_pss_above_idle_runs = above.map(r1).join(' ');
      out.sw_pss_held_above_idle_mb = r1(median(pssHeld.map((h, i) => h - (pssIdle[i] as number))));
    }
    // The same without the binary's code pages, whose share other Chromiums on the machine move (±5 MB).
    if (anonAbove.length > 0) {
      out.sw_pss_anon_above_idle_mb = r1(median(anonAbove));
      out.sw_pss_anon_above_idle_runs = anonAbove.map(r1).join(' ');
    }
    // Warm: dictionary loaded, pages never seen before (the analysis cache cannot answer).
    const warm: number[] = [];
    for (let s = 2; s <= 1 + WARM_PAGES; s++) warm.push(await firstMarks(b, server.url(`/perf/w${s}.html`)));
    out.first_marks_warm_ms = Math.round(median(warm));
    out.first_marks_warm_runs = warm.map(Math.round).join(' ');
    // Warm and cached: the same article again (the background answers from its per-text cache).
    out.first_marks_warm_cached_ms = Math.round(await firstMarks(b, server.url('/perf/a.html')));

    // 1,000+ marks: the main-thread cost of registering them (toggle on) and of removing them (toggle off).
    const page = await b.context.newPage();
    await watchFirstMark(page);
    const url = server.url('/perf/marks.html');
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { shuttenFirstMark?: number }).shuttenFirstMark, null, {
      timeout: 120_000,
    });
    out.marks = await page.evaluate((n) => (CSS.highlights.get(n) as Highlight).size, FIGURE);
    // The figures are marked before the page's status reaches the background (figuresFirst): wait for it.
    let tabId = -1;
    for (let i = 0; i < 100 && tabId < 0; i++) {
      tabId = await tabIdOf(b.worker, url).catch(() => -1);
      if (tabId < 0) await page.waitForTimeout(100);
    }
    // …and for the rest of its analysis, whose marks the toggles below remove and draw again.
    const ready = async () =>
      ((await sendToTab(b.worker, tabId, { type: 'getPageState' })) as { value: { status: string } }).value.status;
    for (let i = 0; i < 300 && (await ready()) !== 'ready'; i++) await page.waitForTimeout(100);
    const toggle = (on: boolean) => sendToTab(b.worker, tabId, { type: 'setHighlights', on });
    const off: number[] = [];
    const on: number[] = [];
    for (let i = 0; i < 5; i++) {
      off.push(await contentScriptMs(page, () => toggle(false)));
      on.push(await contentScriptMs(page, () => toggle(true)));
    }
    out.toggle_off_ms = r1(median(off));
    out.apply_marks_ms = r1(median(on));
    out.toggle_ms = r1(Math.max(median(off), median(on)));
    // The whole re-run with the analysis cached: extraction, mapping 1,000+ marks to Ranges, registering.
    const rerun: number[] = [];
    for (let i = 0; i < 3; i++) {
      rerun.push(await contentScriptMs(page, () => sendToTab(b.worker, tabId, { type: 'analyzeAnyway' }), 1000));
    }
    out.rerun_marks_cached_ms = r1(median(rerun));

    // Memory of a tab showing the 3,000-character article, with the extension (marks shown) …
    const withExt = await b.context.newPage();
    await watchFirstMark(withExt);
    await withExt.goto(server.url('/perf/a.html'));
    await withExt.waitForFunction(() => (window as unknown as { shuttenFirstMark?: number }).shuttenFirstMark);
    await withExt.waitForTimeout(500);
    out.tab_heap_with_mb = r1(await heapMb(withExt));

    if (!process.argv.includes('--no-long')) Object.assign(out, await longPage(b, server.url('/perf/long.html')));
  } finally {
    await b.close();
  }
  // The background's dictionary load on its own (fresh browsers: fetch the image, make the views, analyse one word).
  const loads: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const fresh = await launchWithExtension();
    try {
      await sleep(SETTLE_MS);
      loads.push(
        await fresh.worker.evaluate(async () => {
          const t0 = performance.now();
          const host = (
            globalThis as unknown as { shuttenTest: { host: { analyze: (t: string, o: object) => Promise<unknown> } } }
          ).shuttenTest.host;
          await host.analyze('テスト', {});
          return performance.now() - t0;
        }),
      );
    } finally {
      await fresh.close();
    }
  }
  out.sw_dict_load_ms = Math.round(median(loads));
  out.sw_dict_load_runs = loads.map(Math.round).join(' ');
  // … and in a browser without it (same flags).
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await plain.newPage();
    await page.goto(server.url('/perf/a.html'));
    await page.waitForTimeout(1500);
    out.tab_heap_without_mb = r1(await heapMb(page));
  } finally {
    await plain.close();
    await server.close();
  }
  out.tab_overhead_mb = r1((out.tab_heap_with_mb as number) - (out.tab_heap_without_mb as number));
  const content = readFileSync(join(STORE_EXTENSION, 'content-scripts/content.js'));
  out.content_script_kb = r1(content.length / 1024);
  // In bytes, by the measure its budget's test uses (scripts/content-size.ts), not gzip -9 on the command line.
  out.content_script_gzip_bytes = gzippedBytes(content);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench-browser: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
