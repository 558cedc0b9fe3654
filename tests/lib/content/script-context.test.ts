import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The content script's build puts lib/content/script-context.ts in place of WXT's ContentScriptContext
 * (wxt.config.ts). What a page can see of either must be the same: the one started event on the document,
 * its name and its detail. A new WXT that changes its event fails here.
 */
describe('the content script context', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The events `make` dispatches on a fake document, in a fake extension whose id is "abc". */
  async function dispatched(make: () => Promise<unknown>): Promise<CustomEvent[]> {
    const events: CustomEvent[] = [];
    vi.stubEnv('ENTRYPOINT', 'content');
    vi.stubGlobal('chrome', { runtime: { id: 'abc' } });
    vi.stubGlobal('window', { postMessage: () => events.push(new CustomEvent('posted')) });
    vi.stubGlobal('document', {
      dispatchEvent: (e: CustomEvent) => events.push(e),
      addEventListener: () => {},
      removeEventListener: () => {},
    });
    await make();
    return events;
  }

  const options = { matches: [], noScriptStartedPostMessage: true };

  it('dispatches the started event WXT dispatches, and nothing else', async () => {
    const theirs = await dispatched(async () => {
      const { ContentScriptContext } = await import('wxt/utils/content-script-context');
      return new ContentScriptContext('content', options);
    });
    vi.resetModules();
    const ours = await dispatched(async () => {
      const { ContentScriptContext } = await import('../../../lib/content/script-context');
      return new ContentScriptContext('content');
    });
    expect(theirs).toHaveLength(1);
    expect(ours.map((e) => e.type)).toEqual(theirs.map((e) => e.type));
    expect(ours[0]?.type).toBe('abc:content:wxt:content-script-started');
    const shape = (e: CustomEvent | undefined) => ({ ...e?.detail, messageId: typeof e?.detail?.messageId });
    expect(shape(ours[0])).toEqual(shape(theirs[0]));
    expect(shape(ours[0])).toEqual({ contentScriptName: 'content', messageId: 'string' });
  });
});
