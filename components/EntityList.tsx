import type { EntityGroup } from '../lib/entity-groups';
import type { Translate } from '../lib/i18n';

/** Props of EntityList. */
export interface EntityListProps {
  groups: readonly EntityGroup[];
  t: Translate;
  /** Called with an entity's key; the page shows its next mention. */
  onSelect?: (key: string) => void;
  /** Which mention the page shows now (after the last activation), announced politely. */
  position?: { key: string; index: number; count: number } | null;
}

const SECTIONS = ['person', 'organization', 'place', 'product', 'event', 'other'] as const;

/** People, organisations and places (then the rest), each with its mention count; activating one cycles its mentions. */
export function EntityList({ groups, t, onSelect, position }: EntityListProps) {
  if (!groups.length) return <p class="empty">{t('noEntities')}</p>;
  return (
    <div class="entities">
      {SECTIONS.map((type) => {
        const list = groups.filter((g) => g.type === type);
        if (!list.length) return null;
        return (
          <section key={type} aria-labelledby={`ent-${type}`}>
            <h2 id={`ent-${type}`}>
              {t(`entityPlural_${type}`)} <span class="count">({list.length})</span>
            </h2>
            <ul>
              {list.map((g) => (
                <li key={g.key}>
                  <button
                    type="button"
                    class={`entity entity-${type}`}
                    data-key={g.key}
                    title={t('entityCycle')}
                    aria-label={t('entityLabel', { name: g.name, count: g.mentions.length })}
                    onClick={() => onSelect?.(g.key)}
                  >
                    <span class="entity-name">{g.name}</span>
                    {g.reading ? <span class="reading"> {g.reading}</span> : null}
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
          </section>
        );
      })}
    </div>
  );
}
