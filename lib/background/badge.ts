import { browser } from 'wxt/browser';
import type { PageStatus } from '../shared/messages';

// Chrome MV3 has `action`; Firefox MV2 has `browserAction`.
const action = browser.action ?? browser.browserAction;

/** Shows the figure count on the toolbar button of `tabId` ("…" while analysing, nothing otherwise). */
export async function setBadge(tabId: number, status: PageStatus, figureCount: number): Promise<void> {
  const text = status === 'ready' ? String(figureCount) : status === 'analyzing' ? '…' : '';
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#8a4b00' });
    await action.setBadgeText({ tabId, text });
  } catch {
    // The tab may have closed while the analysis ran.
  }
}
