import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Test seam: @wxt-dev/storage talks to `globalThis.chrome`; an in-memory fake stands in for it.
vi.hoisted(async () => {
  (globalThis as { chrome?: unknown }).chrome = (await import('wxt/testing/fake-browser')).fakeBrowser;
});
const { loadSettings, saveSetting } = await import('../../../lib/shared/settings');
const { DEFAULT_SETTINGS } = await import('../../../lib/shared/settings-schema');

describe('settings in WXT storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults without writing them, and what was saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await saveSetting('palette', 'contrast');
    await saveSetting('neverSites', ['example.jp']);
    const s = await loadSettings();
    expect(s.palette).toBe('contrast');
    expect(s.neverSites).toEqual(['example.jp']);
  });

  it('falls back to the default for each bad stored value on its own', async () => {
    await fakeBrowser.storage.sync.set({ palette: 'neon', runMode: 'ask', uiLang: 42 });
    await fakeBrowser.storage.local.set({ alwaysSites: ['ok.jp', 7] });
    const s = await loadSettings();
    expect(s.palette).toBe('default');
    expect(s.runMode).toBe('ask');
    expect(s.uiLang).toBe('auto');
    expect(s.alwaysSites).toEqual(['ok.jp']);
  });

  it('reads a version 1 categories value as migrated, and the background’s migration stores it', async () => {
    await fakeBrowser.storage.sync.set({ categories: { figure: true, source: true, date: false, entities: false } });
    const migrated = {
      figure: true,
      source: true,
      date: false,
      person: false,
      organization: false,
      place: false,
    };
    // A page reads it before anything migrated it: nothing is written, the value is read as v2.
    vi.resetModules();
    const fresh = await import('../../../lib/shared/settings');
    expect((await fresh.loadSettings()).categories).toEqual(migrated);
    expect((await fakeBrowser.storage.sync.get('categories$')).categories$).toBeUndefined();
    // The background runs WXT's migration, which stores the v2 value and its version.
    await fresh.migrateSettings();
    expect((await fakeBrowser.storage.sync.get('categories$')).categories$).toEqual({ v: 2 });
    expect((await fakeBrowser.storage.sync.get('categories')).categories).toEqual(migrated);
    expect((await fresh.loadSettings()).categories).toEqual(migrated);
  });

  it('reads all settings in one storage call', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/shared/settings');
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await fresh.loadSettings();
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });
});
