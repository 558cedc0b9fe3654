/**
 * `npm run bench -- --profile`: a CPU profile of the pipeline (node:inspector), self time summed per
 * function of our own code, so a hot spot is reported as "function, file, share" rather than guessed.
 */
import { Session } from 'node:inspector/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

/** One function's share of the profiled time. */
export interface HotSpot {
  fn: string;
  file: string;
  ms: number;
  share: number;
}

/** Profiles `run` and returns the functions with the most self time (kuromoji grouped as one line). */
export async function profile(run: () => void, top = Number(process.env.PROFILE_TOP ?? 12)): Promise<HotSpot[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  run();
  const { profile: p } = await session.post('Profiler.stop');
  session.disconnect();
  const self = new Map<number, number>();
  const deltas = p.timeDeltas ?? [];
  (p.samples ?? []).forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  });
  const byFn = new Map<string, { fn: string; file: string; us: number }>();
  let total = 0;
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0;
    const url = n.callFrame.url;
    if (!url || url.startsWith('node:')) continue; // idle, GC and Node internals
    total += us;
    const path = url.startsWith('file:') ? relative(ROOT, fileURLToPath(url)) : url;
    const kuromoji = path.includes('node_modules/@patdx/kuromoji');
    const fn = kuromoji ? '(kuromoji)' : n.callFrame.functionName || '(anonymous)';
    const file = kuromoji ? 'node_modules/@patdx/kuromoji' : `${path}:${n.callFrame.lineNumber + 1}`;
    const key = `${fn} ${file}`;
    const e = byFn.get(key) ?? { fn, file, us: 0 };
    e.us += us;
    byFn.set(key, e);
  }
  return [...byFn.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({
      fn: e.fn,
      file: e.file,
      ms: Math.round(e.us / 100) / 10,
      share: Math.round((e.us / total) * 1000) / 1000,
    }));
}
