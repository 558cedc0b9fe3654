import type { Figure } from '../core/types';
import { sentenceSpans } from '../lib/popup/figure-view';
import { displayText } from '../lib/shared/format-text';
import type { Translate } from '../lib/shared/i18n';

/** Props of Sentence. */
export interface SentenceProps {
  figure: Figure;
  t: Translate;
}

/**
 * The figure's sentence with the figure, its source and the reporting cue marked (<mark> with
 * labels). Spans are cut from the sentence as written, then each piece is cleaned of bidi and control
 * characters, and the whole sentence is isolated (<bdi>): a page's override cannot mirror the cell.
 */
export function Sentence({ figure, t }: SentenceProps) {
  const s = figure.sentence;
  const parts = [];
  let at = 0;
  for (const [a, b, role] of sentenceSpans(figure)) {
    if (a > at) parts.push(displayText(s.slice(at, a)));
    parts.push(
      <mark
        key={a}
        class={`s-${role}`}
        title={t(role === 'figure' ? 'colFigure' : role === 'source' ? 'colSource' : 'cardCue')}
      >
        {displayText(s.slice(a, b))}
      </mark>,
    );
    at = b;
  }
  if (at < s.length) parts.push(displayText(s.slice(at)));
  return <bdi class="sentence">{parts}</bdi>;
}
