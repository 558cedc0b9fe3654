import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../cli/tokenizer';
import type { Tokenizer } from '../../core/types';
import { goldenFiles, goldenInputs, goldenJson, goldenPath } from '../../scripts/golden-set';

// The engine's output on our own fixture articles must be what tests/golden/ holds. A change of
// behaviour fails here with the lines that changed; if the change is intended, `npm run golden`
// rewrites the files and the review sees the same diff.

const inputs = goldenInputs();
let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

describe('golden CLI JSON (tests/golden/)', () => {
  it('has one golden file per fixture article, and none for a fixture that is gone', () => {
    const expected = inputs.map((i) => goldenPath(i).replace(/^.*\/tests\/golden\//, '')).sort();
    expect(goldenFiles(), 'tests/golden/ is out of step with the fixtures: run `npm run golden`').toEqual(expected);
    expect(inputs.length).toBeGreaterThanOrEqual(40);
  });

  it.each(inputs)('%s', (input) => {
    const path = goldenPath(input);
    expect(existsSync(path), `${path} is missing: run \`npm run golden\``).toBe(true);
    expect(
      goldenJson(input, tokenizer),
      `the analysis of tests/fixtures/${input} changed (- golden, + now); if intended, run \`npm run golden\` and review the diff`,
    ).toBe(readFileSync(path, 'utf8'));
  });
});
