import type { Figure } from '../core/types';
import type { Translate } from '../lib/i18n';

/** Props of SourceLabel. */
export interface SourceLabelProps {
  figure: Figure;
  t: Translate;
}

/** A one-letter type icon per source type: legible without an emoji font, and labelled for screen readers. */
export const SOURCE_ICONS: Record<string, string> = {
  person: '人',
  organization: '組',
  media: '報',
  government: '官',
  document: '文',
  anonymous: '匿',
  byline: '署',
  none: '－',
};

/** The source of a figure: type icon and label, name, and the cue that attributes it. */
export function SourceLabel({ figure, t }: SourceLabelProps) {
  const s = figure.source;
  if (!s || s.type === 'none' || s.type === 'byline') return <span class="unattributed">{t('unattributed')}</span>;
  const type = t(`source_${s.type}`);
  return (
    <span class="source">
      <span class={`src-icon src-${s.type}`} aria-hidden="true" title={type}>
        {SOURCE_ICONS[s.type]}
      </span>
      <span class="visually-hidden">{type}: </span>
      <span class="src-name">{s.name}</span>
      {s.via ? (
        <span class="via">
          {' '}
          ({t('cardVia')} {s.via})
        </span>
      ) : null}
      <span class="src-type">
        {type}
        {s.cue ? <span class="cue"> · {s.cue}</span> : null}
      </span>
    </span>
  );
}
