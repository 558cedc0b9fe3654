import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Test seam: wxt/browser reads `globalThis.chrome`; an in-memory fake stands in for it.
vi.hoisted(async () => {
  (globalThis as { chrome?: unknown }).chrome = (await import('wxt/testing/fake-browser')).fakeBrowser;
});

describe('ensureContentScript (the "only when I ask" build)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const scripting = () => {
    const api = {
      insertCSS: vi.fn(async () => {}),
      executeScript: vi.fn(async () => []),
    };
    (fakeBrowser as unknown as { scripting: typeof api }).scripting = api;
    return api;
  };

  it('injects the content script and its styles into a tab that has none', async () => {
    vi.stubEnv('MODE', 'on-request');
    const api = scripting();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const { ensureContentScript } = await import('../../../lib/shared/on-request');
    expect(await ensureContentScript(7)).toBe(true);
    expect(api.insertCSS).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.css'] });
    expect(api.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
  });

  it('leaves a tab that already answers alone, and says when a tab cannot be read', async () => {
    vi.stubEnv('MODE', 'on-request');
    const api = scripting();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: {} });
    const { ensureContentScript } = await import('../../../lib/shared/on-request');
    expect(await ensureContentScript(7)).toBe(true);
    expect(api.executeScript).not.toHaveBeenCalled();
    send.mockRejectedValue(new Error('Receiving end does not exist.'));
    api.executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await ensureContentScript(8)).toBe(false);
  });

  it('does nothing in the other builds (the content script is on every page)', async () => {
    vi.stubEnv('MODE', 'production');
    const api = scripting();
    const { ensureContentScript } = await import('../../../lib/shared/on-request');
    expect(await ensureContentScript(7)).toBe(true);
    expect(api.insertCSS).not.toHaveBeenCalled();
  });
});
