import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Test seam: @wxt-dev/storage talks to `globalThis.chrome`; an in-memory fake stands in for it.
vi.hoisted(async () => {
  (globalThis as { chrome?: unknown }).chrome = (await import('wxt/testing/fake-browser')).fakeBrowser;
});

describe('issue 14 bug 1: a fresh install keeps what the reader unticks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('unticking People, then Places, leaves both unticked (the watcher does not migrate a new value)', async () => {
    vi.resetModules();
    const { saveSetting, watchSettings, loadSettings } = await import('../../../lib/shared/settings');
    const { DEFAULT_SETTINGS } = await import('../../../lib/shared/settings-schema');
    const seen: boolean[] = [];
    const off = watchSettings((s) => seen.push(s.categories.person));
    const noPerson = { ...DEFAULT_SETTINGS.categories, person: false };
    await saveSetting('categories', noPerson);
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.every((p) => p === false)).toBe(true);
    await saveSetting('categories', { ...noPerson, place: false });
    await new Promise((r) => setTimeout(r, 20));
    const s = await loadSettings();
    expect(s.categories.person).toBe(false);
    expect(s.categories.place).toBe(false);
    expect(seen.every((p) => p === false)).toBe(true);
    off();
  });
});

/** Makes the fake sync storage refuse items over 8 KB, as Chrome's QUOTA_BYTES_PER_ITEM does. */
function enforceSyncItemQuota(): () => void {
  const real = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
    for (const [k, v] of Object.entries(items)) {
      if (k.length + JSON.stringify(v).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    return real(items);
  });
  return () => spy.mockRestore();
}

describe('issue 16: settings are not lost', () => {
  beforeEach(() => fakeBrowser.reset());
  const sites = (n: number) => Array.from({ length: n }, (_, i) => `news-site-${i}.example.jp`);

  it('saves 600 "never run on" sites (over sync storage’s 8 KB per item) and reads them back', async () => {
    const restore = enforceSyncItemQuota();
    vi.resetModules();
    const { saveSetting, loadSettings } = await import('../../../lib/shared/settings');
    const r = await saveSetting('neverSites', sites(600));
    expect(r).toEqual({ ok: true });
    expect((await loadSettings()).neverSites).toHaveLength(600);
    restore();
  });

  it('says when a save fails instead of throwing', async () => {
    vi.resetModules();
    const { saveSetting } = await import('../../../lib/shared/settings');
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveSetting('palette', 'contrast')).toEqual({ ok: false, reason: 'quota' });
    spy.mockRejectedValue(new Error('IO error'));
    expect(await saveSetting('palette', 'contrast')).toEqual({ ok: false, reason: 'failed' });
    spy.mockRestore();
  });

  it('merges a stale window’s change into what is stored instead of overwriting it', async () => {
    vi.resetModules();
    const { saveSetting, loadSettings } = await import('../../../lib/shared/settings');
    const { DEFAULT_SETTINGS } = await import('../../../lib/shared/settings-schema');
    await saveSetting('neverSites', ['a.example.jp']);
    // Options opened here: it shows ['a.example.jp'] and all categories on.
    const optionsSites = (await loadSettings()).neverSites;
    const optionsCategories = (await loadSettings()).categories;
    // The popup then turns b off, and unticks dates.
    const popupView = await loadSettings();
    await saveSetting('neverSites', [...popupView.neverSites, 'b.example.jp'], popupView.neverSites);
    await saveSetting('categories', { ...popupView.categories, date: false }, popupView.categories);
    // Options, still showing its old view, adds c and unticks places.
    await saveSetting('neverSites', [...optionsSites, 'c.example.jp'], optionsSites);
    await saveSetting('categories', { ...optionsCategories, place: false }, optionsCategories);
    const s = await loadSettings();
    expect(s.neverSites).toEqual(['a.example.jp', 'b.example.jp', 'c.example.jp']);
    expect(s.categories).toEqual({ ...DEFAULT_SETTINGS.categories, date: false, place: false });
    // Removing works the same way: options removes a, the popup's b stays.
    await saveSetting('neverSites', ['c.example.jp'], ['a.example.jp', 'c.example.jp']);
    expect((await loadSettings()).neverSites).toEqual(['b.example.jp', 'c.example.jp']);
  });

  it('moves site lists an earlier version kept in sync storage to local storage', async () => {
    await fakeBrowser.storage.sync.set({ neverSites: ['old.example.jp'], palette: 'contrast' });
    vi.resetModules();
    const { migrateSettings, loadSettings } = await import('../../../lib/shared/settings');
    await migrateSettings();
    expect((await fakeBrowser.storage.local.get('neverSites')).neverSites).toEqual(['old.example.jp']);
    expect((await fakeBrowser.storage.sync.get('neverSites')).neverSites).toBeUndefined();
    const s = await loadSettings();
    expect(s.neverSites).toEqual(['old.example.jp']);
    expect(s.palette).toBe('contrast');
  });

  it('a migration that runs on a version 2 value leaves it as it is', async () => {
    // A fresh install can store the value without its version marker; the next start migrates it.
    await fakeBrowser.storage.sync.set({
      categories: { figure: true, source: true, date: true, person: false, organization: true, place: true },
    });
    vi.resetModules();
    const { migrateSettings, loadSettings } = await import('../../../lib/shared/settings');
    await migrateSettings();
    expect((await loadSettings()).categories.person).toBe(false);
  });
});
