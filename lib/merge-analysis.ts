import type { Analysis, Figure } from '../core/types';

/**
 * Appends the analysis of text added after `base`'s text (offsets relative to that addition) to
 * `base`: every offset moves by `shift`, entity ids move past base's so two 「田中」 groups stay apart
 * unless the engine links them (it cannot across two requests).
 */
export function appendAnalysis(base: Analysis, added: Analysis, shift: number): Analysis {
  const idShift = base.entities.reduce((m, e) => Math.max(m, (e.id ?? -1) + 1), 0);
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
    entities: [
      ...base.entities,
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
