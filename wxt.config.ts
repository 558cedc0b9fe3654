import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { cssCompact } from './scripts/css-compact';
import { extensionImage, IMAGE_FILE } from './scripts/dictionary-assets';
import { readabilityQuiet } from './scripts/readability-quiet';
import { readabilityShortNames } from './scripts/readability-short-names';
import { readabilityUnused } from './scripts/readability-unused';

// kuromoji's IPADIC ships inside the extension as one dictionary image (14 MB, uncompressed; kuromoji's
// word ids left out), built from node_modules at build time rather than committed
// (scripts/dictionary-assets.ts, cached): the background context fetches /dict/ipadic.bin and reads it in place.

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Readability's debug logging (never on) stays out of the content script: scripts/readability-quiet.ts;
  // so does the work whose result Shutten never reaches or reads: scripts/readability-unused.ts; its own members
  // get short names: scripts/readability-short-names.ts; the card's style sheets ship without their layout
  // whitespace: scripts/css-compact.ts.
  vite: () => ({
    plugins: [preact(), readabilityQuiet(), readabilityUnused(), readabilityShortNames(), cssCompact()],
  }),
  hooks: {
    // The "only when I ask" build: the content script is built but declared nowhere (lib/shared/on-request.ts injects it).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'on-request') delete manifest.content_scripts;
    },
    // The content script, on every page, goes without webextension-polyfill (9 KB, 2.7 KB gzipped, of its
    // 50 KB budget): what it calls (runtime.sendMessage, storage.*.get, runtime.id) returns promises in
    // Chrome's Manifest V3 and in Firefox's own `browser`, and its one listener answers through sendResponse
    // (entrypoints/content/index.ts). The popup, options page and background keep the polyfill.
    // Nor does it carry WXT's ContentScriptContext, which main() never reads: lib/content/script-context.ts.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const context = {
        find: 'wxt/utils/content-script-context',
        replacement: fileURLToPath(new URL('./lib/content/script-context.ts', import.meta.url)),
      };
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: [...alias.filter((a) => a.find !== 'wxt/browser'), context] };
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
        (alias as Record<string, string>)[context.find] = context.replacement;
      } else {
        config.resolve = { ...config.resolve, alias: [context] };
      }
    },
    'build:publicAssets': async (_wxt, files) => {
      files.push({ absoluteSrc: await extensionImage(), relativeDest: `dict/${IMAGE_FILE}` });
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. No host permissions: the content script's match pattern is all it needs,
    // and nothing is ever fetched from the network. The "only when I ask" build (mode on-request,
    // docs/store-review.md) has no content script on any page: activeTab lets it read the tab the
    // reader asks about, scripting injects the content script there.
    permissions: mode === 'on-request' ? ['storage', 'activeTab', 'scripting'] : ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'next-figure': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNext__' },
      'previous-figure': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPrevious__' },
      // Manifest V2 (Firefox) names the popup command after browser_action.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shutten@example.org',
              strict_min_version: '140.0',
              // Firefox's data collection declaration (required of new add-ons since 2025-11-03):
              // Shutten collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
