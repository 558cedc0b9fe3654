#!/usr/bin/env node
// Re-stamps every page og:type "website" (as many real sites stamp every page) and its JSON-LD article types
// WebPage, then runs detection: which articles stop being read, which non-articles are taken. A check of the
// signs a reader sees (headline, dateline, prose), since a declared type says nothing on such sites.
// Pages: our fixtures (tests/fixtures/pages/index.json) and every DIR/index.json given (training page sets).
// Prints, for each directory, how many articles flip and how many non-articles are taken once re-stamped.
// Usage: node scripts/restamp-website.mjs [--verbose] [DIR...]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { extractHtml } = await import('../cli/html.ts');

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirs = [join(here, '../tests/fixtures/pages'), ...args.filter((a) => !a.startsWith('--'))];
const ARTICLE_TYPES =
  /"(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Satirical|Advertiser)?(?:Article|BlogPosting|Blog|LiveBlogPosting|SocialMediaPosting)"/g;

/** The page as a site stamping everything 'website' would serve it. */
export function restamped(html) {
  const website = '<meta property="og:type" content="website">';
  const typed = /<meta\b[^>]*\bproperty=["']og:type["'][^>]*>/gi;
  const out = typed.test(html) ? html.replace(typed, website) : html.replace(/<head\b[^>]*>/i, (h) => `${h}${website}`);
  return out.replace(/("@type"\s*:\s*(?:\[[^\]]*\]|"[^"]*"))/g, (t) => t.replace(ARTICLE_TYPES, '"WebPage"'));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
function main() {
  for (const dir of dirs) {
    let arts = 0,
      flips = 0,
      nons = 0,
      taken = 0;
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).pages;
    for (const [name, want] of Object.entries(index)) {
      const html = readFileSync(join(dir, `${name}.html`), 'utf8');
      let page;
      try {
        page = extractHtml(restamped(html));
      } catch (e) {
        console.log(`${name}: error ${e.message}`);
        continue;
      }
      const found = page.isJapanese && page.isArticle;
      if (want.article) arts++;
      else nons++;
      if (want.article && !found) {
        flips++;
        if (verbose) console.log(`flip  ${dir.split('/').pop()}/${name} (${page.reason})`);
      }
      if (!want.article && found) {
        taken++;
        if (verbose) console.log(`taken ${dir.split('/').pop()}/${name}`);
      }
    }
    console.log(`${dir}: articles ${flips} of ${arts} flip; non-articles ${taken} of ${nons} taken`);
  }
}
