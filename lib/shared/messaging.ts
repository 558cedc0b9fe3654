import { browser } from 'wxt/browser';
import { type BackgroundMessage, type ContentMessage, errorText, type Replies, type Result } from './messages';

/** What an undefined answer (a receiver that did not reply) becomes. */
const noReply = () => ({ ok: false, error: 'no reply' }) as const;

/**
 * Waits before each new attempt when the background could not be reached. Chrome stops an idle
 * service worker after 30 s (and under memory pressure), also in the middle of an analysis: the
 * reply channel then closes ("message channel closed before a response was received"), and the next
 * message starts the worker again. Every background message is idempotent, so it is sent again.
 */
export const RETRY_DELAYS_MS: readonly number[] = [200, 1000, 3000];

/** An extension that was updated or removed leaves its content scripts orphaned: no retry helps. */
const orphaned = (error: string) => /context invalidated/i.test(error);

/**
 * Sends with `send`, retrying a failed delivery after each of `delays` (not a reply that says no).
 * Test seam: `send` and `wait` are injected so unit tests need no browser and no clock.
 */
export async function deliver<T>(
  send: () => Promise<unknown>,
  delays: readonly number[] = RETRY_DELAYS_MS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<Result<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return ((await send()) ?? noReply()) as Result<T>;
    } catch (e) {
      const error = errorText(e);
      const delay = delays[attempt];
      if (delay === undefined || orphaned(error)) return { ok: false, error, unreachable: true };
      await wait(delay);
    }
  }
}

/**
 * The only module that calls runtime.sendMessage / tabs.sendMessage: typed by message, and a failed
 * delivery comes back as `{ ok: false, unreachable: true }`, after retries for the background.
 */
export function sendToBackground<M extends BackgroundMessage>(msg: M): Promise<Replies[M['type']]> {
  return deliver(() => browser.runtime.sendMessage(msg)) as Promise<Replies[M['type']]>;
}

/** Sends a message to the content script of `tabId` (top frame only); no retry (a tab has no worker to wake). */
export function sendToTab<M extends ContentMessage>(tabId: number, msg: M): Promise<Replies[M['type']]> {
  return deliver(() => browser.tabs.sendMessage(tabId, msg, { frameId: 0 }), []) as Promise<Replies[M['type']]>;
}

/** True when a message comes from this extension itself (not a page, not another extension). */
export function fromUs(sender: { id?: string | undefined }): boolean {
  return sender.id === browser.runtime.id;
}

/** Shorthand for a successful reply. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
