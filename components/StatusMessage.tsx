import type { MessageKey, Translate } from '../lib/i18n';
import type { PageStatus } from '../lib/messages';

/** Props of StatusMessage. */
export interface StatusMessageProps {
  status: PageStatus | 'no-page';
  error: string | null;
  t: Translate;
  /** Offered on pages Shutten skipped: analyse them on request. */
  onAnalyzeAnyway?: () => void;
}

const KEYS: Record<PageStatus | 'no-page', MessageKey | null> = {
  idle: 'statusIdle',
  analysing: 'statusAnalysing',
  ready: null,
  'not-japanese': 'statusNotJapanese',
  'not-article': 'statusNotArticle',
  error: 'statusError',
  'too-large': 'statusTooLarge',
  disabled: 'statusDisabled',
  'no-page': 'statusNoPage',
};

/** Says plainly what state the page is in, and offers the way forward where there is one. */
export function StatusMessage({ status, error, t, onAnalyzeAnyway }: StatusMessageProps) {
  const key = KEYS[status];
  if (!key) return null;
  const offer = status === 'not-article' || status === 'not-japanese' || status === 'too-large';
  return (
    <div class={`status status-${status}`} role="status" aria-live="polite">
      <p>{t(key, { error: error ?? '' })}</p>
      {offer && onAnalyzeAnyway ? (
        <button type="button" onClick={onAnalyzeAnyway}>
          {t('analyzeAnyway')}
        </button>
      ) : null}
    </div>
  );
}
