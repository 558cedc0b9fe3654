import { browser } from 'wxt/browser';
import { PAGE_COMMANDS, type PageCommand } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { ensureContentScript } from '../shared/on-request';

/**
 * Handles a manifest command by relaying it to the active tab's content script.
 * Returns what happened, so tests can assert on it.
 */
export async function handleCommand(
  command: string,
  tabId?: number,
): Promise<'sent' | 'ignored' | 'no-tab' | 'failed'> {
  if (!PAGE_COMMANDS.includes(command as PageCommand)) return 'ignored';
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return 'no-tab';
  // The "only when I ask" build injects the content script now (the shortcut granted activeTab).
  if (!(await ensureContentScript(id))) return 'failed';
  const reply = await sendToTab(id, { type: 'runCommand', command: command as PageCommand });
  return reply.ok ? 'sent' : 'failed';
}
