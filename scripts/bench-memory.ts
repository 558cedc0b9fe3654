/**
 * Memory of the extension's background as the system sees it: the PSS (proportional set size:
 * private pages plus a share of shared ones) of Chromium's extension renderer process, which holds
 * the service worker and with it the dictionary image and the engine. Linux only (/proc).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Pids of the renderer processes hosting extensions in the Chromium started with `profile`. */
export function extensionProcesses(profile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      // Chromium rewrites its command line into one space-separated string.
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split(/[\0 ]/);
    } catch {
      continue; // gone meanwhile
    }
    if (
      args.includes('--type=renderer') &&
      args.includes('--extension-process') &&
      args.includes(`--user-data-dir=${profile}`)
    )
      pids.push(Number(entry));
  }
  return pids;
}

/**
 * PSS in MB of the extension process(es) of the Chromium started with `profile`, or null if none is
 * found. `field` 'Pss_Anon' counts anonymous memory only (heaps, buffers): the binary's code pages
 * are left out, whose share moves whenever another Chromium on the machine maps the same pages.
 */
export function extensionPssMb(profile: string, field: 'Pss' | 'Pss_Anon' = 'Pss'): number | null {
  const pids = extensionProcesses(profile);
  if (pids.length === 0) return null;
  let kb = 0;
  const line = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm');
  for (const pid of pids) {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    kb += Number(line.exec(rollup)?.[1] ?? 0);
  }
  return kb / 1024;
}
