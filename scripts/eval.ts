// Scores Shutten against the evaluation data beside the project (../shared/eval), when it is there:
// articles (.txt and .html) with score.mjs, and the numeric cases with score-cases.mjs. It runs the
// CLI's own analyzeFile in one process (one dictionary load) instead of spawning the CLI per file.
// Each .txt article gets its gold publication date (a .txt has none); .html pages carry their own.
// usage: npm run eval [-- --verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../cli/main';
import { readInput } from '../cli/read-input';
import { loadNodeTokenizer } from '../cli/tokenizer';
import { analyze } from '../core/analyze';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, process.env.SHUTTEN_SHARED ?? '../shared');
const verbose = process.argv.includes('--verbose');
if (!existsSync(join(shared, 'eval'))) {
  console.error(`no evaluation data at ${shared}/eval`);
  process.exit(2);
}
const tokenizer = await loadNodeTokenizer();
const gold = join(shared, 'eval/gold');
const corpusPath = (id: string, ext: string) =>
  id === 'seed-article' ? join(shared, `corpus/${id}.${ext}`) : join(shared, `corpus/dev/${id}.${ext}`);
const ids = readdirSync(gold)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const out = process.env.SHUTTEN_EVAL_OUT ?? join(tmpdir(), `shutten-eval-${process.pid}`);
const score = (script: string, args: string[]) =>
  execFileSync(process.execPath, [join(shared, 'eval', script), ...args, ...(verbose ? ['--verbose'] : [])], {
    encoding: 'utf8',
  });
const lastJson = (report: string) => JSON.parse(report.trim().split('\n').pop() as string);

const summary: Record<string, unknown> = {};
for (const ext of ['txt', 'html']) {
  const dir = join(out, ext);
  mkdirSync(dir, { recursive: true });
  for (const id of ids) {
    const published = JSON.parse(readFileSync(join(gold, `${id}.json`), 'utf8')).published as string | undefined;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(published ?? '') ? (published as string) : null;
    const path = corpusPath(id, ext);
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(analyzeFile(path, readInput(path), tokenizer, date)));
  }
  const report = score('score.mjs', [gold, dir]);
  if (verbose) console.log(`== ${ext} (${dir}) ==\n${report}`);
  summary[ext] = lastJson(report);
}

const cases = JSON.parse(readFileSync(join(shared, 'eval/numeric-cases.json'), 'utf8')) as { text: string }[];
const predFile = join(out, 'cases.jsonl');
const lines = cases.map((c) => JSON.stringify(analyze(c.text, tokenizer, { published: '2025-07-10', title: null })));
writeFileSync(predFile, `${lines.join('\n')}\n`);
const caseReport = score('score-cases.mjs', [join(shared, 'eval/numeric-cases.json'), predFile]);
if (verbose) console.log(`== numeric cases ==\n${caseReport}`);
summary.cases = lastJson(caseReport);
console.log(JSON.stringify(summary));
