import { storage } from 'wxt/utils/storage';
import {
  type CategorySwitches,
  DEFAULT_SETTINGS,
  migrateCategoriesV1,
  type Palette,
  type RunMode,
  type Settings,
  sanitizeCategories,
  sanitizePalette,
  sanitizeRunMode,
  sanitizeSites,
  sanitizeUiLang,
  type UiLangChoice,
} from './settings-schema';

/**
 * One WXT storage item per setting, in sync storage so the choice follows the reader's browsers.
 * `fallback` is read, never written, when nothing is stored; every read is validated, so a bad
 * stored value (another version, a hand edit) yields the default instead of breaking the page.
 */
const items = {
  categories: storage.defineItem<CategorySwitches>('sync:categories', {
    fallback: DEFAULT_SETTINGS.categories,
    version: 2,
    migrations: { 2: migrateCategoriesV1 },
  }),
  palette: storage.defineItem<Palette>('sync:palette', { fallback: DEFAULT_SETTINGS.palette, version: 1 }),
  runMode: storage.defineItem<RunMode>('sync:runMode', { fallback: DEFAULT_SETTINGS.runMode, version: 1 }),
  alwaysSites: storage.defineItem<string[]>('sync:alwaysSites', { fallback: [], version: 1 }),
  neverSites: storage.defineItem<string[]>('sync:neverSites', { fallback: [], version: 1 }),
  uiLang: storage.defineItem<UiLangChoice>('sync:uiLang', { fallback: DEFAULT_SETTINGS.uiLang, version: 1 }),
};

const SANITIZE: { [K in keyof Settings]: (v: unknown) => Settings[K] } = {
  categories: sanitizeCategories,
  palette: sanitizePalette,
  runMode: sanitizeRunMode,
  alwaysSites: sanitizeSites,
  neverSites: sanitizeSites,
  uiLang: sanitizeUiLang,
};

const KEYS = Object.keys(items) as (keyof Settings)[];

/** Reads every setting (validated; defaults where nothing or nonsense is stored). */
export async function loadSettings(): Promise<Settings> {
  const out = { ...DEFAULT_SETTINGS } as Settings;
  await Promise.all(
    KEYS.map(async (k) => {
      try {
        (out as unknown as Record<string, unknown>)[k] = SANITIZE[k](await items[k].getValue());
      } catch {
        // Storage unavailable (a context being torn down): the default serves.
      }
    }),
  );
  return out;
}

/** Stores one setting. */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await (items[key] as unknown as { setValue: (v: Settings[K]) => Promise<void> }).setValue(value);
}

/** Calls `cb` with the full settings whenever any of them changes; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const offs = KEYS.map((k) => items[k].watch(() => void loadSettings().then(cb)));
  return () => {
    for (const off of offs) off();
  };
}
