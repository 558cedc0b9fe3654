import type { Entity, EntityType } from '../../core/types';

/** The key that groups mentions of one entity: the engine's id when it links mentions, else type and text. */
export function entityKey(e: Entity): string {
  return e.id !== undefined ? `#${e.id}` : `${e.type}:${e.text}`;
}

/** One entity with its mentions (indexes into analysis.entities, document order). */
export interface EntityGroup {
  key: string;
  type: EntityType;
  /** The longest form written (ウラジーミル・プーチン over プーチン). */
  name: string;
  reading: string | null;
  mentions: number[];
}

/** Groups the entities by key, most-mentioned first (ties: first mention first). */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  entities.forEach((e, i) => {
    const k = entityKey(e);
    const g = groups.get(k);
    if (!g) {
      groups.set(k, { key: k, type: e.type, name: e.text, reading: e.reading ?? null, mentions: [i] });
      return;
    }
    g.mentions.push(i);
    if (e.text.length > g.name.length) {
      g.name = e.text;
      g.reading = e.reading ?? g.reading;
    }
  });
  return [...groups.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0),
  );
}
