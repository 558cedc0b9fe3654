import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { testParam } from '../../lib/shared/build-mode';
import type { PageState } from '../../lib/shared/messages';
import { sendToTab } from '../../lib/shared/messaging';
import { ensureContentScript } from '../../lib/shared/on-request';

/** True when two states would render the same (the analysis compared by identity). */
function same(a: PageState | null, b: PageState): boolean {
  return (
    a !== null &&
    a.status === b.status &&
    a.analysis === b.analysis &&
    a.highlightsOn === b.highlightsOn &&
    a.url === b.url &&
    a.title === b.title &&
    a.error === b.error &&
    a.revision === b.revision
  );
}

/**
 * The active tab's id and its page state, polled while the page is still being read and slowly
 * afterwards (the article may grow). Each poll says which analysis revision the popup holds: an
 * unchanged analysis is not sent again, and a poll that changes nothing does not re-render.
 */
export function usePageState(): {
  tabId: number | null;
  state: PageState | null;
  noPage: boolean;
  refresh: () => void;
} {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [noPage, setNoPage] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    // Test seam (browser-test build only): tests open popup.html?tab=<id> in a normal tab.
    const forced = Number(testParam('tab'));
    const pick = forced
      ? Promise.resolve(forced)
      : browser.tabs.query({ active: true, currentWindow: true }).then((ts) => ts[0]?.id);
    // The "only when I ask" build injects the content script now (opening the popup granted activeTab).
    void pick.then(async (id) =>
      id === undefined || !(await ensureContentScript(id)) ? setNoPage(true) : setTabId(id),
    );
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    let held: PageState | null = null;
    const poll = async () => {
      const since = held?.analysis ? held.revision : undefined;
      const reply = await sendToTab(
        tabId,
        since === undefined ? { type: 'getPageState' } : { type: 'getPageState', since },
      );
      if (!live) return;
      if (!reply.ok) return setNoPage(true);
      const { unchanged, ...rest } = reply.value;
      const next: PageState = unchanged && held ? { ...rest, analysis: held.analysis } : rest;
      if (!same(held, next)) {
        held = next;
        setState(next);
      }
      // Keep asking while the page is being read; afterwards more slowly, as the article may grow.
      timer = setTimeout(poll, next.status === 'analyzing' || next.status === 'idle' ? 250 : 3000);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabId, tick]);

  return { tabId, state, noPage, refresh: () => setTick((n) => n + 1) };
}
