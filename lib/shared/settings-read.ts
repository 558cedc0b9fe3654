import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  isCategoriesV1,
  migrateCategoriesV1,
  type Settings,
  sanitizeCategories,
  sanitizePalette,
  sanitizeRunMode,
  sanitizeSites,
  sanitizeUiLang,
} from './settings-schema';

// Reading the settings needs no storage wrapper: WXT's items keep each value under its own key in its
// area (sync `palette`, local `alwaysSites`), so two plain `storage.get` calls read them all. The content
// script, which runs on every page, reads settings only; keeping @wxt-dev/storage (7.6 KB raw) out of it
// keeps it small. Writing and migrating stay with WXT's items (settings.ts).

const SANITIZE: { [K in keyof Settings]: (v: unknown) => Settings[K] } = {
  categories: sanitizeCategories,
  palette: sanitizePalette,
  runMode: sanitizeRunMode,
  alwaysSites: sanitizeSites,
  neverSites: sanitizeSites,
  uiLang: sanitizeUiLang,
};

/** Every setting's key, in the order Settings declares them. */
export const SETTING_KEYS = Object.keys(SANITIZE) as (keyof Settings)[];

/** Where each setting is stored: choices follow the reader's browsers; the site lists need local's room. */
export const SETTING_AREA: { readonly [K in keyof Settings]: 'sync' | 'local' } = {
  categories: 'sync',
  palette: 'sync',
  runMode: 'sync',
  alwaysSites: 'local',
  neverSites: 'local',
  uiLang: 'sync',
};

const keysIn = (area: 'sync' | 'local') => SETTING_KEYS.filter((k) => SETTING_AREA[k] === area);

/**
 * The settings held in two areas' raw contents, validated (defaults where nothing or nonsense is stored).
 * A categories value still in its version 1 shape is read as its migration makes it, so a page never
 * waits for the background to have migrated it.
 */
export function settingsFrom(sync: Record<string, unknown>, local: Record<string, unknown>): Settings {
  const out = { ...DEFAULT_SETTINGS } as Settings;
  for (const k of SETTING_KEYS) {
    let value = (SETTING_AREA[k] === 'sync' ? sync : local)[k];
    if (value == null) continue;
    if (k === 'categories' && isCategoriesV1(value)) value = migrateCategoriesV1(value);
    (out as unknown as Record<string, unknown>)[k] = SANITIZE[k](value);
  }
  return out;
}

/** Reads every setting, one storage call per area; the defaults serve when storage is unavailable. */
export async function loadSettings(): Promise<Settings> {
  try {
    const [sync, local] = await Promise.all([
      browser.storage.sync.get(keysIn('sync')),
      browser.storage.local.get(keysIn('local')),
    ]);
    return settingsFrom(sync, local);
  } catch {
    // Storage unavailable (a context being torn down): the defaults serve.
    return { ...DEFAULT_SETTINGS } as Settings;
  }
}

/** Whether a storage change touches a setting's value (a write of the same value, or WXT's `key$` meta, does not). */
function touchesSetting(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): boolean {
  return SETTING_KEYS.some((k) => {
    const c = SETTING_AREA[k] === area ? changes[k] : undefined;
    return c !== undefined && JSON.stringify(c.newValue) !== JSON.stringify(c.oldValue);
  });
}

/** Calls `cb` with the full settings whenever any of them changes; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (touchesSetting(changes, area)) void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
