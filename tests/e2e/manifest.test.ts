import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

// The built manifests (npm run build / build:firefox run before the e2e project).
const read = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
const built =
  existsSync(join(ROOT, '.output/chrome-mv3/manifest.json')) &&
  existsSync(join(ROOT, '.output/firefox-mv2/manifest.json'));
if (!built && process.env.CI) {
  it('both builds exist', () => {
    throw new Error('run npm run build && npm run build:firefox first');
  });
}

describe.skipIf(!built)('the built manifests', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])(
    '%s asks for storage only, keeps the default CSP and ships the dictionary',
    (dir) => {
      const m = read(dir);
      expect(m.permissions).toEqual(['storage']);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.content_security_policy).toBeUndefined();
      expect(m.default_locale).toBe('en');
      expect(existsSync(join(ROOT, '.output', dir, 'dict/ipadic.bin'))).toBe(true);
      expect(m.content_scripts[0].matches).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    },
  );

  it('Chrome: a service worker background and the MV3 popup command', () => {
    const m = read('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBeTruthy();
    expect(Object.keys(m.commands)).toEqual(['toggle-highlights', 'next-figure', 'previous-figure', '_execute_action']);
    // Chrome allows at most four suggested keys, each with Ctrl or Alt.
    const keys = Object.values(m.commands).map(
      (c) => (c as { suggested_key?: { default: string } }).suggested_key?.default,
    );
    expect(keys.filter(Boolean)).toHaveLength(4);
    expect(keys.every((k) => /^(Alt|Ctrl)\+/.test(k ?? ''))).toBe(true);
  });

  it('Firefox: a background page (holds the tokenizer), an add-on id, and the MV2 popup command', () => {
    const m = read('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expect(m.background.scripts?.length ?? m.background.page).toBeTruthy();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.commands._execute_browser_action.suggested_key.default).toBe('Alt+Shift+S');
    expect(m.commands._execute_action).toBeUndefined();
    // Firefox's data collection declaration (required since 2025-11-03): nothing is collected.
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  const onRequest = ['chrome-mv3-on-request', 'firefox-mv2-on-request'];
  const onRequestBuilt = onRequest.every((d) => existsSync(join(ROOT, '.output', d, 'manifest.json')));
  it.skipIf(!onRequestBuilt && !process.env.CI).each(onRequest)(
    '%s ("only when I ask"): no content script on any page, activeTab and scripting instead, no host access',
    (dir) => {
      const m = read(dir);
      expect(m.content_scripts).toBeUndefined();
      expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting']);
      expect(m.host_permissions ?? []).toEqual([]);
      // The script it injects is in the package.
      expect(existsSync(join(ROOT, '.output', dir, 'content-scripts/content.js'))).toBe(true);
    },
  );
});
