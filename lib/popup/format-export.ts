import type { Analysis, Figure } from '../../core/types';
import { formatFigureValue } from '../shared/format';
import { figureSource, sourceLine } from '../shared/format-source';
import { displayText } from '../shared/format-text';
import type { Translate, UiLang } from '../shared/i18n';

/** Where an export comes from: the page's title and address, and when it was taken. */
export interface ExportMeta {
  title: string;
  url: string;
  /** When the export was taken, in the reader's local time with its offset (see localTimestamp). */
  exportedAt: string;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/**
 * A moment in the reader's own time zone, ISO 8601 with the offset: 2025-07-10T10:02:03+09:00 (a
 * reader in Tokyo sees the time on their clock; a machine still reads the exact moment).
 */
export function localTimestamp(d: Date): string {
  const off = -d.getTimezoneOffset();
  const zone = `${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${zone}`
  );
}

/** One table row of the export, in the UI language; the source is the popup's and the card's line. */
function row(f: Figure, t: Translate, lang: UiLang): string[] {
  const named = figureSource(f).named;
  return [
    f.text,
    formatFigureValue(f, lang, t),
    f.counts ?? '',
    t(`kind_${f.kind}`),
    sourceLine(f, t),
    named?.cue ?? '',
    f.sentence,
  ];
}

const headers = (t: Translate) => [
  t('colFigure'),
  t('colValue'),
  t('colCounts'),
  t('colKind'),
  t('colSource'),
  t('cardCue'),
  t('colSentence'),
];

// Markdown: backslash-escape what would start formatting, a link, HTML, an entity or math, and the
// cell separator (CommonMark lets any ASCII punctuation be escaped). Page text is never markup.
const MD_SPECIAL = /[\\`*_[\]<>|~&$]/g;
/** Page text as literal Markdown inline text: one line, nothing it contains becomes markup. */
export function markdownText(s: string): string {
  return displayText(s).replace(MD_SPECIAL, '\\$&');
}

/** The address as a Markdown autolink, or as escaped text when it is not a web address. */
function markdownUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return markdownText(url);
  // An autolink ends at a space or >; percent-encode them (and <) so the address stays one link.
  return `<${url.replace(/[\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

/** A Markdown document: a heading with the page's title, its address and date, then the figure table. */
export function toMarkdown(figures: readonly Figure[], meta: ExportMeta, t: Translate, lang: UiLang): string {
  const lines = [
    `# ${markdownText(meta.title || meta.url)}`,
    '',
    `- ${t('exportAddress')}: ${markdownUrl(meta.url)}`,
    `- ${t('exportDate')}: ${meta.exportedAt}`,
    '',
    `| ${headers(t).join(' | ')} |`,
    `|${headers(t)
      .map(() => ' --- ')
      .join('|')}|`,
    ...figures.map((f) => `| ${row(f, t, lang).map(markdownText).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

// A spreadsheet runs a cell starting with = + - @ (some also after spaces, a tab or CR) as a
// formula: =HYPERLINK(…) in a page's sentence must stay text. A plain number (-3.5) is left as it is.
const FORMULA_START = /^[\s\u3000]*[=+\-@＝＋－＠]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** A spreadsheet cell that can never be read as a formula: a leading ' marks it as text. */
export function spreadsheetCell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s.trim()) ? `'${s}` : s;
}

/** The export's rows for a spreadsheet: headers, then per figure the page, the row and raw numbers. */
function table(figures: readonly Figure[], meta: ExportMeta, t: Translate, lang: UiLang): string[][] {
  const head = [t('exportTitle'), t('exportAddress'), t('exportDate'), ...headers(t), 'value', 'min', 'max', 'unit'];
  const body = figures.map((f) => [
    meta.title,
    meta.url,
    meta.exportedAt,
    ...row(f, t, lang),
    ...[f.value, f.min, f.max].map((n) => (typeof n === 'number' && Number.isFinite(n) ? String(n) : '')),
    f.unit,
  ]);
  // Page text arrives cleaned (an override would mirror a spreadsheet cell as it would a popup cell).
  return [head, ...body].map((r) => r.map((c) => spreadsheetCell(displayText(c))));
}

/**
 * RFC 4180 CSV (CRLF, every field quoted) for a file, with a byte-order mark so spreadsheet programs
 * read the Japanese as UTF-8; the page's title, address and the export's date lead each row.
 */
export function toCsv(figures: readonly Figure[], meta: ExportMeta, t: Translate, lang: UiLang): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `\uFEFF${table(figures, meta, t, lang)
    .map((r) => r.map(q).join(','))
    .join('\r\n')}\r\n`;
}

/**
 * The same table as tab-separated text for the clipboard: pasted into a spreadsheet it fills columns
 * (tabs and line breaks in page text are already spaces, see displayText).
 */
export function toTsv(figures: readonly Figure[], meta: ExportMeta, t: Translate, lang: UiLang): string {
  return `${table(figures, meta, t, lang)
    .map((r) => r.join('\t'))
    .join('\n')}\n`;
}

/** The Analysis itself with the page's title, address and the export's date: what "save as JSON" writes. */
export function toJson(analysis: Analysis, meta: ExportMeta): string {
  return `${JSON.stringify({ page: meta, analysis }, null, 2)}\n`;
}

/** A file name for a saved export: shutten-<host>-<YYYY-MM-DD>.<ext>, the date in the reader's time. */
export function exportFileName(meta: ExportMeta, ext: string): string {
  let host = 'page';
  try {
    host = new URL(meta.url).hostname || host;
  } catch {
    // Not a URL (a test page): keep the generic name.
  }
  return `shutten-${host.replace(/[^\w.-]/g, '_')}-${meta.exportedAt.slice(0, 10)}.${ext}`;
}
