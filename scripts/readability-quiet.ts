/**
 * Build step: @mozilla/readability without its debug logging (and the branches it never takes in a
 * browser). Shutten never passes `debug: true` (lib/content/page/readability.ts), so Readability's
 * `this.log(…)` is its empty function and the messages it is called with (「Removing unlikely
 * candidate - …」「Cleaning Conditionally」) are dead weight in the content script, which ships on every
 * page under a size budget (tests/e2e/perf.test.ts).
 *
 * Four edits of the module's text, nothing else:
 * - each `this.log(` call is marked pure, so the minifier drops the calls (keeping any argument with a
 *   side effect) and their strings;
 * - each `if (this._debug)` becomes `if (false)`, so the debug-only logger and the HTML dumps go with
 *   their branch;
 * - the reasons _cleanConditionally words for removing a node (「Too many inputs per p. (input=3, p=1)」)
 *   become `errs.push(0)`: only how many there are decides, their text is only logged, and what they
 *   interpolate are numbers already computed;
 * - each `if (this._docJSDOMParser` becomes `if (false`: the flag marks a document of Firefox's own
 *   JSDOMParser (its reader view's worker), and Shutten hands Readability a clone of the browser's DOM
 *   (the CLI, which bundles Readability unedited, a linkedom document), so the branches never run.
 * The count of each is checked: a Readability whose text no longer matches fails the build instead of
 * shipping the logging again unnoticed, or changing what it does (the version is pinned in package.json);
 * so does a build that bundles the package without the plugin having edited Readability.js at all.
 */

/** The module, as Vite resolves it (its ESM index imports it; isProbablyReaderable's file has no logging). */
const READABILITY = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

const EDITS = {
  logCalls: { find: /\bthis\.log\(/g, put: '/* @__PURE__ */ this.log(' },
  debugTests: { find: /\bif \(this\._debug\)/g, put: 'if (false)' },
  failedChecks: { find: /\berrs\.push\(\s*`[^`]*`\s*\)/g, put: 'errs.push(0)' },
  jsdomParser: { find: /\bif \(this\._docJSDOMParser\b/g, put: 'if (false' },
} as const;

export type EditCounts = { [K in keyof typeof EDITS]: number };

/** What @mozilla/readability 0.6.0 holds; a different text is a new version to look at. */
export const EXPECTED: EditCounts = { logCalls: 24, debugTests: 4, failedChecks: 8, jsdomParser: 3 };

/** Readability.js's text without its logging; throws when the counts differ from `expected`. */
export function quietReadability(code: string, expected: EditCounts = EXPECTED): string {
  let out = code;
  for (const [name, { find, put }] of Object.entries(EDITS) as [keyof EditCounts, (typeof EDITS)[keyof EditCounts]][]) {
    const found = code.match(find)?.length ?? 0;
    if (found !== expected[name]) {
      throw new Error(
        `readability-quiet: expected ${expected[name]} ${name} in Readability.js, found ${found} ` +
          '(a new version? see scripts/readability-quiet.ts)',
      );
    }
    out = out.replace(find, put);
  }
  return out;
}

/** A module of the package that brings Readability.js (its index does; isProbablyReaderable's file does not). */
const PACKAGE = /[\\/]@mozilla[\\/]readability[\\/](?!Readability-readerable\.js$)/;

/** A Vite plugin, as much of one as this needs (vite is wxt's dependency, not ours to import). */
interface TransformPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
  buildEnd(this: { getModuleIds?: () => Iterable<string> }, error?: Error): void;
}

const bare = (id: string) => id.split('?')[0] ?? id;

/** The Vite plugin (wxt.config.ts): applies quietReadability to Readability.js wherever it is bundled. */
export function readabilityQuiet(): TransformPlugin {
  let edited = false;
  return {
    name: 'shutten:readability-quiet',
    enforce: 'pre',
    transform(code, id) {
      if (!READABILITY.test(bare(id))) return null;
      edited = true;
      return { code: quietReadability(code), map: null };
    },
    // The count check runs only on a file the plugin recognises: a bundle with the package but no edit (its
    // file renamed, resolved elsewhere) would ship the logging again silently, so it fails the build too.
    buildEnd(error) {
      if (error || edited || !this.getModuleIds) return;
      if ([...this.getModuleIds()].some((id) => PACKAGE.test(bare(id)))) {
        throw new Error('readability-quiet: @mozilla/readability is bundled but Readability.js was not edited');
      }
    },
  };
}
