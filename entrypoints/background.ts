import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Analysis } from '../core/types';
import { setBadge } from '../lib/badge';
import { handleCommand } from '../lib/commands';
import { errorText, parseBackgroundMessage } from '../lib/messages';
import { fromUs, ok } from '../lib/messaging';
import { migrateSettings } from '../lib/settings';
import { AnalysisHost } from '../lib/tokenizer-host';

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

  // Test seam: which tab reported from which address (without the `tabs` permission tab URLs are hidden).
  const tabsByUrl = new Map<string, number>();
  // Test seams: the texts the tabs asked about (incremental analysis is checked on it), and an
  // override that answers instead of the engine (popup states, entities and sources before the
  // engine finds them). Both stay empty outside the browser tests.
  const requests: string[] = [];
  const test: { override: ((text: string) => Promise<Analysis> | Analysis | null) | null } = { override: null };

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!fromUs(sender)) return undefined;
    const msg = parseBackgroundMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'analyzeText') {
      requests.push(msg.text);
      if (requests.length > 20) requests.shift();
      return Promise.resolve()
        .then(() => test.override?.(msg.text) ?? host.analyze(msg.text, msg.options))
        .then(ok, (e: unknown) => ({ ok: false, error: errorText(e) }));
    }
    if (msg.type === 'prepare') {
      host.prepare();
      return Promise.resolve(ok(null));
    }
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      void setBadge(tabId, msg.status, msg.figureCount);
      if (sender.url) tabsByUrl.set(sender.url, tabId);
    }
    return Promise.resolve(ok(null));
  });

  browser.commands.onCommand.addListener((command) => void handleCommand(command));

  // Test seam: Playwright's key presses never reach manifest commands, so browser tests call the
  // same handler through this hook on the service worker.
  (globalThis as { shuttenTest?: unknown }).shuttenTest = Object.assign(test, {
    handleCommand,
    host,
    tabsByUrl,
    requests,
  });
});
