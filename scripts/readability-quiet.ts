/**
 * Build step: @mozilla/readability without its debug logging. Shutten never passes `debug: true`
 * (lib/content/page/readability.ts), so Readability's `this.log(…)` is its empty function and the
 * messages it is called with (「Removing unlikely candidate - …」「Cleaning Conditionally」) are dead
 * weight in the content script, which ships on every page under a size budget (tests/e2e/perf.test.ts).
 *
 * Two edits of the module's text, nothing else: each `this.log(` call is marked pure, so the minifier
 * drops the calls (keeping any argument with a side effect) and their strings; each `if (this._debug)`
 * becomes `if (false)`, so the debug-only logger and the HTML dumps go with their branch. The count of
 * each is checked: a Readability whose text no longer matches fails the build instead of shipping the
 * logging again unnoticed (the version is pinned in package.json).
 */
/** The module, as Vite resolves it (its ESM index imports it; isProbablyReaderable's file has no logging). */
const READABILITY = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;
const LOG_CALL = /\bthis\.log\(/g;
const DEBUG_TEST = /\bif \(this\._debug\)/g;

/** What @mozilla/readability 0.6.0 holds; a different text is a new version to look at. */
export const EXPECTED = { logCalls: 24, debugTests: 4 } as const;

/** Readability.js's text without its logging; throws when the counts differ from `expected`. */
export function quietReadability(code: string, expected: { logCalls: number; debugTests: number } = EXPECTED): string {
  const logCalls = code.match(LOG_CALL)?.length ?? 0;
  const debugTests = code.match(DEBUG_TEST)?.length ?? 0;
  if (logCalls !== expected.logCalls || debugTests !== expected.debugTests) {
    throw new Error(
      `readability-quiet: expected ${expected.logCalls} this.log( calls and ${expected.debugTests} if (this._debug) ` +
        `tests in Readability.js, found ${logCalls} and ${debugTests} (a new version? see scripts/readability-quiet.ts)`,
    );
  }
  return code.replace(LOG_CALL, '/* @__PURE__ */ this.log(').replace(DEBUG_TEST, 'if (false)');
}

/** A Vite plugin, as much of one as this needs (vite is wxt's dependency, not ours to import). */
interface TransformPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
}

/** The Vite plugin (wxt.config.ts): applies quietReadability to Readability.js wherever it is bundled. */
export function readabilityQuiet(): TransformPlugin {
  return {
    name: 'shutten:readability-quiet',
    enforce: 'pre',
    transform(code, id) {
      if (!READABILITY.test(id.split('?')[0] ?? id)) return null;
      return { code: quietReadability(code), map: null };
    },
  };
}
