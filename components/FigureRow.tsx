// biome-ignore-all lint/a11y/useSemanticElements: a virtualised table is positioned boxes; <table> rows cannot be, so ARIA roles carry its semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: one row is the list's tab stop (roving focus); headings and header cells are not stops
import { Component } from 'preact';
import type { Figure } from '../core/types';
import { formatFigureValue } from '../lib/shared/format';
import { displayText } from '../lib/shared/format-text';
import type { Translate, UiLang } from '../lib/shared/i18n';
import { Sentence } from './Sentence';
import { SourceLabel } from './SourceLabel';

/** Height of one figure row in CSS pixels; the virtualised list stacks rows by it (popup.css agrees). */
export const ROW_HEIGHT = 50;

/** Props of FigureRow. */
export interface FigureRowProps {
  figure: Figure;
  /** The figure's index in the analysis. */
  index: number;
  /** Position in the list, 1-based, counting the column header row (aria-rowindex). */
  rowIndex: number;
  top: number;
  focusable: boolean;
  lang: UiLang;
  t: Translate;
  onActivate: (index: number) => void;
  onFocusRow: (index: number) => void;
}

/**
 * One figure: as written, its value in the reader's number style, what it counts, its source and the
 * sentence. A class so that rows whose props did not change skip rendering: while the list scrolls
 * or the page's analysis grows, only new rows are drawn.
 */
export class FigureRow extends Component<FigureRowProps> {
  override shouldComponentUpdate(next: FigureRowProps): boolean {
    const p = this.props;
    return (
      next.figure !== p.figure ||
      next.top !== p.top ||
      next.focusable !== p.focusable ||
      next.rowIndex !== p.rowIndex ||
      next.t !== p.t ||
      next.lang !== p.lang
    );
  }

  render({ figure: f, index, rowIndex, top, focusable, lang, t, onActivate, onFocusRow }: FigureRowProps) {
    const value = formatFigureValue(f, lang, t);
    return (
      <div
        role="row"
        class="figure-row"
        aria-rowindex={rowIndex}
        tabIndex={focusable ? 0 : -1}
        data-index={index}
        style={{ transform: `translateY(${top}px)`, height: `${ROW_HEIGHT}px` }}
        aria-label={t('rowLabel', { figure: displayText(f.text), value })}
        onClick={() => onActivate(index)}
        onFocus={() => onFocusRow(index)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onActivate(index);
          }
        }}
      >
        <div role="cell" class="figure-text">
          <bdi>{displayText(f.text)}</bdi>
        </div>
        <div role="cell" class="figure-value">
          {value}
        </div>
        <div role="cell" class="figure-what">
          {f.counts ? <bdi class="counts">{displayText(f.counts)}</bdi> : null}
          <span class="kind">{t(`kind_${f.kind}`)}</span>
        </div>
        <div role="cell" class="figure-source">
          <SourceLabel figure={f} t={t} />
        </div>
        <div role="cell" class="figure-sentence" title={displayText(f.sentence)}>
          <Sentence figure={f} t={t} />
        </div>
      </div>
    );
  }
}
