import type { Analysis, Entity, EntityType, Figure } from '../../core/types';

/**
 * The names of an analysis put together from pieces (a long page's slices, text added at its end), as
 * the engine's name tables read them to join the pieces' entities. The tables (surname readings,
 * company forms) stay with the engine in the background: the page sends these keys and applies the
 * links it gets back (lib/content/name-tables.ts); the CLI links them in place (merge-analysis.ts).
 */

/** One distinct name: a mention's text, kind and group id. Mentions with the same key link alike. */
export interface NameKey {
  text: string;
  type: EntityType;
  id?: number;
}

/** What the name tables make of a key: the group it belongs to (1, 2, … by first mention) and the group's kind. */
export interface NameLink {
  id: number;
  type: EntityType;
}

/** The distinct keys of `entities` in order of first mention, and each entity's index among them. */
export function nameKeys(entities: readonly Entity[]): { keys: NameKey[]; of: number[] } {
  const index = new Map<string, number>();
  const keys: NameKey[] = [];
  const of = entities.map((e) => {
    const k = `${e.type}\u0000${e.id ?? ''}\u0000${e.text}`;
    let i = index.get(k);
    if (i === undefined) {
      i = keys.length;
      index.set(k, i);
      keys.push(e.id === undefined ? { text: e.text, type: e.type } : { text: e.text, type: e.type, id: e.id });
    }
    return i;
  });
  return { keys, of };
}

/** `entities` (copied) with the links of their keys (`of` from nameKeys); a key with no link keeps its mention as it was. */
export function withNameLinks(
  entities: readonly Entity[],
  of: readonly number[],
  links: readonly NameLink[],
): Entity[] {
  return entities.map((e, i) => {
    const link = links[of[i] ?? -1];
    return link ? { ...e, id: link.id, type: link.type } : { ...e };
  });
}

/**
 * Appends the analysis of text added after `base`'s text (offsets relative to that addition) to
 * `base`: every offset moves by `shift`, and the two pieces' entity ids are made distinct, not yet
 * linked (a name in both is two entities until its keys go through the name tables). Neither input
 * is changed.
 */
export function concatAnalysis(base: Analysis, added: Analysis, shift: number): Analysis {
  const moveFigure = (f: Figure): Figure => ({
    ...f,
    start: f.start + shift,
    end: f.end + shift,
    ...(f.sentenceStart !== undefined ? { sentenceStart: f.sentenceStart + shift } : {}),
    source:
      f.source && f.source.start !== undefined && f.source.end !== undefined
        ? { ...f.source, start: f.source.start + shift, end: f.source.end + shift }
        : f.source,
  });
  // Ids of the two pieces are made distinct: linking keeps each piece's groups and joins them by name.
  const idShift = base.entities.reduce((m, e) => Math.max(m, (e.id ?? -1) + 1), 0);
  return {
    ...base,
    figures: [...base.figures, ...added.figures.map(moveFigure)],
    dates: [...base.dates, ...added.dates.map((d) => ({ ...d, start: d.start + shift, end: d.end + shift }))],
    entities: [
      ...base.entities.map((e) => ({ ...e })),
      ...added.entities.map((e) => ({
        ...e,
        start: e.start + shift,
        end: e.end + shift,
        ...(e.id !== undefined ? { id: e.id + idShift } : {}),
      })),
    ],
    ...(base.length !== undefined ? { length: shift + (added.length ?? 0) } : {}),
  };
}
