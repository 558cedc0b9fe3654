import type { FigureKind } from '../core/types';
import type { Translate } from '../lib/i18n';
import type { FigureFilter, GroupBy } from './figure-view';

/** Props of FilterBar. */
export interface FilterBarProps {
  groupBy: GroupBy;
  filter: FigureFilter;
  kinds: readonly FigureKind[];
  sources: readonly string[];
  t: Translate;
  onGroupBy: (g: GroupBy) => void;
  onFilter: (f: FigureFilter) => void;
}

/** Grouping and the three filters (kind, source, text), each a labelled native control. */
export function FilterBar({ groupBy, filter, kinds, sources, t, onGroupBy, onFilter }: FilterBarProps) {
  return (
    <fieldset class="filters" aria-label={t('filtersLabel')}>
      <label>
        {t('groupBy')}{' '}
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
        {t('colKind')}{' '}
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
        {t('colSource')}{' '}
        <select
          name="source"
          value={filter.source}
          onChange={(e) => onFilter({ ...filter, source: (e.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('all')}</option>
          {sources.map((s) => (
            <option key={s} value={s}>
              {s}
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
    </fieldset>
  );
}
