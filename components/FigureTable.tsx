import type { Figure } from '../core/types';
import { formatFigureValue } from '../lib/format';
import type { Translate, UiLang } from '../lib/i18n';

/** Props of FigureTable. */
export interface FigureTableProps {
  figures: readonly Figure[];
  lang: UiLang;
  t: Translate;
  /** Called with a figure's index when its row is activated (click or Enter). */
  onSelect?: (index: number) => void;
}

/** The article's figures in document order: as written, normalised value, unit, source, sentence. */
export function FigureTable({ figures, lang, t, onSelect }: FigureTableProps) {
  if (!figures.length) return <p class="empty">{t('noFigures')}</p>;
  return (
    <table class="figures">
      <thead>
        <tr>
          <th scope="col">{t('colFigure')}</th>
          <th scope="col">{t('colValue')}</th>
          <th scope="col">{t('colUnit')}</th>
          <th scope="col">{t('colSource')}</th>
          <th scope="col">{t('colSentence')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f, i) => (
          <tr
            key={`${f.start}-${f.end}`}
            class="figure-row"
            tabIndex={0}
            onClick={() => onSelect?.(i)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect?.(i);
              }
            }}
          >
            <td class="figure-text">{f.text}</td>
            <td class="figure-value">{formatFigureValue(f, lang, t)}</td>
            <td>
              {f.unit} <span class="kind">{t(`kind_${f.kind}`)}</span>
            </td>
            <td class="figure-source">
              {f.source && f.source.type !== 'none' && f.source.type !== 'byline' ? (
                <span title={t(`source_${f.source.type}`)}>
                  {f.source.name}
                  {f.source.cue ? <span class="cue"> · {f.source.cue}</span> : null}
                </span>
              ) : (
                <span class="unattributed">{t('unattributed')}</span>
              )}
            </td>
            <td class="figure-sentence">{f.sentence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
