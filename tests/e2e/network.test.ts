import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage } from '../fixtures/perf/pages';
import {
  browserGate,
  CHROMIUM,
  collectErrors,
  EXTENSION,
  extensionArgs,
  ROOT,
  STORE_EXTENSION,
  waitForHighlight,
} from './harness';

/**
 * Nothing leaves the browser. Chromium runs behind a recording proxy that is the only way out:
 * every request any part of the browser makes over the network (the extension's service worker
 * included) reaches it and is logged. The test pages are served by the proxy itself under a
 * made-up host, so the log may hold those page loads and nothing else.
 */

// Under CI the browser tests are required: a missing browser or build fails instead of skipping.
const skip = browserGate();

const HOST = 'news.shutten.test';
const BROWSER_OWN = /^(CONNECT|GET|POST) (https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com)[:/]/;
const PAGES: Record<string, () => string> = {
  '/sample-article.html': () => readFileSync(join(ROOT, 'tests/fixtures/sample-article.html'), 'utf8'),
  '/e2e/english.html': () => readFileSync(join(ROOT, 'tests/fixtures/e2e/english.html'), 'utf8'),
  '/perf/a.html': () => articlePage(3000, 21),
};

/** A proxy that serves PAGES for HOST, refuses everything else, and logs every request it sees. */
async function recordingProxy(): Promise<{ port: number; log: string[]; close: () => Promise<void> }> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const page = url.host === HOST ? PAGES[url.pathname] : undefined;
    if (url.host === HOST && url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
      return;
    }
    res.writeHead(url.host === HOST ? 404 : 502).end();
  });
  // HTTPS goes through CONNECT: logged and refused.
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe.skipIf(skip)('nothing leaves the browser', () => {
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let context: BrowserContext;
  let profile: string;
  const extensionRequests: string[] = [];
  const swRequests: string[] = [];

  beforeAll(async () => {
    // Lets Playwright report the service worker's own requests (the dictionary fetches) as context requests.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    proxy = await recordingProxy();
    profile = mkdtempSync(join(tmpdir(), 'shutten-net-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      // Loopback too: the proxy must see even requests to 127.0.0.1.
      proxy: { server: `http://127.0.0.1:${proxy.port}`, bypass: '<-loopback>' },
      args: extensionArgs(EXTENSION),
    });
    context.on('request', (r) => {
      if (r.serviceWorker()) swRequests.push(r.url());
      if (r.url().startsWith('chrome-extension://')) extensionRequests.push(r.url());
    });
  });
  afterAll(async () => {
    await context?.close();
    await proxy?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('analyses pages and opens its popup while the network sees only the pages themselves', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    for (const path of Object.keys(PAGES)) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`http://${HOST}${path}`);
      if (path !== '/e2e/english.html') await waitForHighlight(page, 'shutten-figure', 60_000);
      else await page.waitForTimeout(1500);
      expect(errors).toEqual([]);
      await page.close();
    }
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForTimeout(1000);
    await popup.close();
    // Marks prove the dictionary was loaded and the analysis ran while we were listening.
    const loaded = await worker.evaluate(
      () => (globalThis as unknown as { shuttenTest: { host: { loaded: boolean } } }).shuttenTest.host.loaded,
    );
    expect(loaded).toBe(true);

    const pageLoads = new Set(Object.keys(PAGES).map((p) => `GET http://${HOST}${p}`));
    // The browser's own favicon probe is addressed to the page's host, never elsewhere.
    // Chromium itself, extension or not, calls its update and sign-in services (update.googleapis.com,
    // accounts.google.com): the browser's traffic, not ours. No Shutten code names any host (see the
    // bundle scan below), so anything else in this log would be the extension's.
    const unexpected = proxy.log.filter(
      (l) => !pageLoads.has(l) && l !== `GET http://${HOST}/favicon.ico` && !BROWSER_OWN.test(l),
    );
    expect(unexpected).toEqual([]);
    // What the service worker fetched (seen by Playwright): its own packaged dictionary, nothing else.
    // Positive control: the recorder does see the service worker's requests (the dictionary image).
    expect(swRequests.some((u) => u.endsWith('/dict/ipadic.bin'))).toBe(true);
    expect(swRequests.every((u) => u.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
    expect(extensionRequests.every((u) => u.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
  });
});

/** Every file of the build with one of these extensions. */
function filesOf(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return filesOf(p, exts);
    return exts.includes(extname(f)) ? [p] : [];
  });
}

describe.skipIf(!existsSync(join(STORE_EXTENSION, 'manifest.json')))('the built extension (store build)', () => {
  const manifest = existsSync(join(STORE_EXTENSION, 'manifest.json'))
    ? (JSON.parse(readFileSync(join(STORE_EXTENSION, 'manifest.json'), 'utf8')) as Record<string, unknown>)
    : {};

  it('keeps the default CSP, lets no web page or other extension connect, and asks for no host access', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    // Permissions: each one is justified in the README's privacy section.
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage']));
    expect((manifest.permissions as string[]).filter((p) => !['storage', 'offscreen'].includes(p))).toEqual([]);
  });

  it('ships no eval, no Function constructor and no remote script', () => {
    const offenders: string[] = [];
    for (const f of filesOf(STORE_EXTENSION, ['.js', '.html'])) {
      const src = readFileSync(f, 'utf8');
      if (/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(src)) offenders.push(`${f}: eval`);
      if (/<script[^>]+src=["']?(?:https?:)?\/\//i.test(src)) offenders.push(`${f}: remote script`);
      if (/\bimportScripts\s*\(\s*["'`]https?:/.test(src)) offenders.push(`${f}: remote importScripts`);
      // URLs in code are XML namespaces or links inside error messages, never something fetched.
      for (const url of src.match(/https?:\/\/[\w.-]+/g) ?? []) {
        if (!/^https?:\/\/(www\.w3\.org|wxt\.dev|github\.com)$/.test(url)) offenders.push(`${f}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
