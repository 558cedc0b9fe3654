import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FigureTable } from '../../components/FigureTable';
import { StatusMessage } from '../../components/StatusMessage';
import { resolveLang, translator } from '../../lib/i18n';
import type { PageState } from '../../lib/messages';
import { sendToTab } from '../../lib/messaging';

/** The popup: reads the active tab's state from its content script and lists the figures. */
export function App({ browserLang }: { browserLang: string }) {
  const lang = resolveLang('auto', browserLang);
  const t = translator(lang);
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [noPage, setNoPage] = useState(false);

  useEffect(() => {
    document.documentElement.lang = lang;
    // Test seam: browser tests open popup.html?tab=<id> in a normal tab, where "active tab" is the popup itself.
    const forced = Number(new URLSearchParams(location.search).get('tab'));
    const pick = forced
      ? Promise.resolve(forced)
      : browser.tabs.query({ active: true, currentWindow: true }).then((ts) => ts[0]?.id);
    void pick.then((id) => (id === undefined ? setNoPage(true) : setTabId(id)));
  }, [lang]);

  useEffect(() => {
    if (tabId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const reply = await sendToTab(tabId, { type: 'getPageState' });
      if (!reply.ok) return setNoPage(true);
      setState(reply.value);
      // Keep asking while the page is still being read.
      if (reply.value.status === 'analysing' || reply.value.status === 'idle') timer = setTimeout(poll, 250);
    };
    void poll();
    return () => clearTimeout(timer);
  }, [tabId]);

  const figures = state?.analysis?.figures ?? [];
  const sources = new Set(figures.map((f) => f.source?.name).filter((n) => n && n !== state?.analysis?.byline));
  return (
    <main class="popup">
      <header>
        <h1>{t('appName')}</h1>
        {state?.status === 'ready' ? (
          <p class="summary">{t('summary', { figures: figures.length, sources: sources.size })}</p>
        ) : null}
      </header>
      {noPage ? <StatusMessage status="no-page" error={null} t={t} /> : null}
      {state ? (
        <StatusMessage
          status={state.status}
          error={state.error}
          t={t}
          onAnalyzeAnyway={() =>
            tabId !== null &&
            void sendToTab(tabId, { type: 'analyzeAnyway' }).then(() => setState({ ...state, status: 'analysing' }))
          }
        />
      ) : null}
      {state?.status === 'ready' ? (
        <FigureTable
          figures={figures}
          lang={lang}
          t={t}
          onSelect={(index) => tabId !== null && void sendToTab(tabId, { type: 'scrollToFigure', index })}
        />
      ) : null}
    </main>
  );
}
