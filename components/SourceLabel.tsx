import type { Figure } from '../core/types';
import { figureSource } from '../lib/shared/format-source';
import { displayText } from '../lib/shared/format-text';
import type { Translate } from '../lib/shared/i18n';

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

/**
 * The source of a figure: type icon and label, name, relay (「CNN経由」) and the cue that attributes it;
 * or "no source named", with the article's byline when the figure stands on it. The same rule as the
 * card and the exports (lib/shared/format-source.ts). Page text is isolated: an override cannot leak out.
 */
export function SourceLabel({ figure, t }: SourceLabelProps) {
  const { named, byline } = figureSource(figure);
  if (!named)
    return (
      <span class="unattributed">
        {t('unattributed')}
        {byline ? (
          <span class="byline" title={displayText(t('articleBy', { byline }))}>
            <bdi>{displayText(t('articleBy', { byline }))}</bdi>
          </span>
        ) : null}
      </span>
    );
  const type = t(`source_${named.type}`);
  return (
    <span class="source">
      <span class="src-line" title={displayText(named.name)}>
        <span class={`src-icon src-${named.type}`} aria-hidden="true" title={type}>
          {SOURCE_ICONS[named.type]}
        </span>
        <span class="visually-hidden">{type}: </span>
        <bdi class="src-name">{displayText(named.name)}</bdi>
      </span>
      <span class="src-type">
        {type}
        {named.cue ? (
          <>
            {' · '}
            <bdi class="cue">{displayText(named.cue)}</bdi>
          </>
        ) : null}
        {named.via ? (
          <>
            {' · '}
            <bdi class="via">{displayText(t('via', { name: named.via }))}</bdi>
          </>
        ) : null}
      </span>
    </span>
  );
}
