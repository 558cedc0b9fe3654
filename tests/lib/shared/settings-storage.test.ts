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

  it('the page’s reader (settings-read, no storage wrapper) reads what the wrapper wrote, and each area once', async () => {
    vi.resetModules();
    const { saveSetting } = await import('../../../lib/shared/settings');
    const read = await import('../../../lib/shared/settings-read');
    await saveSetting('palette', 'colorblind');
    await saveSetting('alwaysSites', ['news.example.jp']);
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const s = await read.loadSettings();
    expect(s).toMatchObject({ palette: 'colorblind', alwaysSites: ['news.example.jp'], runMode: 'auto' });
    expect([sync.mock.calls.length, local.mock.calls.length]).toEqual([1, 1]);
    sync.mockRestore();
    local.mockRestore();
  });

  it('the page’s watcher fires on a changed setting, not on a same-value write, a meta key or another area', async () => {
    vi.resetModules();
    const read = await import('../../../lib/shared/settings-read');
    const seen: string[] = [];
    const off = read.watchSettings((s) => seen.push(s.palette));
    await fakeBrowser.storage.sync.set({ palette$: { v: 1 } });
    await fakeBrowser.storage.local.set({ palette: 'contrast' });
    await fakeBrowser.storage.sync.set({ other: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    await fakeBrowser.storage.sync.set({ palette: 'contrast' });
    await vi.waitFor(() => expect(seen).toEqual(['contrast']));
    await fakeBrowser.storage.sync.set({ palette: 'contrast' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['contrast']);
    off();
    await fakeBrowser.storage.sync.set({ palette: 'default' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['contrast']);
  });
});
