import { browser } from 'wxt/browser';
import { type BackgroundMessage, type ContentMessage, errorText, type Replies, type Result } from './messages';

/** What an undefined answer (a receiver that did not reply) becomes. */
const noReply = () => ({ ok: false, error: 'no reply' }) as const;

/**
 * The only module that calls runtime.sendMessage / tabs.sendMessage: typed by message, and a failed
 * delivery (no receiver, context gone) comes back as `{ ok: false }` like any other failure.
 */
export async function sendToBackground<M extends BackgroundMessage>(msg: M): Promise<Replies[M['type']]> {
  try {
    return ((await browser.runtime.sendMessage(msg)) ?? noReply()) as Replies[M['type']];
  } catch (e) {
    return { ok: false, error: errorText(e) } as Replies[M['type']];
  }
}

/** Sends a message to the content script of `tabId` (top frame only). */
export async function sendToTab<M extends ContentMessage>(tabId: number, msg: M): Promise<Replies[M['type']]> {
  try {
    return ((await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) ?? noReply()) as Replies[M['type']];
  } catch (e) {
    return { ok: false, error: errorText(e) } as Replies[M['type']];
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
