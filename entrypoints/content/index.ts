import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../lib/content/page-controller';
import { errorText, parseContentMessage } from '../../lib/shared/messages';
import { fromUs } from '../../lib/shared/messaging';
import { loadSettings, watchSettings } from '../../lib/shared/settings-read';
import './style.css';

/** Thin wiring: the page controller does the work; this file connects it to browser events and settings. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // WXT's start-up handshake would also window.postMessage the extension's id to every page (any
  // site could detect Shutten); its document CustomEvent is enough for WXT to replace old scripts.
  noScriptStartedPostMessage: true,
  main() {
    const controller = new PageController(document, { load: loadSettings, watch: watchSettings });
    // Answered through sendResponse, kept open by returning true: Chrome's own runtime (no polyfill in the
    // content script, see wxt.config.ts) does not take a promise from a listener.
    browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
      if (!fromUs(sender)) return undefined;
      const msg = parseContentMessage(raw);
      if (!msg) return undefined;
      controller.handle(msg).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: errorText(e) }));
      return true;
    });
    void controller.start();
  },
});
