#!/usr/bin/env node
// The `shutten` command: runs the prebuilt bundle (dist/cli.mjs, see cli/build.mjs), no TypeScript
// transpiling at start. In a checkout whose sources changed since the last build it rebuilds first.
import { ensureBuilt } from './build.mjs';

let entry;
try {
  entry = await ensureBuilt();
} catch (e) {
  // esbuild has printed what is wrong with the sources; one line here says what it means.
  process.stderr.write(`shutten: cannot build the CLI bundle (${e?.message?.split('\n')[0] ?? e})\n`);
  process.exit(1);
}
const { run } = await import(entry);
await run(process.argv.slice(2));
