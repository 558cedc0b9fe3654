import { browser } from 'wxt/browser';

/**
 * Build step: what the content script's build puts in place of WXT's ContentScriptContext (wxt.config.ts
 * aliases `wxt/utils/content-script-context` to this file; 2.8 KB, about 1 KB gzipped, of its 50 KB budget).
 * WXT's entry constructs one and hands it to main(), which never reads it (entrypoints/content/index.ts): its
 * timers, abort signal, listeners for newer copies of the script and location watcher are never reached. What
 * is left is what a page can see, so it stays as WXT does it: the started event on the document, with the same
 * name and detail, that tells an older copy of a WXT script to stand down (noScriptStartedPostMessage is set,
 * so no postMessage).
 */
export class ContentScriptContext {
  constructor(contentScriptName: string) {
    const type = `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    const detail = { contentScriptName, messageId: Math.random().toString(36).slice(2) };
    document.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
