import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Three projects: fast Node tests of core/, tokenizer/, lib/ and cli/ (two projects, see below), and
// browser tests that drive the built extension in Debian's Chromium (run after `wxt build`).

/** Where the Node tests live. */
const UNIT_DIRS = ['core', 'tokenizer', 'cli', 'lib', 'components', 'entrypoints'];
const UNIT_INCLUDE = [`tests/{${UNIT_DIRS.join(',')}}/**/*.test.{ts,tsx}`];

function testFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.filter((f) => /\.test\.tsx?$/.test(f)).map((f) => join(dir, f));
}

/**
 * Test files that mock modules, stub globals or fake the clock need a module registry of their own
 * (vitest's isolation); found by what they call, so a new such file is isolated without a list.
 */
const NEEDS_ISOLATION = /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers|resetModules|spyOn)\(/;
const ISOLATED = UNIT_DIRS.flatMap((d) => testFiles(join('tests', d))).filter((f) =>
  NEEDS_ISOLATION.test(readFileSync(f, 'utf8')),
);

/** Settings both Node projects share. */
const unit = {
  environment: 'node' as const,
  // The dictionary image the tests tokenise with, built once before the workers start.
  globalSetup: ['tests/setup/dictionary-image.ts'],
  // Timeouts catch a hang, not slowness: a loaded 2-core machine shared with other builds can take
  // many times a quiet run's time (loading the dictionary, a property test's hundreds of runs).
  testTimeout: 120_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...unit,
          name: 'unit',
          include: UNIT_INCLUDE,
          exclude: ISOLATED,
          // One module registry per worker, not per file: the dictionary and the entity model are
          // loaded once per worker (cli/tokenizer.ts keeps them) instead of once in each of ~35 files,
          // and core/ is imported once. These files change no module's state.
          isolate: false,
        },
      },
      {
        test: {
          ...unit,
          name: 'unit-isolated',
          include: ISOLATED.length ? ISOLATED : ['no-such-file'],
          // WXT's content script context reads import.meta.env, which only modules Vite transforms have
          // (tests/lib/content/script-context.test.ts compares it with ours).
          server: { deps: { inline: [/wxt[\\/]dist[\\/]utils[\\/]/] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
