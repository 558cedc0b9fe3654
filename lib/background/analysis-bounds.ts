import type { Analysis, Figure } from '../../core/types';

/**
 * Keeps an analysis within what one message can carry and the cache should hold. Each figure
 * carries its sentence, and a page without full stops is one sentence: 42,000 characters of
 * 「…約3万人、…」 made 3,000 figures, each with the whole text as its sentence, 127 MB of JSON,
 * twice Chrome's 64 MiB message limit. Sentences are cut to a window around the figure (and its
 * source, when near), narrower as figures are more numerous; names and labels are capped.
 */

/** Characters of sentence context all figures share (about 16 MB as UTF-16). */
const SENTENCE_BUDGET = 8_000_000;
/** A figure's sentence is cut to between these many characters (a real sentence is under 300). */
const SENTENCE_MAX = 1000;
const SENTENCE_MIN = 80;
/** Names, cues, readings and what a figure counts: longer ones are cut. */
const LABEL_MAX = 200;

const cap = (s: string, n = LABEL_MAX) => (s.length > n ? s.slice(0, n) : s);
const capNull = (s: string | null | undefined) => (typeof s === 'string' ? cap(s) : s);

/** The figure's sentence cut to at most `max` characters around the figure (and its source if it fits). */
function windowed(f: Figure, max: number): Figure {
  if (f.sentence.length <= max) return f;
  const base = f.sentenceStart ?? Math.max(0, f.start - Math.max(0, f.sentence.indexOf(f.text)));
  const end = base + f.sentence.length;
  let from = f.start;
  let to = f.end;
  const src = f.source;
  if (src?.start !== undefined && src.end !== undefined && src.start >= base && src.end <= end) {
    if (Math.max(to, src.end) - Math.min(from, src.start) <= max)
      [from, to] = [Math.min(from, src.start), Math.max(to, src.end)];
  }
  // Centre what must be kept in the window, inside the sentence.
  const spare = Math.max(0, max - (to - from));
  let start = Math.max(base, from - Math.floor(spare / 2));
  const stop = Math.min(end, start + Math.max(max, to - from));
  start = Math.max(base, Math.min(start, stop - max));
  return { ...f, sentence: f.sentence.slice(start - base, stop - base), sentenceStart: start };
}

/** The analysis with every figure's sentence windowed and every label capped (a new object if changed). */
export function boundAnalysis(a: Analysis): Analysis {
  const max = Math.max(
    SENTENCE_MIN,
    Math.min(SENTENCE_MAX, Math.floor(SENTENCE_BUDGET / Math.max(1, a.figures.length))),
  );
  return {
    ...a,
    title: capNull(a.title) ?? null,
    byline: capNull(a.byline) ?? null,
    figures: a.figures.map((f) => {
      const w = windowed(f, max);
      return {
        ...w,
        text: cap(w.text),
        unit: cap(w.unit),
        ...(w.core !== undefined ? { core: cap(w.core) } : {}),
        ...(w.counts !== undefined ? { counts: capNull(w.counts) ?? null } : {}),
        source: w.source
          ? {
              ...w.source,
              name: cap(w.source.name),
              cue: capNull(w.source.cue) ?? null,
              ...(w.source.via !== undefined ? { via: capNull(w.source.via) ?? null } : {}),
            }
          : null,
      };
    }),
    dates: a.dates.map((d) => ({ ...d, text: cap(d.text) })),
    entities: a.entities.map((e) => ({ ...e, text: cap(e.text), ...(e.reading ? { reading: cap(e.reading) } : {}) })),
  };
}

const strBytes = (s: string | null | undefined) => (s ? s.length * 2 : 0);

/**
 * About how many bytes an analysis holds (UTF-16 strings plus a fixed cost per object): what the
 * cache counts against its budget. Strings shared between figures count once per figure, so this
 * errs high, never low.
 */
export function analysisBytes(a: Analysis): number {
  let n = 200 + strBytes(a.title) + strBytes(a.byline);
  for (const f of a.figures) {
    n += 160 + strBytes(f.text) + strBytes(f.sentence) + strBytes(f.unit) + strBytes(f.core) + strBytes(f.counts);
    if (f.source) n += 80 + strBytes(f.source.name) + strBytes(f.source.cue) + strBytes(f.source.via);
  }
  for (const d of a.dates) n += 100 + strBytes(d.text);
  for (const e of a.entities) n += 100 + strBytes(e.text) + strBytes(e.reading);
  return n;
}
