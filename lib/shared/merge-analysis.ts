import { relinkEntities } from '../../core/entities/coreference';
import type { Analysis, Entity, Figure } from '../../core/types';

/**
 * Appends the analysis of text added after `base`'s text (offsets relative to that addition) to
 * `base`: every offset moves by `shift`, and the entities of both are grouped again as one page's, so
 * a name analysed in two slices is one entity (李成権 ×40 on a long page is one line of the Names tab).
 * Neither input is changed.
 */
export function appendAnalysis(base: Analysis, added: Analysis, shift: number): Analysis {
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
  return {
    ...base,
    figures: [...base.figures, ...added.figures.map(moveFigure)],
    dates: [...base.dates, ...added.dates.map((d) => ({ ...d, start: d.start + shift, end: d.end + shift }))],
    entities: mergeEntities(base.entities, added.entities, shift),
    ...(base.length !== undefined ? { length: shift + (added.length ?? 0) } : {}),
  };
}

/** Both pieces' entities, copied, offsets of the second moved by `shift`, grouped as one text's. */
function mergeEntities(base: readonly Entity[], added: readonly Entity[], shift: number): Entity[] {
  // Ids of the two pieces are made distinct first: relinkEntities keeps each piece's groups and joins them by name.
  const idShift = base.reduce((m, e) => Math.max(m, (e.id ?? -1) + 1), 0);
  const out: Entity[] = [
    ...base.map((e) => ({ ...e })),
    ...added.map((e) => ({
      ...e,
      start: e.start + shift,
      end: e.end + shift,
      ...(e.id !== undefined ? { id: e.id + idShift } : {}),
    })),
  ];
  relinkEntities(out);
  return out;
}
