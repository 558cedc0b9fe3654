import type { MessageKey, Translate } from '../lib/shared/i18n';
import type { PageError, PageStatus } from '../lib/shared/messages';

/** Props of StatusMessage. */
export interface StatusMessageProps {
  status: PageStatus | 'no-page';
  /** Why it failed, as a code: the reader sees a sentence, never a browser's own message. */
  error: PageError | null;
  t: Translate;
  /** Offered on pages Shutten skipped or failed on: analyse them now. */
  onAnalyzeAnyway?: () => void;
  /** Offered when the site is on the reader's "never" list. */
  onEnableSite?: () => void;
}

const KEYS: Record<PageStatus | 'no-page', MessageKey | null> = {
  idle: 'statusIdle',
  analyzing: 'statusAnalyzing',
  ready: null,
  'not-japanese': 'statusNotJapanese',
  'not-article': 'statusNotArticle',
  error: 'statusError',
  'too-large': 'statusTooLarge',
  disabled: 'statusDisabled',
  'on-request': 'statusOnRequest',
  'no-page': 'statusNoPage',
};

const OFFER: Partial<Record<PageStatus | 'no-page', MessageKey>> = {
  'not-article': 'analyzeAnyway',
  'not-japanese': 'analyzeAnyway',
  'too-large': 'analyzeAnyway',
  'on-request': 'analyzeNow',
  error: 'tryAgain',
};

/** Says plainly what state the page is in, and offers the way forward where there is one. */
export function StatusMessage({ status, error, t, onAnalyzeAnyway, onEnableSite }: StatusMessageProps) {
  const key = KEYS[status];
  if (!key) return null;
  const offer = OFFER[status];
  return (
    <div class={`status status-${status}`} role="status" aria-live="polite">
      {status === 'analyzing' ? <span class="spinner" aria-hidden="true" /> : null}
      <p>{t(key, { error: error ? t(`error_${error}`) : '' })}</p>
      {offer && onAnalyzeAnyway ? (
        <button type="button" class="primary" onClick={onAnalyzeAnyway}>
          {t(offer)}
        </button>
      ) : null}
      {status === 'disabled' && onEnableSite ? (
        <button type="button" class="primary" onClick={onEnableSite}>
          {t('enableSite')}
        </button>
      ) : null}
    </div>
  );
}
