#!/usr/bin/env node
// Scores the entity finder on the Stockmark Wikipedia NER test split (sentence index % 5 === 0) through
// the CLI's `--lines --json` output: exact-span typed F1, untyped F1 and per-type F1, dataset types
// mapped to ours as in ../shared/ner/README.md.  Usage: node scripts/eval-ner.mjs [--split dev]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TYPE = {
  人名: 'person',
  法人名: 'organization',
  政治的組織名: 'organization',
  その他の組織名: 'organization',
  地名: 'place',
  施設名: 'place',
  製品名: 'product',
  イベント名: 'event',
};
const dataPath = new URL('../../shared/ner/ner-wikipedia.json', import.meta.url);
const data = JSON.parse(readFileSync(dataPath, 'utf8'));
// --split dev scores index % 5 === 1 instead (for development; the test split is for reporting only).
const rest = process.argv.includes('--split') && process.argv[process.argv.indexOf('--split') + 1] === 'dev' ? 1 : 0;
const split = data.filter((_, i) => i % 5 === rest);
if (split.some((s) => /[\r\n]/.test(s.text)))
  throw new Error('a sentence contains a line break: --lines would misalign');

const dir = mkdtempSync(join(tmpdir(), 'eval-ner-'));
const input = join(dir, 'sentences.txt');
writeFileSync(input, `${split.map((s) => s.text).join('\n')}\n`);
const cli = new URL('../cli/bin.mjs', import.meta.url).pathname;
const started = Date.now();
const lines = execFileSync('node', [cli, 'analyze', '--lines', '--json', input], {
  maxBuffer: 1 << 28,
  encoding: 'utf8',
})
  .trim()
  .split('\n');
const ms = Date.now() - started;
if (lines.length !== split.length) throw new Error(`expected ${split.length} lines, got ${lines.length}`);

const counts = new Map(); // key → {tp, np, ng}
const bump = (k, f, n = 1) => {
  const c = counts.get(k) ?? { tp: 0, np: 0, ng: 0 };
  c[f] += n;
  counts.set(k, c);
};
split.forEach((s, i) => {
  const pred = JSON.parse(lines[i]).entities.map((e) => ({ span: `${e.start}:${e.end}`, type: e.type }));
  const gold = s.entities.map((e) => ({ span: `${e.span[0]}:${e.span[1]}`, type: TYPE[e.type] }));
  const goldTyped = new Set(gold.map((g) => `${g.span}|${g.type}`));
  const goldSpans = new Set(gold.map((g) => g.span));
  for (const g of gold) {
    bump('typed', 'ng');
    bump('untyped', 'ng');
    bump(g.type, 'ng');
  }
  for (const p of pred) {
    bump('typed', 'np');
    bump('untyped', 'np');
    bump(p.type, 'np');
    if (goldTyped.has(`${p.span}|${p.type}`)) {
      bump('typed', 'tp');
      bump(p.type, 'tp');
    }
    if (goldSpans.has(p.span)) bump('untyped', 'tp');
  }
});
const f1 = ({ tp, np, ng }) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return {
    p: p.toFixed(3),
    r: r.toFixed(3),
    f1: (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3),
    tp,
    pred: np,
    gold: ng,
  };
};
console.log(`Stockmark ${rest === 0 ? 'test' : 'dev'} split: ${split.length} sentences, CLI ${ms} ms`);
for (const k of ['typed', 'untyped', 'person', 'organization', 'place', 'product', 'event']) {
  if (counts.has(k)) console.log(`${k.padEnd(13)} ${JSON.stringify(f1(counts.get(k)))}`);
}
