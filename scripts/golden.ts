// Writes the golden JSON (tests/golden/): the CLI's output on the project's own fixture articles, so a
// change of the engine's output shows in review as a diff of these files. Run after an intended change
// of behaviour, and review the diff before committing it: `npm run golden`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadNodeTokenizer } from '../cli/tokenizer';
import { GOLDEN, goldenInputs, goldenJson, goldenPath } from './golden-set';

const tokenizer = await loadNodeTokenizer();
// Written afresh: the golden file of a fixture that was removed goes with it.
rmSync(GOLDEN, { recursive: true, force: true });
const inputs = goldenInputs();
for (const input of inputs) {
  const path = goldenPath(input);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, goldenJson(input, tokenizer));
}
console.log(`golden: ${inputs.length} files in tests/golden/`);
