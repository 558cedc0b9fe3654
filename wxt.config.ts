import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { dictionaryImage, IMAGE_FILE } from './scripts/dictionary-assets';

// kuromoji's IPADIC ships inside the extension as one dictionary image (16 MB, uncompressed), built
// from node_modules at build time rather than committed (scripts/dictionary-assets.ts, cached): the
// background context fetches /dict/ipadic.bin and reads it in place.

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push({ absoluteSrc: await dictionaryImage(), relativeDest: `dict/${IMAGE_FILE}` });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. No host permissions: the content script's match pattern is all it needs,
    // and nothing is ever fetched from the network.
    permissions: ['storage'],
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
      ? { browser_specific_settings: { gecko: { id: 'shutten@example.org', strict_min_version: '140.0' } } }
      : {}),
  }),
});
