import { useState } from 'preact/hooks';
import type { EntityGroup } from '../lib/shared/entity-groups';
import { formatNumber } from '../lib/shared/format';
import { displayText } from '../lib/shared/format-text';
import type { Translate, UiLang } from '../lib/shared/i18n';

/** Props of EntityList. */
export interface EntityListProps {
  groups: readonly EntityGroup[];
  lang: UiLang;
  t: Translate;
  /** Called with an entity's key; the page shows its next mention. */
  onSelect?: (key: string) => void;
  /** Which mention the page shows now (after the last activation), announced politely. */
  position?: { key: string; index: number; count: number } | null;
}

const SECTIONS = ['person', 'organization', 'place', 'product', 'event', 'other'] as const;
/** Names listed per section before "show all": a long page names thousands. */
const FIRST = 60;

/**
 * People, organisations and places (then the rest), each with its mention count, most mentioned
 * first; activating one cycles its mentions. A section with many names shows the first FIRST and a
 * button for the rest, so the tab opens at once on a long page.
 */
export function EntityList({ groups, lang, t, onSelect, position }: EntityListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (!groups.length) return <p class="empty">{t('noEntities')}</p>;
  return (
    <div class="entities">
      {SECTIONS.map((type) => {
        const list = groups.filter((g) => g.type === type);
        if (!list.length) return null;
        const shown = open.has(type) ? list : list.slice(0, FIRST);
        return (
          <section key={type} aria-labelledby={`ent-${type}`}>
            <h2 id={`ent-${type}`}>
              {t(`entityPlural_${type}`)} <span class="count">({formatNumber(list.length, lang)})</span>
            </h2>
            <ul>
              {shown.map((g) => (
                <li key={g.key}>
                  <button
                    type="button"
                    class={`entity entity-${type}`}
                    data-key={g.key}
                    title={t('entityCycle')}
                    aria-label={t('entityLabel', { name: displayText(g.name), count: g.mentions.length })}
                    onClick={() => onSelect?.(g.key)}
                  >
                    <bdi class="entity-name">{displayText(g.name)}</bdi>
                    {g.reading ? <bdi class="reading">{displayText(g.reading)}</bdi> : null}
                    <span class="mentions">{g.mentions.length}</span>
                  </button>
                  {position?.key === g.key ? (
                    <span class="position" role="status">
                      {' '}
                      {t('entityPosition', { i: position.index + 1, n: position.count })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            {shown.length < list.length ? (
              <button type="button" class="link more" onClick={() => setOpen(new Set([...open, type]))}>
                {t('showAll', { n: formatNumber(list.length, lang) })}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
