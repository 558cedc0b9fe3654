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
 * Defined on first write or migration only: WXT reads storage once per item when it is defined,
 * and the content script on every page needs one read, not thirteen (see loadSettings).
 */
function defineItems() {
  return {
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
}
let items: ReturnType<typeof defineItems> | null = null;
const defined = () => {
  items ??= defineItems();
  return items;
};

const SANITIZE: { [K in keyof Settings]: (v: unknown) => Settings[K] } = {
  categories: sanitizeCategories,
  palette: sanitizePalette,
  runMode: sanitizeRunMode,
  alwaysSites: sanitizeSites,
  neverSites: sanitizeSites,
  uiLang: sanitizeUiLang,
};

const KEYS = Object.keys(SANITIZE) as (keyof Settings)[];
/** WXT keeps an item's version beside it under `<key>$` ({ v: 2 }). */
const CATEGORIES_META = 'sync:categories$';

/**
 * Reads every setting in one storage call (validated; defaults where nothing or nonsense is
 * stored). A categories value still in its version 1 shape is read as its migration makes it, so
 * a page never waits for the background to have migrated it.
 */
export async function loadSettings(): Promise<Settings> {
  const out = { ...DEFAULT_SETTINGS } as Settings;
  try {
    const read = await storage.getItems([...KEYS.map((k) => `sync:${k}` as const), CATEGORIES_META]);
    const byKey = new Map(read.map((r) => [r.key, r.value as unknown]));
    const meta = byKey.get(CATEGORIES_META) as { v?: unknown } | null | undefined;
    const categoriesV1 = typeof meta?.v !== 'number' || meta.v < 2;
    for (const k of KEYS) {
      let value = byKey.get(`sync:${k}`);
      if (value == null) continue;
      if (k === 'categories' && categoriesV1) value = migrateCategoriesV1(value);
      (out as unknown as Record<string, unknown>)[k] = SANITIZE[k](value);
    }
  } catch {
    // Storage unavailable (a context being torn down): the defaults serve.
  }
  return out;
}

/** Runs the stored settings' migrations (the background calls this at start). */
export async function migrateSettings(): Promise<void> {
  await Promise.all(
    KEYS.map((k) =>
      defined()
        [k].getValue()
        .catch(() => undefined),
    ),
  );
}

/** Stores one setting. */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await (defined()[key] as unknown as { setValue: (v: Settings[K]) => Promise<void> }).setValue(value);
}

/** Calls `cb` with the full settings whenever any of them changes; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const offs = KEYS.map((k) => storage.watch(`sync:${k}`, () => void loadSettings().then(cb)));
  return () => {
    for (const off of offs) off();
  };
}
