import { browser } from 'wxt/browser';
import type { BackgroundMessage, ContentMessage, Replies, Result } from './messages';

/**
 * The only module that calls runtime.sendMessage / tabs.sendMessage: typed by message, and a failed
 * delivery (no receiver, context gone) comes back as `{ ok: false }` like any other failure.
 */
export async function sendToBackground<M extends BackgroundMessage>(msg: M): Promise<Replies[M['type']]> {
  try {
    return ((await browser.runtime.sendMessage(msg)) ?? { ok: false, error: 'no reply' }) as Replies[M['type']];
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) } as Replies[M['type']];
  }
}

/** Sends a message to the content script of `tabId` (top frame only). */
export async function sendToTab<M extends ContentMessage>(tabId: number, msg: M): Promise<Replies[M['type']]> {
  try {
    const r = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
    return (r ?? { ok: false, error: 'no reply' }) as Replies[M['type']];
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) } as Replies[M['type']];
  }
}

/** True when a message comes from this extension itself (not a page, not another extension). */
export function fromUs(sender: { id?: string | undefined }): boolean {
  return sender.id === browser.runtime.id;
}

/** Shorthand for a successful reply. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
