import type { Analysis } from '../../../core/types';
import { formatDateValue, formatFigureValue, qualifierText } from '../../shared/format';
import { indexSources, type SourceIndex, sourceLine, sourceNames } from '../../shared/format-source';
import { displayText } from '../../shared/format-text';
import type { PageTranslate, UiLang } from '../../shared/i18n/page';
import type { Mark } from './marks';

/** What a card says: a heading (the text as written), a headline value, and labelled lines. */
export interface CardContent {
  title: string;
  value: string;
  rows: [label: string, text: string][];
}

/**
 * The card for a mark, in the UI language. Pure: the card host renders it; tests read it.
 * 「最大3万人」 → value "up to 30,000 人", rows kind "count", source "米国防総省 (government)", cue
 * 「によると」. The source line is the popup's and the export's (lib/shared/format-source.ts); page text
 * comes out cleaned of bidi and control characters. `sources`: the analysis's sources grouped by
 * name variant (lib/content/name-tables.ts), for a source's count of figures; null counts each name apart.
 */
export function describeMark(
  m: Mark,
  a: Analysis,
  t: PageTranslate,
  lang: UiLang,
  sources: SourceIndex | null = null,
): CardContent | null {
  const c = describe(m, a, t, lang, sources);
  return c
    ? {
        title: displayText(c.title),
        value: displayText(c.value),
        rows: c.rows.map(([k, v]) => [k, displayText(v)]),
      }
    : null;
}

function describe(
  m: Mark,
  a: Analysis,
  t: PageTranslate,
  lang: UiLang,
  sources: SourceIndex | null,
): CardContent | null {
  if (m.kind === 'figure' || m.kind === 'source') {
    const f = a.figures[m.index];
    if (!f) return null;
    const s = f.source;
    if (m.kind === 'source' && s) {
      const index = sources ?? indexSources(sourceNames(a.figures), null);
      // Figures from this source, its name variants included (李成権議員 = リー氏).
      const group = index.sources[index.of[m.index] ?? -1];
      const n = group ? group.figures : 1;
      // A source that is also a name (館長の山田花子氏) keeps the name's reading on its card.
      const reading = a.entities.find((e) => e.start === s.start && e.reading)?.reading;
      const rows: [string, string][] = reading ? [[t('cardReading'), reading]] : [];
      rows.push([t('cardCue'), s.cue ?? '—']);
      if (s.via) rows.push([t('cardVia'), s.via]);
      rows.push([t('cardFiguresFrom'), String(n)]);
      return { title: s.name, value: t(`source_${s.type}`), rows };
    }
    const rows: [string, string][] = [[t('cardKind'), t(`kind_${f.kind}`)]];
    if (f.counts) rows.push([t('colCounts'), f.counts]);
    const q = qualifierText(f, t);
    if (q) rows.push([t('cardQualifier'), q]);
    rows.push([t('colSource'), sourceLine(f, t)]);
    if (s?.cue && s.type !== 'byline' && s.type !== 'none') rows.push([t('cardCue'), s.cue]);
    return { title: f.text, value: formatFigureValue(f, lang, t), rows };
  }
  if (m.kind === 'date') {
    const d = a.dates[m.index];
    return d ? { title: d.text, value: formatDateValue(d.value, lang), rows: [[t('cardKind'), t('cardDate')]] } : null;
  }
  const e = a.entities[m.index];
  if (!e) return null;
  // Mentions of one entity: the engine's id links them (プーチン ↔ ウラジーミル・プーチン), else the same text.
  const same = a.entities.filter((x) => (e.id !== undefined ? x.id === e.id : x.text === e.text));
  const reading = e.reading ?? same.find((x) => x.reading)?.reading;
  const rows: [string, string][] = reading ? [[t('cardReading'), reading]] : [];
  rows.push([t('cardMentions'), String(same.length)]);
  return { title: e.text, value: t(`entity_${e.type}`), rows };
}
