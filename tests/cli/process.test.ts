import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE, hasStack, SAMPLE_HTML, tempDir } from './helpers';

/**
 * The CLI as a user runs it: `node cli/bin.mjs` in a child process (the bundle, built if stale), for
 * what only a process shows: what it loads, a reader closing the pipe, endless inputs.
 */
const BIN = fileURLToPath(new URL('../../cli/bin.mjs', import.meta.url));
const LOG_IMPORTS = fileURLToPath(new URL('./fixtures/log-imports.mjs', import.meta.url));
const dir = tempDir();
const article = join(dir, 'article.txt');
writeFileSync(article, ARTICLE);

interface Done {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the CLI; `onOut` sees the child as soon as it prints; a run over `limitMs` is killed and fails. */
function cli(
  args: string[],
  options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv; limitMs?: number; onOut?: (c: ChildProcess) => void } = {},
): Promise<Done> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${options.limitMs} ms: shutten ${args.join(' ')}`));
    }, options.limitMs ?? 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      options.onOut?.(child);
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** The module files a command loaded, with their sizes. */
async function loaded(args: string[]): Promise<{ files: string[]; bytes: number; run: Done }> {
  const log = join(dir, `imports-${Math.random().toString(36).slice(2)}.log`);
  const run = await cli(args, { nodeArgs: ['--import', LOG_IMPORTS], env: { SHUTTEN_IMPORT_LOG: log } });
  const files = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u));
  return { files, bytes: files.reduce((n, f) => n + statSync(f).size, 0), run };
}

describe('the shutten command', () => {
  it('runs from the prebuilt bundle: no TypeScript and no transpiler is loaded', async () => {
    const { files, run } = await loaded(['analyze', article, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).figures.length).toBeGreaterThan(0);
    expect(files.filter((f) => /\.tsx?$|[/\\]tsx[/\\]/.test(f))).toEqual([]);
    expect(files.some((f) => /[/\\]dist[/\\]cli\.mjs$/.test(f))).toBe(true);
  }, 120_000);

  it.each([[['--help']], [['analyze', 'no-such-file.txt']]])(
    '%j loads only the small entry code (not the engine, the HTML parser or the dictionary loader)',
    async (args) => {
      const { bytes, run } = await loaded(args);
      expect(run.code).toBe(args[0] === '--help' ? 0 : 2);
      expect(bytes).toBeLessThan(100 * 1024);
    },
    120_000,
  );

  it('stops quietly when the reader closes the pipe (| head)', async () => {
    const run = await cli(['analyze', SAMPLE_HTML, SAMPLE_HTML, SAMPLE_HTML, article, article], {
      onOut: (child) => child.stdout?.destroy(),
    });
    expect(run.err).toBe('');
    expect(hasStack(run.err)).toBe(false);
    expect(run.code).toBe(0);
  }, 120_000);

  it('refuses an endless FIFO at the size cap instead of reading it forever', async () => {
    const fifo = join(dir, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    // `yes` writes into the FIFO until its reader goes away.
    const writer = spawn('sh', ['-c', `exec yes 町の人口は8万4000人だった。 > '${fifo}'`], { stdio: 'ignore' });
    try {
      const run = await cli(['analyze', fifo], { limitMs: 60_000 });
      expect(run.code).toBe(2);
      expect(run.err).toBe(`shutten: ${fifo}: over the 32 MB limit for one input (split it into parts)\n`);
    } finally {
      writer.kill();
    }
  }, 120_000);

  it('refuses /dev/zero at the size cap', async () => {
    const run = await cli(['analyze', '/dev/zero'], { limitMs: 60_000 });
    expect(run.code).toBe(2);
    expect(run.err).toBe('shutten: /dev/zero: over the 32 MB limit for one input (split it into parts)\n');
  }, 120_000);

  it('refuses an oversized file from its size, without reading it', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 40 * 1024 * 1024); // sparse: takes no disk space
    const run = await cli(['analyze', big]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`shutten: ${big}: 40 MB, over the 32 MB limit for one input (split it into parts)\n`);
  }, 120_000);
});
