import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EXPECTED, quietReadability, readabilityQuiet } from '../../../../scripts/readability-quiet';
import { fixture } from './load';

// The content script's Readability has its debug logging taken out at build time (scripts/readability-quiet.ts):
// the same parse on every page, only without the messages its empty logger was called with.
const require = createRequire(import.meta.url);
const PATH = require.resolve('@mozilla/readability/Readability.js');
const SOURCE = readFileSync(PATH, 'utf8');

type ReadabilityClass = new (doc: Document, options?: object) => { parse(): unknown };
const Original = require(PATH) as ReadabilityClass;

function quietClass(): ReadabilityClass {
  const mod = { exports: {} as unknown };
  new Function('module', 'exports', quietReadability(SOURCE))(mod, mod.exports);
  return mod.exports as ReadabilityClass;
}

describe('Readability without its debug logging', () => {
  it('marks every log call pure, turns off every debug branch and leaves failed checks unworded', () => {
    const quiet = quietReadability(SOURCE);
    expect(quiet.match(/\/\* @__PURE__ \*\/ this\.log\(/g)).toHaveLength(EXPECTED.logCalls);
    expect(quiet).not.toMatch(/if \(this\._debug\)/);
    expect(quiet.match(/errs\.push\(0\)/g)).toHaveLength(EXPECTED.failedChecks);
    expect(quiet).not.toMatch(/Too many inputs per p/);
    expect(quiet).not.toMatch(/if \(this\._docJSDOMParser/);
  });

  it.each(['brief', 'column', 'blog-post', 'ad-agency-story', 'chronology-story'])(
    'reads the %s fixture exactly as Readability itself does',
    (name) => {
      const Quiet = quietClass();
      const read = (R: ReadabilityClass) => JSON.stringify(new R(fixture(name), { charThreshold: 100 }).parse());
      expect(read(Quiet)).toBe(read(Original));
    },
  );

  it('fails the build on a Readability whose text it does not know', () => {
    expect(() => quietReadability(SOURCE, { ...EXPECTED, logCalls: EXPECTED.logCalls + 1 })).toThrow(
      /readability-quiet: expected 25 logCalls/,
    );
    expect(() => quietReadability(SOURCE, { ...EXPECTED, failedChecks: 7 })).toThrow(/expected 7 failedChecks/);
  });

  it('fails the build that bundles the package without editing Readability.js (a renamed file, another path)', () => {
    const index = '/app/node_modules/@mozilla/readability/index.js';
    const ids = (...list: string[]) => ({ getModuleIds: () => list });
    const plugin = readabilityQuiet();
    expect(() => plugin.buildEnd.call(ids('/app/lib/content/index.ts', index))).toThrow(/was not edited/);
    expect(() => plugin.buildEnd.call(ids('/app/entrypoints/popup/main.tsx'))).not.toThrow();
    expect(() =>
      plugin.buildEnd.call(ids('/app/node_modules/@mozilla/readability/Readability-readerable.js')),
    ).not.toThrow();
    expect(plugin.transform(SOURCE, PATH)?.code).toContain('errs.push(0)');
    expect(() => plugin.buildEnd.call(ids(index, PATH))).not.toThrow();
  });
});
