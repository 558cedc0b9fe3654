import { browser } from 'wxt/browser';
import { sendToTab } from './messaging';

/** The content script's files as WXT writes them. */
const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';

/**
 * The "only when I ask" build (`npm run build:on-request`) declares no content script: Shutten then
 * reads no page at all until the reader opens its popup or presses a shortcut on a tab, which grants
 * it `activeTab` for that tab, and the content script is injected there and then. In the other
 * builds the content script is already on every page and this does nothing.
 * Returns false when the tab cannot be read (a browser page, the web store).
 */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  if (import.meta.env.MODE !== 'on-request') return true;
  if ((await sendToTab(tabId, { type: 'getPageState' })).ok) return true;
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
    return true;
  } catch {
    return false;
  }
}
