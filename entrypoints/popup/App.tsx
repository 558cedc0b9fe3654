import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityList } from '../../components/EntityList';
import { ExportBar } from '../../components/ExportBar';
import { FigureTable } from '../../components/FigureTable';
import { FilterBar } from '../../components/FilterBar';
import {
  distinctKinds,
  distinctSources,
  type FigureFilter,
  filterFigures,
  type GroupBy,
  groupFigures,
} from '../../components/figure-view';
import { StatusMessage } from '../../components/StatusMessage';
import { testParam } from '../../lib/build-mode';
import { groupEntities } from '../../lib/entity-groups';
import { summaryText } from '../../lib/format';
import { resolveLang, translator, type UiLang } from '../../lib/i18n';
import type { ContentMessage } from '../../lib/messages';
import { sendToTab } from '../../lib/messaging';
import { loadSettings, saveSetting } from '../../lib/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings-schema';
import { runExport } from './export';
import { usePageState } from './use-page-state';

// Test seam (browser-test build only): ?lang=ja|en fixes the UI language.
const forcedLang = testParam('lang');

/** The popup: the active tab's figures and entities, with filters, grouping, export and every page state. */
export function App({ browserLang }: { browserLang: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => void loadSettings().then(setSettings), []);
  const lang: UiLang =
    forcedLang === 'ja' || forcedLang === 'en' ? forcedLang : resolveLang(settings.uiLang, browserLang);
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appName');
  }, [lang, t]);

  const { tabId, state, noPage, refresh } = usePageState();
  // "/" jumps to the search field, as on many reading sites (not while typing in another field).
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
  const [tab, setTab] = useState<'figures' | 'entities'>('figures');
  const [groupBy, setGroupBy] = useState<GroupBy>('order');
  const [filter, setFilter] = useState<FigureFilter>({ kind: '', source: '', text: '' });
  const [notice, setNotice] = useState('');
  const [entityPos, setEntityPos] = useState<{ key: string; index: number; count: number } | null>(null);

  const analysis = state?.status === 'ready' ? state.analysis : null;
  const figures = analysis?.figures ?? [];
  const shown = useMemo(() => filterFigures(figures, filter), [figures, filter]);
  const groups = useMemo(() => groupFigures(shown, groupBy), [shown, groupBy]);
  const sources = useMemo(() => distinctSources(figures), [figures]);
  const entities = useMemo(() => groupEntities(analysis?.entities ?? []), [analysis]);
  const send = <M extends ContentMessage>(msg: M) => (tabId === null ? undefined : sendToTab(tabId, msg));

  const enableSite = async () => {
    const host = state ? new URL(state.url).hostname : '';
    // Merged with what is stored now: the options page may have changed the list meanwhile.
    const saved = await saveSetting(
      'neverSites',
      settings.neverSites.filter((s) => host !== s && !host.endsWith(`.${s}`)),
      settings.neverSites,
    );
    if (!saved.ok) setNotice(t('saveFailed', { reason: t(`saveFailed_${saved.reason}`) }));
    setSettings(await loadSettings());
    refresh();
  };
  // The page's host, for "never on this site" (the content script clears its marks when the list changes).
  const host = state?.url.startsWith('http') ? new URL(state.url).hostname : '';
  const disableSite = async () => {
    const saved = await saveSetting('neverSites', [...settings.neverSites, host], settings.neverSites);
    if (!saved.ok) setNotice(t('saveFailed', { reason: t(`saveFailed_${saved.reason}`) }));
    setSettings(await loadSettings());
    refresh();
  };

  return (
    <main class="popup">
      <header>
        <h1>{t('appName')}</h1>
        {analysis ? (
          <p class="summary" aria-live="polite">
            {summaryText(figures.length, sources.length, lang, t)}
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
      {analysis ? (
        <>
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
                  ? `${t('tabFigures')} (${figures.length})`
                  : `${t('tabEntities')} (${entities.length})`}
              </button>
            ))}
          </div>
          {tab === 'figures' ? (
            <section id="panel-figures" role="tabpanel" aria-labelledby="tab-figures">
              <FilterBar
                groupBy={groupBy}
                filter={filter}
                kinds={distinctKinds(figures)}
                sources={sources}
                t={t}
                onGroupBy={setGroupBy}
                onFilter={setFilter}
              />
              <ExportBar
                t={t}
                notice={notice}
                onExport={(f) =>
                  state &&
                  void runExport(
                    f,
                    state,
                    shown.map((r) => r.figure),
                    t,
                    lang,
                  ).then(setNotice)
                }
              />
              {figures.length ? (
                <FigureTable
                  groups={groups}
                  groupBy={groupBy}
                  lang={lang}
                  t={t}
                  onSelect={(index) => void send({ type: 'scrollToFigure', index })}
                />
              ) : (
                <p class="empty">{t('noFigures')}</p>
              )}
            </section>
          ) : (
            <section id="panel-entities" role="tabpanel" aria-labelledby="tab-entities">
              <EntityList
                groups={entities}
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
      {host && state?.status !== 'disabled' ? (
        <footer>
          <button type="button" class="link" onClick={() => void disableSite()}>
            {t('disableSite', { host })}
          </button>
        </footer>
      ) : null}
    </main>
  );
}
