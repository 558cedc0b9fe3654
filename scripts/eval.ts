// Scores Shutten against the evaluation data beside the project (../shared/eval), when it is there:
// articles (.txt and .html) with score.mjs, and the numeric cases with score-cases.mjs. It runs the
// CLI's own analyzeFile in one process (one dictionary load) instead of spawning the CLI per file.
// Each .txt article gets its gold publication date (a .txt has none); .html pages carry their own.
// The dev articles listed in SHUTTEN_BLIND (default 07,15,19,22,26) are a blind check: they are scored
// apart and never printed in detail, so fixes are made on the other articles and the gap between the
// two summaries shows overfitting. `--blind-verbose` prints their details too (only for the final check).
// usage: npm run eval [-- --verbose] [--blind-verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../cli/analyze-file';
import { readInput } from '../cli/read-input';
import { loadNodeTokenizer } from '../cli/tokenizer';
import { analyze } from '../core/analyze';
import { evalNewsSet, HELD_OUT_NEWS_SET } from './news-set';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, process.env.SHUTTEN_SHARED ?? '../shared');
const verbose = process.argv.includes('--verbose');
const blindVerbose = process.argv.includes('--blind-verbose');
const blind = new Set((process.env.SHUTTEN_BLIND ?? '07,15,19,22,26').split(',').filter(Boolean));
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
const score = (script: string, args: string[], detail = verbose) =>
  execFileSync(process.execPath, [join(shared, 'eval', script), ...args, ...(detail ? ['--verbose'] : [])], {
    encoding: 'utf8',
  });
// A gold folder holding only some articles (symlinks), so score.mjs scores that subset alone.
const goldSubset = (name: string, keep: (id: string) => boolean) => {
  const dir = join(out, `gold-${name}`);
  mkdirSync(dir, { recursive: true });
  for (const id of ids.filter(keep)) {
    const link = join(dir, `${id}.json`);
    if (!existsSync(link)) symlinkSync(join(gold, `${id}.json`), link);
  }
  return dir;
};
const devGold = goldSubset('dev', (id) => !blind.has(id));
const blindGold = goldSubset('blind', (id) => blind.has(id));
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
  const all = score('score.mjs', [gold, dir], false);
  const dev = score('score.mjs', [devGold, dir]);
  if (verbose) console.log(`== ${ext} dev (${dir}) ==\n${dev}`);
  summary[ext] = lastJson(all);
  summary[`${ext}_dev`] = lastJson(dev);
  if (blind.size) {
    const held = score('score.mjs', [blindGold, dir], blindVerbose);
    if (blindVerbose) console.log(`== ${ext} blind ==\n${held}`);
    summary[`${ext}_blind`] = lastJson(held);
  }
}

const cases = JSON.parse(readFileSync(join(shared, 'eval/numeric-cases.json'), 'utf8')) as { text: string }[];
const predFile = join(out, 'cases.jsonl');
const lines = cases.map((c) => JSON.stringify(analyze(c.text, tokenizer, { published: '2025-07-10', title: null })));
writeFileSync(predFile, `${lines.join('\n')}\n`);
const caseReport = score('score-cases.mjs', [join(shared, 'eval/numeric-cases.json'), predFile]);
if (verbose) console.log(`== numeric cases ==\n${caseReport}`);
summary.cases = lastJson(caseReport);
// The project's own news paragraphs (tests/fixtures/news), scored for entities only.
const own = evalNewsSet(tokenizer);
if (verbose) console.log(`== own news ==\n${own.details.join('\n')}`);
summary.own_news = own.summary.all;
summary.own_news_held_out = evalNewsSet(tokenizer, HELD_OUT_NEWS_SET).summary.all;
console.log(JSON.stringify(summary));
