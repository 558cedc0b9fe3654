import { formatFigureValue } from '../lib/format';
import type { Translate, UiLang } from '../lib/i18n';
import type { FigureGroup, GroupBy } from './figure-view';
import { Sentence } from './Sentence';
import { SOURCE_ICONS, SourceLabel } from './SourceLabel';

/** Props of FigureTable. */
export interface FigureTableProps {
  groups: readonly FigureGroup[];
  groupBy: GroupBy;
  lang: UiLang;
  t: Translate;
  /** Called with a figure's index in the analysis when its row is activated (click, Enter or Space). */
  onSelect?: (index: number) => void;
}

/** The figures, one row each, optionally under group headings: as written, value, unit, source, sentence. */
export function FigureTable({ groups, groupBy, lang, t, onSelect }: FigureTableProps) {
  if (!groups.some((g) => g.rows.length)) return <p class="empty">{t('noMatches')}</p>;
  const heading = (g: FigureGroup) =>
    groupBy === 'kind' ? t(`kind_${g.key}` as Parameters<Translate>[0]) : g.key || t('unattributed');
  return (
    <table class="figures">
      <caption class="visually-hidden">{t('tabFigures')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colFigure')}</th>
          <th scope="col">{t('colValue')}</th>
          <th scope="col">{t('colUnit')}</th>
          <th scope="col">{t('colSource')}</th>
          <th scope="col">{t('colSentence')}</th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.key}>
          {groupBy !== 'order' ? (
            <tr class="group-row">
              <th scope="rowgroup" colSpan={5}>
                {g.sourceType && g.key ? (
                  <>
                    <span class={`src-icon src-${g.sourceType}`} aria-hidden="true">
                      {SOURCE_ICONS[g.sourceType]}
                    </span>{' '}
                  </>
                ) : null}
                {heading(g)} <span class="count">({g.rows.length})</span>
              </th>
            </tr>
          ) : null}
          {g.rows.map(({ index, figure: f }) => (
            <tr
              key={index}
              class="figure-row"
              tabIndex={0}
              data-index={index}
              aria-label={t('rowLabel', { figure: f.text, value: formatFigureValue(f, lang, t) })}
              onClick={() => onSelect?.(index)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect?.(index);
                }
              }}
            >
              <td class="figure-text">{f.text}</td>
              <td class="figure-value">{formatFigureValue(f, lang, t)}</td>
              <td class="figure-unit">
                {f.unit} <span class="kind">{t(`kind_${f.kind}`)}</span>
                {f.counts ? (
                  <span class="counts" title={t('colCounts')}>
                    <span class="visually-hidden">{t('colCounts')}: </span>
                    {f.counts}
                  </span>
                ) : null}
              </td>
              <td class="figure-source">
                <SourceLabel figure={f} t={t} />
              </td>
              <td class="figure-sentence">
                <Sentence figure={f} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
