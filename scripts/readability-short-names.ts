import { transformSync } from 'esbuild';
import { MEMBERS_TAKEN_OUT } from './readability-unused';

/**
 * Build step: @mozilla/readability with short names for its own members. Readability keeps its state and
 * helpers on the instance under names starting with `_` (`this._getInnerText(…)`, `this._articleTitle`,
 * `this._removeAndGetNext(…)`: 300-odd uses), and the minifier renames variables, never properties, so
 * every use shipped its whole name in the content script, which runs on every page under a size budget
 * (tests/e2e/perf.test.ts). esbuild's property mangling gives each of them a short name, the same at every
 * use in the file, chosen apart from every other property name the file uses (esbuild's own rule).
 *
 * Only Readability's own members are renamed that way. The flag it leaves on the page's tables
 * (`table._readabilityDataTable`, on the DOM node, whose other properties an esbuild short name could meet)
 * gets a fixed short name of its own, `_rdt` (no DOM property starts with `_`); JSDOMParser's
 * `nodeList._isLiveNodeList`, another object's, stays. Quoted names (the log's
 * "_setNodeTag", gone with the logging anyway) are never touched. Nothing outside Readability.js reads
 * its members: lib/content/page/readability.ts calls `new Readability(…).parse()` and reads the result,
 * whose fields have no `_`. The count of renamed names is checked, so a new version of the package (it is
 * pinned in package.json) fails the build instead of being renamed unseen.
 */

/**
 * Readability's own members: `_` then a letter (`__JSDOMParser__`, another object's, does not match); its
 * constants on the prototype (`this.FLAG_STRIP_UNLIKELYS`, `this.DIV_TO_P_ELEMS`, `this.REGEXPS` and the
 * patterns in it that no other object names: `REGEXPS.unlikelyCandidates`); and the score it keeps on each
 * node it weighs (`node.readability.contentScore`, the inner name on its own object). `ELEMENT_NODE` and
 * `TEXT_NODE` are a DOM node's names too, and `normalize` a string's: they stay.
 */
const MEMBERS =
  /^(?:_[a-zA-Z].*|FLAG_[A-Z_]+|DEFAULT_[A-Z_]+|DIV_TO_P_ELEMS|ALTER_TO_DIV_EXCEPTIONS|PHRASING_ELEMS|UNLIKELY_ROLES|HTML_ESCAPE_MAP|REGEXPS|unlikelyCandidates|okMaybeItsACandidate|shareElements|hasContent|hashUrl|adWords|loadingWords|contentScore|readability)$/;
/** Other objects' properties that happen to start with `_`. */
const FOREIGN = /^_isLiveNodeList$/;

/** The flag on the page's tables and the score on its nodes, under short names of their own that no DOM property has. */
const TABLE_FLAG = { _readabilityDataTable: '_rdt', readability: '_rs' };

/**
 * How many members, constants and node-score names @mozilla/readability 0.6.0's Readability.js has (74
 * members, 21 others); a different count is a new version.
 */
export const EXPECTED_MEMBERS = 95;

/** Readability.js's text with its members renamed short; throws when their count differs from `expected`. */
export function shortenReadability(code: string, expected: number = EXPECTED_MEMBERS): string {
  const mangleCache = { ...TABLE_FLAG };
  const out = transformSync(code, { mangleProps: MEMBERS, reserveProps: FOREIGN, mangleCache, loader: 'js' });
  const renamed = Object.keys(out.mangleCache ?? {}).length - Object.keys(TABLE_FLAG).length;
  if (renamed !== expected) {
    throw new Error(
      `readability-short-names: expected ${expected} members in Readability.js, found ${renamed} ` +
        '(a new version? see scripts/readability-short-names.ts)',
    );
  }
  return out.code;
}

/** A Vite plugin, as much of one as this needs (vite is wxt's dependency, not ours to import). */
interface TransformPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
}

/** The module, as Vite resolves it. */
const READABILITY = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

/** The Vite plugin (wxt.config.ts, after readabilityQuiet): applies shortenReadability to Readability.js. */
export function readabilityShortNames(): TransformPlugin {
  return {
    name: 'shutten:readability-short-names',
    enforce: 'pre',
    transform(code, id) {
      if (!READABILITY.test(id.split('?')[0] ?? id)) return null;
      // It runs after readabilityUnused, which takes some members out whole.
      return { code: shortenReadability(code, EXPECTED_MEMBERS - MEMBERS_TAKEN_OUT.length), map: null };
    },
  };
}
