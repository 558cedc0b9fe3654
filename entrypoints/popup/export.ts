import type { ExportFormat } from '../../components/ExportBar';
import type { Figure } from '../../core/types';
import {
  type ExportMeta,
  exportFileName,
  localTimestamp,
  toCsv,
  toJson,
  toMarkdown,
  toTsv,
} from '../../lib/popup/format-export';
import type { Translate, UiLang } from '../../lib/shared/i18n';
import type { PageState } from '../../lib/shared/messages';

/** Saves text as a file: a download of a Blob (no `downloads` permission needed). */
function save(text: string, type: string, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * Runs one export of the figures shown: Markdown and the tab-separated table go to the clipboard,
 * CSV and JSON are saved as files. Times are the reader's local time. Returns the notice to announce.
 */
export async function runExport(
  format: ExportFormat,
  state: PageState,
  figures: readonly Figure[],
  t: Translate,
  lang: UiLang,
): Promise<string> {
  const meta: ExportMeta = { title: state.title, url: state.url, exportedAt: localTimestamp(new Date()) };
  if (format === 'json') {
    if (!state.analysis) return t('exportFailed');
    save(toJson(state.analysis, meta), 'application/json', exportFileName(meta, 'json'));
    return t('savedJson');
  }
  if (format === 'csv') {
    save(toCsv(figures, meta, t, lang), 'text/csv;charset=utf-8', exportFileName(meta, 'csv'));
    return t('savedCsv', { n: figures.length });
  }
  const text = format === 'markdown' ? toMarkdown(figures, meta, t, lang) : toTsv(figures, meta, t, lang);
  try {
    await navigator.clipboard.writeText(text);
    return t(format === 'markdown' ? 'copiedMarkdown' : 'copiedTable', { n: figures.length });
  } catch {
    return t('exportFailed');
  }
}
