import type { Analysis } from '../../core/types';
import { formatDateValue, formatFigureValue, qualifierText } from '../format';
import type { Translate, UiLang } from '../i18n';
import type { Mark } from './marks';

/** What a card says: a heading (the text as written), a headline value, and labelled lines. */
export interface CardContent {
  title: string;
  value: string;
  rows: [label: string, text: string][];
}

/**
 * The card for a mark, in the UI language. Pure: the card host renders it; tests read it.
 * 「最大3万人」 → value "up to 30,000", rows kind "count", source "米国防総省 (government) · によると".
 */
export function describeMark(m: Mark, a: Analysis, t: Translate, lang: UiLang): CardContent | null {
  if (m.kind === 'figure' || m.kind === 'source') {
    const f = a.figures[m.index];
    if (!f) return null;
    const s = f.source;
    const srcLine = s && s.type !== 'none' ? `${s.name} (${t(`source_${s.type}`)})` : t('unattributed');
    if (m.kind === 'source' && s) {
      const n = a.figures.filter((g) => g.source?.name === s.name).length;
      // A source that is also a name (館長の山田花子氏) keeps the name's reading on its card.
      const reading = a.entities.find((e) => e.start === s.start && e.reading)?.reading;
      const rows: [string, string][] = reading ? [[t('cardReading'), reading]] : [];
      rows.push([t('cardCue'), s.cue ?? '—'], [t('cardFiguresFrom'), String(n)]);
      return { title: s.name, value: t(`source_${s.type}`), rows };
    }
    const rows: [string, string][] = [[t('cardKind'), t(`kind_${f.kind}`)]];
    if (f.unit) rows.push([t('colUnit'), f.unit]);
    if (f.counts) rows.push([t('colCounts'), f.counts]);
    const q = qualifierText(f, t);
    if (q) rows.push([t('cardQualifier'), q]);
    rows.push([t('colSource'), srcLine]);
    if (s?.cue) rows.push([t('cardCue'), s.cue]);
    if (s?.via) rows.push([t('cardVia'), s.via]);
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
