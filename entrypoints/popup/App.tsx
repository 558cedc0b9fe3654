import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityList } from '../../components/EntityList';
import { MarkToggles } from '../../components/MarkToggles';
import { StatusMessage } from '../../components/StatusMessage';
import { testParam } from '../../lib/shared/build-mode';
import { groupEntities } from '../../lib/shared/entity-groups';
import { formatNumber, summaryText } from '../../lib/shared/format';
import { resolveLang, translator, type UiLang } from '../../lib/shared/i18n';
import type { ContentMessage } from '../../lib/shared/messages';
import { sendToTab } from '../../lib/shared/messaging';
import { loadSettings, saveSetting } from '../../lib/shared/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/shared/settings-schema';
import { indexSourcesHere } from '../../lib/shared/source-groups';
import { FiguresPanel } from './FiguresPanel';
import { usePageState } from './use-page-state';

// Test seam (browser-test build only): ?lang=ja|en fixes the UI language.
const forcedLang = testParam('lang');

/** "/" jumps to the search field, as on many reading sites (not while typing in another field). */
function useSlashToSearch(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
      if (e.key !== '/' || typing) return;
      const search = document.querySelector<HTMLInputElement>('input[name=q]');
      if (!search) return;
      e.preventDefault();
      search.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The popup: the active tab's figures and names, with filters, grouping, export and every page state. */
export function App({ browserLang }: { browserLang: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => void loadSettings().then(setSettings), []);
  const lang: UiLang =
    forcedLang === 'ja' || forcedLang === 'en' ? forcedLang : resolveLang(settings.uiLang, browserLang);
  const t = useMemo(() => translator(lang), [lang]);
  // In the same task as the render that changed the words: no frame, and no screen reader, sees
  // Japanese text under lang="en".
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appName');
  }, [lang, t]);
  useSlashToSearch();

  const { tabId, state, noPage, refresh } = usePageState();
  const [tab, setTab] = useState<'figures' | 'entities'>('figures');
  const [entityPos, setEntityPos] = useState<{ key: string; index: number; count: number } | null>(null);
  const analysis = state?.status === 'ready' ? state.analysis : null;
  // Computed once per analysis revision: polls that change nothing keep these objects, and the list.
  const sources = useMemo(() => indexSourcesHere(analysis?.figures ?? []), [analysis]);
  const entities = useMemo(() => groupEntities(analysis?.entities ?? []), [analysis]);
  const send = <M extends ContentMessage>(msg: M) => (tabId === null ? undefined : sendToTab(tabId, msg));

  // What became of a setting saved here (a site list, a mark switch): said only when it failed.
  const [notice, setNotice] = useState('');
  const saveFailed = (reason: 'quota' | 'failed') => setNotice(t('saveFailed', { reason: t(`saveFailed_${reason}`) }));
  const saveSites = async (key: 'neverSites', sites: string[]) => {
    // Merged with what is stored now: the options page may have changed the list meanwhile.
    const saved = await saveSetting(key, sites, settings[key]);
    if (!saved.ok) saveFailed(saved.reason);
    setSettings(await loadSettings());
    refresh();
  };
  // The page's host, for "never on this site" (the content script clears its marks when the list changes).
  const host = state?.url.startsWith('http') ? new URL(state.url).hostname : '';
  const enableSite = () =>
    saveSites(
      'neverSites',
      settings.neverSites.filter((s) => host !== s && !host.endsWith(`.${s}`)),
    );

  return (
    <main class="popup">
      <header>
        <h1>{t('appName')}</h1>
        {analysis ? (
          <p class="summary" aria-live="polite">
            {summaryText(analysis.figures.length, sources.sources.length, lang, t)}
          </p>
        ) : null}
        <span class="spacer" />
        {analysis ? (
          <button
            type="button"
            class="toggle"
            aria-pressed={state?.highlightsOn}
            onClick={() => void send({ type: 'setHighlights', on: !state?.highlightsOn })?.then(refresh)}
          >
            {state?.highlightsOn ? t('highlightsOn') : t('highlightsOff')}
          </button>
        ) : null}
        <button type="button" class="options-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {noPage ? <StatusMessage status="no-page" error={null} t={t} /> : null}
      {state && !noPage ? (
        <StatusMessage
          status={state.status}
          error={state.error}
          t={t}
          onAnalyzeAnyway={() => void send({ type: 'analyzeAnyway' })?.then(refresh)}
          onEnableSite={() => void enableSite()}
        />
      ) : null}
      {analysis && state ? (
        <>
          <div class="tabbar">
            <div class="tabs" role="tablist" aria-label={t('appName')}>
              {(['figures', 'entities'] as const).map((id) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  id={`tab-${id}`}
                  aria-selected={tab === id}
                  aria-controls={`panel-${id}`}
                  tabIndex={tab === id ? 0 : -1}
                  onClick={() => setTab(id)}
                  onKeyDown={(e) => {
                    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                      const next = id === 'figures' ? 'entities' : 'figures';
                      setTab(next);
                      document.getElementById(`tab-${next}`)?.focus();
                    }
                  }}
                >
                  {id === 'figures'
                    ? `${t('tabFigures')} (${formatNumber(analysis.figures.length, lang)})`
                    : `${t('tabEntities')} (${formatNumber(entities.length, lang)})`}
                </button>
              ))}
            </div>
            <MarkToggles
              categories={settings.categories}
              t={t}
              onChange={(categories) => {
                setSettings({ ...settings, categories });
                // Only the switch flipped here is applied to what is stored; a failed save says so
                // and the switches go back to what is stored.
                void saveSetting('categories', categories, settings.categories).then((r) => {
                  if (r.ok) return;
                  saveFailed(r.reason);
                  void loadSettings().then(setSettings);
                });
              }}
            />
          </div>
          {tab === 'figures' ? (
            <FiguresPanel
              state={state}
              analysis={analysis}
              sources={sources}
              lang={lang}
              t={t}
              onSelect={(index) => void send({ type: 'scrollToFigure', index })}
            />
          ) : (
            <section id="panel-entities" class="panel" role="tabpanel" aria-labelledby="tab-entities">
              <EntityList
                groups={entities}
                lang={lang}
                t={t}
                position={entityPos}
                onSelect={(key) =>
                  void send({ type: 'showEntity', key })?.then((r) =>
                    setEntityPos(r.ok && r.value ? { key, ...r.value } : null),
                  )
                }
              />
            </section>
          )}
        </>
      ) : null}
      {notice ? (
        <p class="save-notice" role="alert">
          {notice}
        </p>
      ) : null}
      {host && state?.status !== 'disabled' ? (
        <footer>
          <button
            type="button"
            class="link"
            onClick={() => void saveSites('neverSites', [...settings.neverSites, host])}
          >
            {t('disableSite', { host })}
          </button>
        </footer>
      ) : null}
    </main>
  );
}
