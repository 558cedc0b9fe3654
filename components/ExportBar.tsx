import type { Translate } from '../lib/shared/i18n';

/** What the export buttons do: copy Markdown or a table (tab-separated), save CSV or the JSON analysis. */
export type ExportFormat = 'markdown' | 'table' | 'csv' | 'json';

/** Props of ExportBar. */
export interface ExportBarProps {
  t: Translate;
  onExport: (format: ExportFormat) => void;
  /** What the last export did ("Copied 2 figures as a table"), announced politely. */
  notice: string;
}

/**
 * Export the figures shown: Markdown or a table to the clipboard (a table pastes into spreadsheet
 * columns), a CSV file, or the whole analysis as JSON.
 */
export function ExportBar({ t, onExport, notice }: ExportBarProps) {
  const button = (f: ExportFormat, label: Parameters<Translate>[0]) => (
    <button type="button" data-export={f} onClick={() => onExport(f)}>
      {t(label)}
    </button>
  );
  return (
    <fieldset class="export" aria-label={t('exportLabel')}>
      {button('markdown', 'copyMarkdown')}
      {button('table', 'copyTable')}
      {button('csv', 'saveCsv')}
      {button('json', 'saveJson')}
      <span class="notice" role="status" aria-live="polite">
        {notice}
      </span>
    </fieldset>
  );
}
