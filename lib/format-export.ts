import type { Analysis, Figure } from '../core/types';
import { formatFigureValue } from './format';
import type { Translate, UiLang } from './i18n';

/** Where an export comes from: the page's title and address, and when it was taken. */
export interface ExportMeta {
  title: string;
  url: string;
  /** ISO date-time of the export. */
  exportedAt: string;
}

/** One table row of the export, in the UI language. */
function row(f: Figure, t: Translate, lang: UiLang): string[] {
  const s = f.source && f.source.type !== 'none' ? f.source : null;
  return [
    f.text,
    formatFigureValue(f, lang, t),
    f.unit,
    t(`kind_${f.kind}`),
    s ? s.name : t('unattributed'),
    s ? t(`source_${s.type}`) : '',
    s?.cue ?? '',
    f.sentence,
  ];
}

const headers = (t: Translate) => [
  t('colFigure'),
  t('colValue'),
  t('colUnit'),
  t('colKind'),
  t('colSource'),
  t('colSourceType'),
  t('cardCue'),
  t('colSentence'),
];

/** A Markdown document: a heading with the page's title, its address and date, then the figure table. */
export function toMarkdown(figures: readonly Figure[], meta: ExportMeta, t: Translate, lang: UiLang): string {
  // A | inside a cell would end it; newlines would end the row.
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const lines = [
    `# ${cell(meta.title || meta.url)}`,
    '',
    `- ${t('exportAddress')}: <${meta.url}>`,
    `- ${t('exportDate')}: ${meta.exportedAt}`,
    '',
    `| ${headers(t).join(' | ')} |`,
    `|${headers(t)
      .map(() => ' --- ')
      .join('|')}|`,
    ...figures.map((f) => `| ${row(f, t, lang).map(cell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** RFC 4180 CSV (CRLF, every field quoted), with the page's title, address and date in leading columns. */
export function toCsv(figures: readonly Figure[], meta: ExportMeta, t: Translate, lang: UiLang): string {
  const q = (s: string | number | null) => `"${String(s ?? '').replace(/"/g, '""')}"`;
  const head = [t('exportTitle'), t('exportAddress'), t('exportDate'), ...headers(t), 'value', 'min', 'max'];
  const body = figures.map((f) => [meta.title, meta.url, meta.exportedAt, ...row(f, t, lang), f.value, f.min, f.max]);
  return `${[head, ...body].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}

/** The Analysis itself with the page's title, address and the export's date: what "save as JSON" writes. */
export function toJson(analysis: Analysis, meta: ExportMeta): string {
  return `${JSON.stringify({ page: meta, analysis }, null, 2)}\n`;
}

/** A file name for a saved export: shutten-<host>-<YYYY-MM-DD>.json. */
export function exportFileName(meta: ExportMeta, ext: string): string {
  let host = 'page';
  try {
    host = new URL(meta.url).hostname || host;
  } catch {
    // Not a URL (a test page): keep the generic name.
  }
  return `shutten-${host}-${meta.exportedAt.slice(0, 10)}.${ext}`;
}
