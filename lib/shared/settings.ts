import { storage } from 'wxt/utils/storage';
import { loadSettings, SETTING_AREA, SETTING_KEYS } from './settings-read';
import {
  type CategorySwitches,
  DEFAULT_SETTINGS,
  mergeSetting,
  migrateCategoriesV1,
  type Palette,
  type RunMode,
  type Settings,
  sanitizeSites,
  type UiLangChoice,
} from './settings-schema';

/** A setting's storage key, in the area settings-read.ts reads it from: 「sync:palette」「local:alwaysSites」. */
const keyOf = (k: keyof Settings) => `${SETTING_AREA[k]}:${k}` as const;

/**
 * One WXT storage item per setting. Choices (categories, palette, run mode, language) live in sync
 * storage, so they follow the reader's browsers; the site lists live in local storage, where a
 * list of 600 sites fits (sync storage allows 8 KB per item, about 500 host names).
 * `fallback` is read, never written, when nothing is stored; every read is validated, so a bad
 * stored value (another version, a hand edit) yields the default instead of breaking the page.
 * Defined on first write or migration only: WXT reads storage once per item when it is defined,
 * and the content script on every page needs one read per area, not thirteen (see loadSettings).
 */
function defineItems() {
  return {
    categories: storage.defineItem<CategorySwitches>(keyOf('categories'), {
      fallback: DEFAULT_SETTINGS.categories,
      version: 2,
      migrations: { 2: migrateCategoriesV1 },
    }),
    palette: storage.defineItem<Palette>(keyOf('palette'), { fallback: DEFAULT_SETTINGS.palette, version: 1 }),
    runMode: storage.defineItem<RunMode>(keyOf('runMode'), { fallback: DEFAULT_SETTINGS.runMode, version: 1 }),
    alwaysSites: storage.defineItem<string[]>(keyOf('alwaysSites'), { fallback: [], version: 1 }),
    neverSites: storage.defineItem<string[]>(keyOf('neverSites'), { fallback: [], version: 1 }),
    uiLang: storage.defineItem<UiLangChoice>(keyOf('uiLang'), { fallback: DEFAULT_SETTINGS.uiLang, version: 1 }),
  };
}
let items: ReturnType<typeof defineItems> | null = null;
const defined = () => {
  items ??= defineItems();
  return items;
};

const SITE_LISTS = ['alwaysSites', 'neverSites'] as const;

// Reading and watching need no wrapper (settings-read.ts, which the content script imports alone).
export { loadSettings, watchSettings } from './settings-read';

/**
 * Runs the stored settings' migrations (the background calls this at start): WXT's versioned items,
 * and the site lists of earlier versions, which lived in sync storage, moved to local storage.
 */
export async function migrateSettings(): Promise<void> {
  try {
    for (const k of SITE_LISTS) {
      const [old, now] = await Promise.all([storage.getItem(`sync:${k}`), storage.getItem(`local:${k}`)]);
      if (old == null) continue;
      if (now == null) await storage.setItem(`local:${k}`, sanitizeSites(old));
      await storage.removeItem(`sync:${k}`, { removeMeta: true });
    }
  } catch {
    // Tried again at the next start.
  }
  await Promise.all(
    SETTING_KEYS.map((k) =>
      defined()
        [k].getValue()
        .catch(() => undefined),
    ),
  );
}

/** What became of a save: stored, or not (storage full, or the browser refused), with why. */
export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'failed' };

/**
 * Stores one setting; never throws. With `base` (the value the window showed when the reader made
 * the change), only what the reader changed is applied to what storage holds now, so a window
 * with a stale view (Options left open while the popup turned a site off) does not write it back.
 */
export async function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  base?: Settings[K],
): Promise<SaveResult> {
  try {
    const next = base === undefined ? value : mergeSetting(key, (await loadSettings())[key], base, value);
    await (defined()[key] as unknown as { setValue: (v: Settings[K]) => Promise<void> }).setValue(next);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: /quota/i.test(String(e)) ? 'quota' : 'failed' };
  }
}
