import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quietReadability } from '../../../../scripts/readability-quiet';
import {
  EXPECTED_MEMBERS,
  readabilityShortNames,
  shortenReadability,
} from '../../../../scripts/readability-short-names';
import { unusedOut } from '../../../../scripts/readability-unused';
import { fixture } from './load';

// The content script's Readability has its own members renamed short at build time, after its logging went
// (scripts/readability-short-names.ts): the same parse of every page, only fewer bytes.
const require = createRequire(import.meta.url);
const PATH = require.resolve('@mozilla/readability/Readability.js');
const SOURCE = readFileSync(PATH, 'utf8');
const PAGES = readdirSync(join(__dirname, '../../../fixtures/pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));

type ReadabilityClass = new (doc: Document, options?: object) => { parse(): unknown };
const Original = require(PATH) as ReadabilityClass;

/** Readability as the content script bundles it: quiet, then its members renamed. */
function shippedClass(): ReadabilityClass {
  const mod = { exports: {} as unknown };
  new Function('module', 'exports', shortenReadability(quietReadability(SOURCE)))(mod, mod.exports);
  return mod.exports as ReadabilityClass;
}

describe('Readability with short member names', () => {
  it('renames its own members and leaves other objects’ properties alone', () => {
    const short = shortenReadability(quietReadability(SOURCE));
    expect(short).not.toMatch(/\._(?:getInnerText|articleTitle|removeAndGetNext|doc)\b/);
    // The flag on the page's tables gets a fixed short name no DOM property has; JSDOMParser's live-list
    // flag is not Readability's.
    expect(short).toMatch(/table\._rdt = /);
    expect(short).not.toMatch(/_readabilityDataTable/);
    // Its constants and patterns go short too, and the score on each node under a fixed name of its own;
    // a DOM node's TEXT_NODE stays.
    expect(short).not.toMatch(/FLAG_STRIP_UNLIKELYS|DIV_TO_P_ELEMS|REGEXPS|unlikelyCandidates|\.contentScore/);
    expect(short).toMatch(/node\._rs = \{/);
    expect(short).not.toMatch(/\.readability\b/);
    expect(short).toMatch(/this\.TEXT_NODE/);
    // (JSDOMParser's branches are gone after readability-quiet: the unedited text shows its names kept.)
    expect(shortenReadability(SOURCE)).toMatch(/nodeList\._isLiveNodeList/);
    expect(shortenReadability(SOURCE)).toMatch(/__JSDOMParser__/);
    // The logging marked pure by readability-quiet stays marked for the minifier.
    expect(short.match(/\/\* @__PURE__ \*\/ this\.log\(/g)?.length).toBeGreaterThan(0);
  });

  it('reads every page fixture exactly as Readability itself does', () => {
    const Shipped = shippedClass();
    for (const name of PAGES) {
      const read = (R: ReadabilityClass) => JSON.stringify(new R(fixture(name), { charThreshold: 100 }).parse());
      expect(read(Shipped), name).toBe(read(Original));
    }
  });

  it('fails the build on a Readability whose members it does not know', () => {
    expect(() => shortenReadability(SOURCE, EXPECTED_MEMBERS + 1)).toThrow(
      new RegExp(`readability-short-names: expected ${EXPECTED_MEMBERS + 1} members`),
    );
    const plugin = readabilityShortNames();
    expect(plugin.transform(unusedOut(quietReadability(SOURCE)), PATH)?.code).not.toMatch(/this\._getInnerText/);
    expect(plugin.transform('export const x = 1;', '/app/lib/content/page/readability.ts')).toBeNull();
  });
});
