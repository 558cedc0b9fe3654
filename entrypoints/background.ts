import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setBadge } from '../lib/background/badge';
import { handleCommand } from '../lib/background/commands';
import { installTestHooks } from '../lib/background/test-hooks';
import { AnalysisHost } from '../lib/background/tokenizer-host';
import { linkNameKeys } from '../lib/shared/merge-analysis';
import { errorText, parseBackgroundMessage } from '../lib/shared/messages';
import { fromUs, ok } from '../lib/shared/messaging';
import { migrateSettings } from '../lib/shared/settings';
import { groupSourceNames } from '../lib/shared/source-groups';

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

  // A reply as a value, the error included (thrown errors do not survive messaging).
  const answer = <T>(work: () => T | Promise<T>) =>
    Promise.resolve()
      .then(work)
      .then(ok, (e: unknown) => ({ ok: false, error: errorText(e) }));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!fromUs(sender)) return undefined;
    const msg = parseBackgroundMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'analyzeText') {
      test?.noteRequest(msg.text);
      // Each tab's requests wait their turn behind other tabs' (see lib/background/fair-queue.ts).
      const work = () =>
        test?.override?.(msg.text) ?? host.analyze(msg.text, msg.options, String(sender.tab?.id ?? ''));
      return answer(() => (test?.hold ? test.hold.then(work) : work()));
    }
    // Not with a test's fake analysis (its figures are only in the reply to analyzeText).
    if (msg.type === 'figuresFirst')
      return answer(() =>
        test?.override ? null : host.figuresFirst(msg.text, msg.options, String(sender.tab?.id ?? '')),
      );
    // The name tables the content script does not carry (surname readings, person titles): no dictionary needed.
    if (msg.type === 'linkNames') return answer(() => linkNameKeys(msg.names));
    if (msg.type === 'groupSources') return answer(() => groupSourceNames(msg.names));
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
