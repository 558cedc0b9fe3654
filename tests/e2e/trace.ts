import type { CDPSession } from 'playwright-core';

/** A long task: the Long Tasks API's threshold. */
export const LONG_TASK_MS = 50;

/** The fields of Chromium's trace events that the checks below read. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  dur?: number;
  /** Thread (CPU) time of the event, in microseconds. */
  tdur?: number;
  args?: {
    name?: string;
    data?: {
      frames?: { processId: number; url: string }[];
      startTime?: number;
      timeDeltas?: number[];
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    };
  };
}

/** A node of V8's sampled call tree: a function, its script and its caller. */
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string };
}

/**
 * Records, from now until the returned stop() is called, Chromium's trace of every task the browser
 * runs (devtools.timeline: RunTask with wall and thread time) and V8's sampling profile of every
 * renderer's JavaScript (v8.cpu_profiler: which scripts' functions were on the stack, sampled about
 * every 0.1–0.5 ms). Everything else is left out, so a minute of tracing stays small.
 */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'],
      excludedCategories: ['*'],
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** One renderer main thread's sampled stacks: when each sample was taken and the call tree. */
interface Samples {
  times: number[];
  nodes: number[];
  tree: Map<number, ProfileNode>;
}

/** Each renderer main thread's samples, by "pid:tid" (a profile's chunks come from its sampler thread). */
function samplesByThread(events: readonly TraceEvent[]): Map<string, Samples> {
  const profiles = new Map<string, { thread: string; clock: number; samples: Samples }>();
  for (const e of events) {
    if (e.name !== 'Profile') continue;
    const samples: Samples = { times: [], nodes: [], tree: new Map() };
    profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, clock: e.args?.data?.startTime ?? e.ts, samples });
  }
  const chunks = events.filter((e) => e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const c of chunks) {
    const p = profiles.get(`${c.pid}:${c.id}`);
    const data = c.args?.data;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) p.samples.tree.set(n.id, n);
    const deltas = data.timeDeltas ?? [];
    for (const [i, node] of (data.cpuProfile?.samples ?? []).entries()) {
      p.clock += deltas[i] ?? 0;
      p.samples.times.push(p.clock);
      p.samples.nodes.push(node);
    }
  }
  return new Map([...profiles.values()].map((p) => [p.thread, p.samples]));
}

/** A task of a renderer's main thread that ran code of ours for more than LONG_TASK_MS. */
export interface OurLongTask {
  /** CPU time of the whole task, and the share of it spent with our script on the stack (ms). */
  cpuMs: number;
  oursMs: number;
  /** Our functions seen most often in the task's samples (innermost of ours first): where to look. */
  functions: string[];
}

/**
 * The main-thread tasks, in any renderer (a page that navigated may have changed process), in which
 * code loaded from `scriptUrl` (a prefix: the content script's URL) used more than LONG_TASK_MS of CPU
 * time. A task's CPU time (thread time, not wall time: on a loaded machine the OS can pause a short
 * task for longer than that) is shared out by the samples taken during it: the share with one of our
 * functions anywhere on the stack (layout our code forced included) is ours; the page's own work in the
 * same task is not. A task with no sample is nobody's.
 */
export function ourLongTasks(events: readonly TraceEvent[], scriptUrl: string): OurLongTask[] {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const samples = samplesByThread(events);
  const out: OurLongTask[] = [];
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || (task.tdur ?? 0) / 1000 <= LONG_TASK_MS) continue;
    const thread = `${task.pid}:${task.tid}`;
    const s = samples.get(thread);
    if (!mains.has(thread) || !s) continue;
    const end = task.ts + (task.dur ?? 0);
    let all = 0;
    let ours = 0;
    const seen = new Map<string, number>();
    for (let i = 0; i < s.times.length; i++) {
      const t = s.times[i] as number;
      if (t < task.ts || t > end) continue;
      all++;
      const fn = ourFunction(s.tree, s.nodes[i] as number, scriptUrl);
      if (fn === null) continue;
      ours++;
      seen.set(fn, (seen.get(fn) ?? 0) + 1);
    }
    const cpuMs = (task.tdur ?? 0) / 1000;
    const oursMs = all ? (cpuMs * ours) / all : 0;
    if (oursMs <= LONG_TASK_MS) continue;
    const functions = [...seen].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    out.push({ cpuMs: Math.round(cpuMs), oursMs: Math.round(oursMs), functions: functions.slice(0, 5) });
  }
  return out;
}

/** The innermost function from `scriptUrl` on a sampled stack, or null when none of ours is on it. */
function ourFunction(tree: Map<number, ProfileNode>, leaf: number, scriptUrl: string): string | null {
  for (let n = tree.get(leaf); n; n = n.parent === undefined ? undefined : tree.get(n.parent)) {
    if (n.callFrame.url?.startsWith(scriptUrl)) return n.callFrame.functionName || '(anonymous)';
  }
  return null;
}
