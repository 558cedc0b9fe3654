import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';

/** Debian's Chromium; Playwright's own browser download cannot work on these machines. */
export const CHROMIUM = process.env.SHUTTEN_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The browser-test build (`wxt build --mode e2e`): the store build plus the test seams of
 * lib/shared/build-mode.ts (hooks on the service worker, `?tab=` / `?lang=` in the popup and options).
 */
export const EXTENSION = join(ROOT, '.output/chrome-mv3-e2e');
/** The store build (`npm run build`): what readers install, without any test seam. */
export const STORE_EXTENSION = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'tests/artifacts');

/**
 * Why browser tests cannot run here, or null when they can. Under CI a missing browser or build is a
 * failure (the test files turn this into a failing test); elsewhere they skip with this one line.
 */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`;
  if (!existsSync(join(EXTENSION, 'manifest.json'))) return 'test build missing (npm run build:e2e)';
  if (!existsSync(join(STORE_EXTENSION, 'manifest.json'))) return 'extension not built (npm run build)';
  return null;
}

/**
 * Call at the top of a browser test file with why its tests cannot run (or null); returns whether to
 * skip them. Under CI a missing browser or build becomes one failing test instead of a skip; elsewhere
 * the file skips with a one-line reason.
 */
export function browserGate(unavailable: string | null = browserUnavailable()): boolean {
  if (unavailable && process.env.CI) {
    it('browser tests can run', () => {
      throw new Error(`browser tests required under CI: ${unavailable}`);
    });
  } else if (unavailable) {
    console.warn(`skipping browser tests: ${unavailable}`);
  }
  return unavailable !== null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/** The fixture server of a browser test: URLs of its pages, and how to stop it. */
export interface FixtureServer {
  url: (p: string) => string;
  close: () => Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 (an ephemeral port); `routes` adds generated pages. */
export async function serveFixtures(routes: Record<string, () => string> = {}): Promise<FixtureServer> {
  const base = join(ROOT, 'tests/fixtures');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] as string);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string });
      res.end(route());
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Chromium flags that load `extension` and keep the browser off the network (no updates, sync, QUIC). */
export function extensionArgs(extension = EXTENSION): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/** The tab's live JS heap in MB after a full GC (all worlds of the page: the content script's included). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/** A Chromium with the built extension loaded, its service worker and extension id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The browser's profile directory (the bench finds the browser's processes by it). */
  profile: string;
  close: () => Promise<void>;
}

/**
 * Launches headless Chromium with the extension (fresh profile; flags that keep it off the network).
 * `extraArgs`: more flags (the bench's `--js-flags=--expose-gc`).
 */
export async function launchWithExtension(extension = EXTENSION, extraArgs: string[] = []): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'shutten-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: 'en-US',
    args: [...extensionArgs(extension), ...extraArgs],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a test file's browser needs besides the defaults of useExtensionBrowser. */
export interface ExtensionBrowserOptions {
  /** Generated pages served beside tests/fixtures. */
  routes?: Record<string, () => string>;
  /** The build to load (the e2e build unless a test checks the store build). */
  extension?: string;
  /** Runs once the browser is up, before the first test (fake analyses, settings). */
  setup?: (b: ExtensionBrowser) => Promise<void>;
  /** Runs after the last test, before the browser closes. */
  teardown?: (b: ExtensionBrowser) => Promise<void>;
}

/**
 * One Chromium with the extension and one fixture server for the enclosing `describe`: started in its
 * beforeAll, closed in its afterAll. The returned object reads through to the browser once it is up
 * (use it inside tests and hooks only), so every file's launch-and-serve boilerplate lives here.
 */
export function useExtensionBrowser(
  options: ExtensionBrowserOptions = {},
): ExtensionBrowser & { readonly server: FixtureServer } {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serveFixtures(options.routes);
    browser = await launchWithExtension(options.extension);
    await options.setup?.(browser);
  });
  afterAll(async () => {
    if (browser) await options.teardown?.(browser);
    await browser?.close();
    await server?.close();
  });
  const up = (): ExtensionBrowser => {
    if (!browser) throw new Error('the extension browser is used before its beforeAll ran');
    return browser;
  };
  return {
    get context() {
      return up().context;
    },
    get worker() {
      return up().worker;
    },
    get extensionId() {
      return up().extensionId;
    },
    get profile() {
      return up().profile;
    },
    close: () => up().close(),
    get server() {
      if (!server) throw new Error('the fixture server is used before its beforeAll ran');
      return server;
    },
  };
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Number of ranges in a highlight of the page's registry (shared with the content script). */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => (CSS.highlights.get(n) as Highlight | undefined)?.size ?? 0, name);
}

/** Waits until the named highlight has at least one range (or times out), and the page has done analysing. */
export async function waitForHighlight(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => ((CSS.highlights.get(n) as Highlight | undefined)?.size ?? 0) > 0, name, {
    timeout,
  });
  await waitForRead(page, timeout);
}

/**
 * Waits while the page's content script is still analysing (test build: its tab is known to the worker's
 * hooks). A first read marks its figures before the rest of its analysis comes (figuresFirst): what a test
 * reads after the marks — the popup's rows, the card, the other layers — is then the whole analysis.
 */
async function waitForRead(page: Page, timeout: number): Promise<void> {
  const worker = page.context().serviceWorkers()[0];
  if (!worker) return;
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const status = await worker
      .evaluate(async (url) => {
        const g = globalThis as unknown as {
          shuttenTest?: { tabsByUrl: Map<string, number> };
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown> } };
        };
        const id = g.shuttenTest?.tabsByUrl.get(url);
        if (id === undefined) return null;
        const r = (await g.chrome.tabs.sendMessage(id, { type: 'getPageState' }, { frameId: 0 })) as {
          value?: { status?: string };
        };
        return r?.value?.status ?? null;
      }, page.url())
      .catch(() => null);
    if (status !== 'analyzing') return;
    await page.waitForTimeout(20);
  }
}

/** The tab id Chrome gave the page at `url` (asked from the service worker). */
export function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate((u) => {
    const id = (globalThis as unknown as { shuttenTest: { tabsByUrl: Map<string, number> } }).shuttenTest.tabsByUrl.get(
      u,
    );
    if (id === undefined) throw new Error(`no tab reported from ${u}`);
    return id;
  }, url);
}

/** Saves a screenshot under tests/artifacts (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * A screenshot the docs use (README, docs/reading-experience.md): saved under tests/artifacts like any
 * other and, when SHUTTEN_SCREENSHOTS=docs (npm run screenshots), also into docs/screenshots.
 */
export async function docsScreenshot(page: Page, name: string): Promise<string> {
  const path = await screenshot(page, name);
  toDocs(path, name);
  return path;
}

/** Copies a screenshot saved under tests/artifacts into docs/screenshots when SHUTTEN_SCREENSHOTS=docs. */
export function toDocs(path: string, name: string): void {
  if (process.env.SHUTTEN_SCREENSHOTS !== 'docs') return;
  const docs = join(ROOT, 'docs/screenshots');
  mkdirSync(docs, { recursive: true });
  copyFileSync(path, join(docs, `${name}.png`));
}

/** A figure or entity for a fake analysis: found in the analysed text by its text (the n-th occurrence). */
export interface FakeFigure {
  text: string;
  value: number;
  unit: string;
  kind: string;
  approx?: boolean;
  bound?: string | null;
  source?: { name: string; type: string; cue: string | null };
}
export interface FakeEntity {
  text: string;
  type: string;
  reading?: string;
  id?: number;
}

/**
 * Makes the background answer every analysis request with figures and entities located by text
 * (test seam `shuttenTest.override`), so popup and card tests do not depend on what the engine
 * finds today. `delayMs` keeps the page in "analyzing"; `fail` makes the analysis fail.
 */
export function installFakeAnalysis(
  worker: Worker,
  spec: { figures?: FakeFigure[]; entities?: FakeEntity[]; delayMs?: number; fail?: string },
): Promise<void> {
  return worker.evaluate((sp) => {
    const hook = globalThis as unknown as { shuttenTest: { override: unknown } };
    hook.shuttenTest.override = (text: string) => {
      if (sp.fail) throw new Error(sp.fail);
      const sentenceAt = (at: number) => {
        let s = at;
        while (s > 0 && !'。\n'.includes(text[s - 1] as string)) s--;
        let e = at;
        while (e < text.length && !'。\n'.includes(text[e] as string)) e++;
        return { sentence: text.slice(s, Math.min(e + 1, text.length)).trim(), start: s };
      };
      let from = 0;
      const figures = (sp.figures ?? []).flatMap((f) => {
        const at = text.indexOf(f.text, from);
        if (at < 0) return [];
        from = at + f.text.length;
        const { sentence, start } = sentenceAt(at);
        const srcAt = f.source ? text.lastIndexOf(f.source.name, at) : -1;
        return [
          {
            text: f.text,
            start: at,
            end: at + f.text.length,
            sentence,
            sentenceStart: start,
            value: f.value,
            min: null,
            max: null,
            unit: f.unit,
            kind: f.kind,
            approx: f.approx ?? false,
            bound: f.bound ?? null,
            source: f.source
              ? { ...f.source, ...(srcAt >= 0 ? { start: srcAt, end: srcAt + f.source.name.length } : {}) }
              : null,
          },
        ];
      });
      const entities: unknown[] = [];
      for (const e of sp.entities ?? []) {
        for (let at = text.indexOf(e.text); at >= 0; at = text.indexOf(e.text, at + 1)) {
          entities.push({ ...e, start: at, end: at + e.text.length });
        }
      }
      (entities as { start: number }[]).sort((a, b) => a.start - b.start);
      const analysis = {
        title: null,
        published: null,
        byline: null,
        isJapanese: true,
        isArticle: true,
        figures,
        dates: [],
        entities,
        length: text.length,
      };
      return sp.delayMs ? new Promise((r) => setTimeout(() => r(analysis), sp.delayMs)) : analysis;
    };
  }, spec);
}

/** Removes the fake analysis and any hold on analyses: the engine answers again. */
export function clearFakeAnalysis(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    const hooks = (globalThis as unknown as { shuttenTest: { override: unknown; hold: unknown } }).shuttenTest;
    hooks.override = null;
    // A test that held the analyses and failed before letting them go does not hold the next one's.
    hooks.hold = null;
  });
}

/** The texts the tabs sent for analysis (latest last). */
export function analysisRequests(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => [
    ...(globalThis as unknown as { shuttenTest: { requests: string[] } }).shuttenTest.requests,
  ]);
}

/** Runs a manifest command through the service worker's handler (key presses never reach commands). */
export function runCommand(worker: Worker, command: string, tabId: number): Promise<string> {
  return worker.evaluate(
    ([c, id]) =>
      (
        globalThis as unknown as { shuttenTest: { handleCommand: (c: string, t: number) => Promise<string> } }
      ).shuttenTest.handleCommand(c as string, id as number),
    [command, tabId] as const,
  );
}

/** The part of the service worker's `chrome` global the settings helpers use. */
interface StorageArea {
  set(v: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
interface ChromeStorage {
  chrome: { storage: { sync: StorageArea; local: StorageArea } };
}

/**
 * Sets extension settings directly in storage (as the options page would), from the service worker:
 * the site lists in local storage, the other settings in sync storage (see lib/shared/settings.ts).
 */
export function setSettings(worker: Worker, values: Record<string, unknown>): Promise<void> {
  return worker.evaluate(async (v) => {
    const { sync, local } = (globalThis as unknown as ChromeStorage).chrome.storage;
    const lists = ['alwaysSites', 'neverSites'];
    await sync.set(Object.fromEntries(Object.entries(v).filter(([k]) => !lists.includes(k))));
    await local.set(Object.fromEntries(Object.entries(v).filter(([k]) => lists.includes(k))));
  }, values);
}

/** Clears every stored setting (back to the defaults). */
export async function resetSettings(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { sync, local } = (globalThis as unknown as ChromeStorage).chrome.storage;
    await Promise.all([sync.clear(), local.clear()]);
  });
}

/** Opens a page and waits until its content script reported to the background; returns the page and tab id. */
export async function openReported(b: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url);
  let tabId: number | undefined;
  for (let i = 0; i < 100 && tabId === undefined; i++) {
    tabId = await tabIdOf(b.worker, url).catch(() => undefined);
    if (tabId === undefined) await page.waitForTimeout(100);
  }
  if (tabId === undefined) throw new Error(`no report from ${url}`);
  return { page, tabId };
}

/**
 * Makes the background answer with one figure per match of `pattern` (a regular expression source
 * with the number in group 1) in whatever text it is sent: long generated pages with thousands of
 * figures, analysed in slices, without the engine's time. Test seam as installFakeAnalysis.
 */
export function installPatternAnalysis(
  worker: Worker,
  spec: { pattern: string; unit: string; kind: string },
): Promise<void> {
  return worker.evaluate((sp) => {
    const hook = globalThis as unknown as { shuttenTest: { override: unknown } };
    hook.shuttenTest.override = (text: string) => {
      const figures = [];
      for (const m of text.matchAll(new RegExp(sp.pattern, 'g'))) {
        const at = m.index ?? 0;
        const s = text.lastIndexOf('\n', at) + 1;
        const e = text.indexOf('\n', at);
        figures.push({
          text: m[0],
          start: at,
          end: at + m[0].length,
          sentence: text.slice(s, e < 0 ? text.length : e),
          sentenceStart: s,
          value: Number(m[1]),
          min: null,
          max: null,
          unit: sp.unit,
          kind: sp.kind,
          approx: false,
          bound: null,
          source: null,
        });
      }
      return {
        title: null,
        published: null,
        byline: null,
        isJapanese: true,
        isArticle: true,
        figures,
        dates: [],
        entities: [],
        length: text.length,
      };
    };
  }, spec);
}

/**
 * The card's host element on a page (the one node Shutten adds, a `<div data-shutten-card>`); its
 * shadow root holds `.card`.
 */
export const CARD_HOST = '[data-shutten-card]';

/** The card on a page, as a locator (Playwright pierces its shadow root, open in the test build). */
export function cardOf(page: Page) {
  return page.locator(`${CARD_HOST} .card`);
}

/**
 * Stops the extension's service worker the way Chrome does after 30 s idle or under memory pressure
 * (DevTools protocol `ServiceWorker.stopAllWorkers`), through a CDP session on `page`.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** How many analysis requests the background has received since it started. */
export function analysisRequestCount(worker: Worker): Promise<number> {
  return worker.evaluate(
    () => (globalThis as unknown as { shuttenTest: { requestCount: number } }).shuttenTest.requestCount,
  );
}
