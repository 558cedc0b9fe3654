import { defineConfig } from 'vitest/config';

// Two projects: fast Node tests of core/, tokenizer/, lib/ and cli/, and browser tests that drive the built
// extension in Debian's Chromium (run after `wxt build`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{core,tokenizer,cli,lib,components,entrypoints}/**/*.test.{ts,tsx}'],
          // The dictionary image the tests tokenise with, built once before the workers start.
          globalSetup: ['tests/setup/dictionary-image.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Many files load the dictionary in beforeAll: on a loaded 2-core machine that can take
          // longer than vitest's default 10 s hook timeout.
          hookTimeout: 60_000,
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
