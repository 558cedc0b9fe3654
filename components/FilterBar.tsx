import type { FigureKind } from '../core/types';
import type { FigureFilter, GroupBy } from '../lib/popup/figure-view';
import { formatNumber } from '../lib/shared/format';
import type { SourceIndex } from '../lib/shared/format-source';
import { displayText } from '../lib/shared/format-text';
import type { Translate, UiLang } from '../lib/shared/i18n';

/** Props of FilterBar. */
export interface FilterBarProps {
  groupBy: GroupBy;
  filter: FigureFilter;
  kinds: readonly FigureKind[];
  sources: SourceIndex;
  /** How many figures pass the filters, and how many there are. */
  shown: number;
  total: number;
  lang: UiLang;
  t: Translate;
  onGroupBy: (g: GroupBy) => void;
  onFilter: (f: FigureFilter) => void;
}

/**
 * Grouping and the three filters (kind, source, text), each a labelled native control, on one line
 * however long a source's name (the selects are capped and ellipsised), and "2 of 14 shown" when a
 * filter hides figures.
 */
export function FilterBar(p: FilterBarProps) {
  const { groupBy, filter, kinds, sources, shown, total, lang, t, onGroupBy, onFilter } = p;
  const filtered = filter.kind !== '' || filter.source !== '' || filter.text.trim() !== '';
  return (
    <fieldset class="filters" aria-label={t('filtersLabel')}>
      <label>
        <span>{t('groupBy')}</span>
        <select
          name="group"
          value={groupBy}
          onChange={(e) => onGroupBy((e.currentTarget as HTMLSelectElement).value as GroupBy)}
        >
          <option value="order">{t('groupOrder')}</option>
          <option value="source">{t('groupSource')}</option>
          <option value="kind">{t('groupKind')}</option>
        </select>
      </label>
      <label>
        <span>{t('colKind')}</span>
        <select
          name="kind"
          value={filter.kind}
          onChange={(e) => onFilter({ ...filter, kind: (e.currentTarget as HTMLSelectElement).value as FigureKind })}
        >
          <option value="">{t('all')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('colSource')}</span>
        <select
          name="source"
          value={filter.source}
          onChange={(e) => onFilter({ ...filter, source: (e.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('all')}</option>
          {sources.sources.map((s, i) => (
            <option key={String(i)} value={String(i)}>
              {displayText(s.name)}
            </option>
          ))}
        </select>
      </label>
      <input
        type="search"
        name="q"
        placeholder={`${t('searchPlaceholder')} (/)`}
        aria-label={t('searchPlaceholder')}
        value={filter.text}
        onInput={(e) => onFilter({ ...filter, text: (e.currentTarget as HTMLInputElement).value })}
      />
      <output class="shown" aria-live="polite">
        {filtered ? t('shownOf', { shown: formatNumber(shown, lang), total: formatNumber(total, lang) }) : ''}
      </output>
    </fieldset>
  );
}
