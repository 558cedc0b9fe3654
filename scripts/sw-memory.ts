/**
 * Where the background's memory goes (`npx tsx scripts/sw-memory.ts`, after `wxt build --mode e2e`):
 * the extension process of a fresh Chromium read idle, 2 s after one article, and after a full GC
 * (the moments of the bench's sw_pss_*), each as Chromium's own memory-infra dump (per allocator:
 * V8's spaces, PartitionAlloc's array buffers, malloc, Oilpan) and as /proc smaps PSS, split into
 * the browser binary's code pages and anonymous memory. Prints the parts that moved, in MiB.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, serveFixtures } from '../tests/e2e/harness';
import { articlePage } from '../tests/fixtures/perf/pages';
import { extensionProcesses, extensionPssMb } from './bench-memory';

type Reading = { pss: number; allocators: Record<string, number>; smaps: Record<string, number> };

/** Allocator sizes (MiB) of process `pid` in one detailed memory-infra dump of every process. */
async function memoryDump(session: CDPSession, pid: number): Promise<Record<string, number>> {
  const events: { ph: string; pid: number; args?: { dumps?: { allocators?: Record<string, unknown> } } }[] = [];
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as typeof events));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['disabled-by-default-memory-infra'],
      excludedCategories: ['*'],
      // No periodic dumps: one, asked for below (the protocol types this field loosely).
      memoryDumpConfig: { triggers: [] as never },
    },
    transferMode: 'ReportEvents',
  });
  await session.send('Tracing.requestMemoryDump', { deterministic: false, levelOfDetail: 'detailed' });
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', collect);
  const out: Record<string, number> = {};
  for (const e of events) {
    if (e.ph !== 'v' || e.pid !== pid) continue;
    for (const [name, d] of Object.entries(e.args?.dumps?.allocators ?? {})) {
      const size = (d as { attrs?: { size?: { value?: string } } }).attrs?.size?.value;
      // One level below each allocator is enough to name the parts (per-isolate and per-bucket rows add nothing).
      if (size && name.split('/').length <= 4 && !/isolate_|worker_0x|__/.test(name))
        out[name] = Number.parseInt(size, 16) / 2 ** 20;
    }
  }
  return out;
}

/** PSS (MiB) per mapping kind of process `pid`: the browser binary, other files, anonymous memory. */
function smaps(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  let kind = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const m = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (m) {
      const name = m[1] ?? '';
      kind = name === '' ? 'anonymous' : name.endsWith('/chromium') ? 'binary (code pages)' : `other ${name}`;
      continue;
    }
    const pss = /^Pss:\s+(\d+)/.exec(line);
    if (pss) out[kind] = (out[kind] ?? 0) + Number(pss[1]) / 1024;
  }
  return out;
}

async function main(): Promise<void> {
  // As in the bench: DevTools' network instrumentation would keep a copy of each response body.
  process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = '1';
  const server = await serveFixtures({ '/perf/a.html': () => articlePage(3000, 1) });
  const b = await launchWithExtension(undefined, ['--js-flags=--expose-gc']);
  try {
    const session = await (
      b.context.browser() as NonNullable<ReturnType<typeof b.context.browser>>
    ).newBrowserCDPSession();
    const pid = extensionProcesses(b.profile)[0];
    if (pid === undefined) throw new Error('no extension process');
    const read = async (): Promise<Reading> => ({
      pss: extensionPssMb(b.profile) ?? 0,
      allocators: await memoryDump(session, pid),
      smaps: smaps(pid),
    });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await sleep(1000);
    const idle = await read();
    const page = await b.context.newPage();
    await page.goto(server.url('/perf/a.html'));
    await page.waitForFunction(() => ((CSS.highlights.get('shutten-figure') as Highlight | undefined)?.size ?? 0) > 0);
    await page.close();
    await sleep(2000);
    const after = await read();
    await b.worker.evaluate("globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })");
    await sleep(500);
    const held = await read();
    const f = (x: number) => x.toFixed(2).padStart(8);
    console.log(`${'MiB'.padEnd(56)}    idle   after    held  after−idle`);
    console.log(
      `${'PSS of the extension process'.padEnd(56)}${f(idle.pss)}${f(after.pss)}${f(held.pss)}${f(after.pss - idle.pss)}`,
    );
    for (const part of ['smaps', 'allocators'] as const) {
      const names = new Set([...Object.keys(idle[part]), ...Object.keys(after[part]), ...Object.keys(held[part])]);
      for (const name of [...names].sort()) {
        const [i, a, h] = [idle, after, held].map((r) => r[part][name] ?? 0) as [number, number, number];
        if (Math.max(Math.abs(a - i), Math.abs(h - i)) >= 0.1)
          console.log(
            `${`${part === 'smaps' ? 'smaps PSS' : 'memory-infra'} ${name}`.padEnd(56)}${f(i)}${f(a)}${f(h)}${f(a - i)}`,
          );
      }
    }
  } finally {
    await b.close();
    await server.close();
  }
}

await main();
