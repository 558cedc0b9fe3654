import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { analyzeFile } from '../cli/analyze-file';
import { writeAnalysisJson } from '../cli/json-out';
import type { Tokenizer } from '../core/types';

// The golden set: the CLI's JSON on the project's own fixture articles (never ../shared: those are
// other people's text), kept in tests/golden/ so that any change of the engine's output shows in review
// as a diff of these files. `npm run golden` writes them; tests/cli/golden.test.ts compares.

/** The project's root folder. */
const ROOT = join(import.meta.dirname, '..');
/** Where the fixtures are read from. */
export const FIXTURES = join(ROOT, 'tests/fixtures');
/** Where the golden JSON lives: one file per fixture, at the fixture's path with .json. */
export const GOLDEN = join(ROOT, 'tests/golden');

/** Fixture folders whose articles are in the set (their .txt and .html files), and single files. */
const FOLDERS = ['news', 'news-heldout', 'pages', 'e2e'];
const FILES = ['sample-article.html'];

/** Every input of the golden set, as paths relative to tests/fixtures/, sorted. */
export function goldenInputs(): string[] {
  const inFolders = FOLDERS.flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => `${dir}/${f}`),
  );
  return [...FILES, ...inFolders].sort();
}

/** The golden file of a fixture (relative to tests/fixtures/): news/tech-1.txt → tests/golden/news/tech-1.json. */
export function goldenPath(input: string): string {
  return join(GOLDEN, input.replace(/\.(txt|html)$/, '.json'));
}

/** The golden files that exist, relative to tests/golden/ (to find ones whose fixture is gone). */
export function goldenFiles(): string[] {
  return readdirSync(GOLDEN, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/**
 * What `shutten analyze FIXTURE --json` prints for one fixture (no --published: dates resolve only
 * against what the text itself says), through the same analyzeFile and JSON writer as the CLI.
 */
export function goldenJson(input: string, tokenizer: Tokenizer): string {
  const text = readFileSync(join(FIXTURES, input), 'utf8');
  let out = '';
  writeAnalysisJson(analyzeFile(input, text, tokenizer, null), 2, (s) => {
    out += s;
  });
  return `${out}\n`;
}
