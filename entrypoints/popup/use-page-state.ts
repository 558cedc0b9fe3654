import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { testParam } from '../../lib/build-mode';
import type { PageState } from '../../lib/messages';
import { sendToTab } from '../../lib/messaging';
import { ensureContentScript } from '../../lib/on-request';

/** The active tab's id and its page state, polled while the page is still being read. */
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
    const poll = async () => {
      const reply = await sendToTab(tabId, { type: 'getPageState' });
      if (!live) return;
      if (!reply.ok) return setNoPage(true);
      setState(reply.value);
      // Keep asking while the page is being read; afterwards more slowly, as the article may grow.
      timer = setTimeout(poll, reply.value.status === 'analysing' || reply.value.status === 'idle' ? 250 : 3000);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabId, tick]);

  return { tabId, state, noPage, refresh: () => setTick((n) => n + 1) };
}
