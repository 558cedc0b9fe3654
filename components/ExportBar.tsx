import type { Translate } from '../lib/i18n';

/** Props of ExportBar. */
export interface ExportBarProps {
  t: Translate;
  onExport: (format: 'markdown' | 'csv' | 'json') => void;
  /** What the last export did ("Copied as Markdown"), announced politely. */
  notice: string;
}

/** Copy the figure table as Markdown or CSV, or save the whole Analysis as JSON. */
export function ExportBar({ t, onExport, notice }: ExportBarProps) {
  return (
    <fieldset class="export" aria-label={t('exportLabel')}>
      <button type="button" data-export="markdown" onClick={() => onExport('markdown')}>
        {t('copyMarkdown')}
      </button>
      <button type="button" data-export="csv" onClick={() => onExport('csv')}>
        {t('copyCsv')}
      </button>
      <button type="button" data-export="json" onClick={() => onExport('json')}>
        {t('saveJson')}
      </button>
      <span class="notice" role="status" aria-live="polite">
        {notice}
      </span>
    </fieldset>
  );
}
