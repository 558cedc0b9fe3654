import { useEffect, useMemo, useState } from 'preact/hooks';
import { ExportBar } from '../../components/ExportBar';
import { FigureList } from '../../components/FigureList';
import { FilterBar } from '../../components/FilterBar';
import type { Analysis } from '../../core/types';
import {
  distinctKinds,
  type FigureFilter,
  filterFigures,
  type GroupBy,
  groupFigures,
  prepareSearch,
} from '../../lib/popup/figure-view';
import type { SourceIndex } from '../../lib/shared/format-source';
import type { Translate, UiLang } from '../../lib/shared/i18n';
import type { PageState } from '../../lib/shared/messages';
import { runExport } from './export';

/** Props of FiguresPanel. */
export interface FiguresPanelProps {
  state: PageState;
  analysis: Analysis;
  sources: SourceIndex;
  lang: UiLang;
  t: Translate;
  onSelect: (index: number) => void;
}

/** The Figures tab: filters and grouping, the virtualised list, and the exports of what is shown. */
export function FiguresPanel({ state, analysis, sources, lang, t, onSelect }: FiguresPanelProps) {
  const [groupBy, setGroupBy] = useState<GroupBy>('order');
  const [filter, setFilter] = useState<FigureFilter>({ kind: '', source: '', text: '' });
  const [notice, setNotice] = useState('');
  const figures = analysis.figures;
  const shown = useMemo(() => filterFigures(figures, filter, sources), [figures, filter, sources]);
  const groups = useMemo(() => groupFigures(shown, groupBy, sources), [shown, groupBy, sources]);
  const kinds = useMemo(() => distinctKinds(figures), [figures]);
  // Fold the search text in short idle slices after the list is drawn, not at the first keystroke.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (!prepareSearch(figures, 8)) timer = setTimeout(step, 16);
    };
    timer = setTimeout(step, 100);
    return () => clearTimeout(timer);
  }, [figures]);
  return (
    <section id="panel-figures" class="panel" role="tabpanel" aria-labelledby="tab-figures">
      <FilterBar
        groupBy={groupBy}
        filter={filter}
        kinds={kinds}
        sources={sources}
        shown={shown.length}
        total={figures.length}
        lang={lang}
        t={t}
        onGroupBy={setGroupBy}
        onFilter={setFilter}
      />
      {!figures.length ? (
        <p class="empty">{t('noFigures')}</p>
      ) : !shown.length ? (
        <p class="empty">{t('noMatches')}</p>
      ) : (
        <FigureList groups={groups} groupBy={groupBy} sources={sources} lang={lang} t={t} onSelect={onSelect} />
      )}
      <ExportBar
        t={t}
        notice={notice}
        onExport={(f) =>
          void runExport(
            f,
            state,
            shown.map((r) => r.figure),
            t,
            lang,
          ).then(setNotice)
        }
      />
    </section>
  );
}
