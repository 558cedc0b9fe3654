import type { Figure } from '../core/types';
import type { Translate } from '../lib/i18n';
import { sentenceSpans } from './figure-view';

/** Props of Sentence. */
export interface SentenceProps {
  figure: Figure;
  t: Translate;
}

/** The figure's sentence with the figure, its source and the reporting cue marked (<mark> with labels). */
export function Sentence({ figure, t }: SentenceProps) {
  const s = figure.sentence;
  const parts = [];
  let at = 0;
  for (const [a, b, role] of sentenceSpans(figure)) {
    if (a > at) parts.push(s.slice(at, a));
    parts.push(
      <mark
        key={a}
        class={`s-${role}`}
        title={t(role === 'figure' ? 'colFigure' : role === 'source' ? 'colSource' : 'cardCue')}
      >
        {s.slice(a, b)}
      </mark>,
    );
    at = b;
  }
  if (at < s.length) parts.push(s.slice(at));
  return <span class="sentence">{parts}</span>;
}
