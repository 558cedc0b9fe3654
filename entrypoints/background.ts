import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setBadge } from '../lib/background/badge';
import { handleCommand } from '../lib/background/commands';
import { installTestHooks } from '../lib/background/test-hooks';
import { AnalysisHost } from '../lib/background/tokenizer-host';
import { errorText, parseBackgroundMessage } from '../lib/shared/messages';
import { fromUs, ok } from '../lib/shared/messaging';
import { migrateSettings } from '../lib/shared/settings';

/**
 * The background context (Chrome's service worker, Firefox's background page) holds the one
 * tokenizer of the browser and answers the tabs' analysis requests.
 */
export default defineBackground(() => {
  // The dictionary is added to the build by a hook, so WXT's typed public paths do not list it.
  // Settings written by an older version are brought up to date once, here (pages read them as
  // migrated meanwhile).
  void migrateSettings();
  const host = new AnalysisHost((file) => (browser.runtime.getURL as (p: string) => string)(`/dict/${file}`));
  // Test seam, in the browser-test build only (the store build has no hook: see lib/shared/build-mode.ts).
  const test = import.meta.env.MODE === 'e2e' ? installTestHooks(host, handleCommand) : null;

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!fromUs(sender)) return undefined;
    const msg = parseBackgroundMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'analyzeText') {
      test?.noteRequest(msg.text);
      return (
        Promise.resolve()
          // Each tab's requests wait their turn behind other tabs' (see lib/background/fair-queue.ts).
          .then(() => test?.override?.(msg.text) ?? host.analyze(msg.text, msg.options, String(sender.tab?.id ?? '')))
          .then(ok, (e: unknown) => ({ ok: false, error: errorText(e) }))
      );
    }
    if (msg.type === 'prepare') {
      host.prepare();
      return Promise.resolve(ok(null));
    }
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      void setBadge(tabId, msg.status, msg.figureCount);
      if (sender.url) test?.noteTab(sender.url, tabId);
    }
    return Promise.resolve(ok(null));
  });

  browser.commands.onCommand.addListener((command) => void handleCommand(command));
});
