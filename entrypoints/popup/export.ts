import type { Figure } from '../../core/types';
import { type ExportMeta, exportFileName, toCsv, toJson, toMarkdown } from '../../lib/format-export';
import type { Translate, UiLang } from '../../lib/i18n';
import type { PageState } from '../../lib/messages';

/**
 * Runs one export: Markdown and CSV go to the clipboard, JSON is saved as a file (a download of a
 * Blob: no `downloads` permission needed). Returns the notice to announce.
 */
export async function runExport(
  format: 'markdown' | 'csv' | 'json',
  state: PageState,
  figures: readonly Figure[],
  t: Translate,
  lang: UiLang,
): Promise<string> {
  const meta: ExportMeta = { title: state.title, url: state.url, exportedAt: new Date().toISOString() };
  if (format === 'json') {
    if (!state.analysis) return t('exportFailed');
    const blob = new Blob([toJson(state.analysis, meta)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = exportFileName(meta, 'json');
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    return t('savedJson');
  }
  const text = format === 'markdown' ? toMarkdown(figures, meta, t, lang) : toCsv(figures, meta, t, lang);
  try {
    await navigator.clipboard.writeText(text);
    return t(format === 'markdown' ? 'copiedMarkdown' : 'copiedCsv', { n: figures.length });
  } catch {
    return t('exportFailed');
  }
}
