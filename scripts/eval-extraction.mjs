#!/usr/bin/env node
// Measures page detection and article extraction against the development corpus:
// for each ../shared/corpus/dev/NN.html (and the seed page) it runs the extension's extraction through
// linkedom and compares the extracted text with the expected body NN.txt.
//   coverage  = share of the expected characters found in the extraction
//   precision = share of the extracted characters that belong to the expected text
//   body prec = precision with the photo-caption lines left out: the dev NN.txt files hold the body
//               without captions, while Shutten keeps captions on purpose (figures are often there).
//               The targets (coverage ≥ 0.98, body precision ≥ 0.95) apply to this one.
// Both come from a longest common subsequence over the texts with white space removed (NFKC-folded, so
// "４４位" and "44位" count as the same characters).
// Detection: every dev page is an article; our own page fixtures (tests/fixtures/pages/index.json) say
// which are and which are not (product and shop pages, bulletin-board threads, portals). The accuracy is
// the share of all these pages judged right.
// The dev articles in SHUTTEN_BLIND (default 07,15,19,22,26) are the project's blind check: they are scored
// in the summary lines only, never row by row.
// Usage: node scripts/eval-extraction.mjs [--verbose] [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { extractHtml } = await import('../cli/html.ts');

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpus = args.find((a) => !a.startsWith('--')) ?? join(here, '../../shared/corpus');
const devDir = join(corpus, 'dev');
const fixtureDir = join(here, '../tests/fixtures/pages');
const blind = new Set((process.env.SHUTTEN_BLIND ?? '07,15,19,22,26').split(',').filter(Boolean));

/** White space removed and NFKC-folded, so only the visible characters are compared. */
const dense = (s) => s.normalize('NFKC').replace(/\s+/g, '');

/** The seed's expected text writes its photo as Markdown: ![caption](url) → caption. */
const unMarkdown = (s) => s.replace(/!\[([^\]]*(?:\[[^\]]*\][^\]]*)*)\]\([^)]*\)/g, '$1');

/** Length of the longest common subsequence of a and b (two rolling rows; O(|a|·|b|) time). */
function lcs(a, b) {
  if (!a.length || !b.length) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1] + 1 : Math.max(cur[j - 1], prev[j]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Expected lines missing from the extraction (for --verbose). */
function missingLines(expected, got) {
  const g = dense(got);
  return expected
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !g.includes(dense(l)));
}

/** Extracted lines that are not part of the expected text (for --verbose). */
function extraLines(expected, got) {
  const e = dense(expected);
  return got
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !e.includes(dense(l)));
}

const cases = readdirSync(devDir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => ({ name: basename(f, '.html'), html: join(devDir, f), txt: join(devDir, f.replace(/\.html$/, '.txt')) }));
cases.push({ name: 'seed', html: join(corpus, 'seed-article.html'), txt: join(corpus, 'seed-article.txt') });

let failures = 0;
const blindRows = [];
let devArticles = 0;
console.log('page  ja    article  reason       chars  coverage  precision  body-prec  captions  ms');
for (const c of cases) {
  const html = readFileSync(c.html, 'utf8');
  const expected = unMarkdown(readFileSync(c.txt, 'utf8'));
  const t0 = performance.now();
  const page = extractHtml(html);
  const ms = performance.now() - t0;
  const got = page.map.text;
  const e = dense(expected);
  const g = dense(got);
  const common = lcs(e, g);
  const coverage = e.length ? common / e.length : 1;
  const precision = g.length ? common / g.length : 0;
  const captions = page.lines.filter((l) => l.kind === 'caption');
  const body = dense(
    page.lines
      .filter((l) => l.kind !== 'caption')
      .map((l) => got.slice(l.start, l.end))
      .join('\n'),
  );
  const bodyPrecision = body.length ? lcs(e, body) / body.length : 0;
  const ok = page.isJapanese && page.isArticle && coverage >= 0.98 && bodyPrecision >= 0.95;
  if (page.isJapanese && page.isArticle) devArticles++;
  if (blind.has(c.name)) {
    blindRows.push({ ok, coverage, bodyPrecision });
    continue;
  }
  if (!ok) failures++;
  console.log(
    `${c.name.padEnd(5)} ${String(page.isJapanese).padEnd(5)} ${String(page.isArticle).padEnd(8)} ${page.reason.padEnd(12)} ` +
      `${String(got.length).padStart(5)}  ${coverage.toFixed(3).padStart(8)}  ${precision.toFixed(3).padStart(9)}  ` +
      `${bodyPrecision.toFixed(3).padStart(9)}  ${String(captions.length).padStart(8)}  ${ms.toFixed(0).padStart(4)}${ok ? '' : '  ✗'}`,
  );
  if (verbose) {
    for (const l of missingLines(expected, got)) console.log(`   - missing: ${l.slice(0, 80)}`);
    for (const l of extraLines(expected, got)) console.log(`   + extra:   ${l.slice(0, 80)}`);
    for (const l of captions) console.log(`   ~ caption: ${got.slice(l.start, l.end).slice(0, 80)}`);
  }
}
console.log(
  failures
    ? `${failures} dev page(s) below target (ja, article, coverage ≥ 0.98, body precision ≥ 0.95)`
    : 'all dev pages on target',
);
if (blindRows.length) {
  const mean = (k) => (blindRows.reduce((n, r) => n + r[k], 0) / blindRows.length).toFixed(3);
  const onTarget = blindRows.filter((r) => r.ok).length;
  console.log(
    `blind: ${onTarget}/${blindRows.length} on target, mean coverage ${mean('coverage')}, mean body precision ${mean('bodyPrecision')}`,
  );
}

// Detection over our own fixtures (articles and pages that are not) and the dev pages (all articles).
const index = JSON.parse(readFileSync(join(fixtureDir, 'index.json'), 'utf8')).pages;
let fixturesRight = 0;
const wrong = [];
const counts = { articles: 0, articlesFound: 0, others: 0, othersRejected: 0 };
for (const [name, want] of Object.entries(index)) {
  const page = extractHtml(readFileSync(join(fixtureDir, `${name}.html`), 'utf8'));
  const found = page.isJapanese && page.isArticle;
  if (want.article) counts.articles++;
  else counts.others++;
  if (found === want.article) {
    fixturesRight++;
    if (want.article) counts.articlesFound++;
    else counts.othersRejected++;
  } else wrong.push(`${name} (${want.kind}): judged ${found ? 'an article' : `not (${page.reason})`}`);
}
for (const w of wrong) console.log(`   ✗ detection: ${w}`);
const total = cases.length + Object.keys(index).length;
const right = devArticles + fixturesRight;
console.log(
  `detection: dev ${devArticles}/${cases.length} articles found; fixtures ${counts.articlesFound}/${counts.articles} articles found, ` +
    `${counts.othersRejected}/${counts.others} non-articles rejected; accuracy ${(right / total).toFixed(3)} (${right}/${total})`,
);
process.exitCode = failures || wrong.length ? 1 : 0;
