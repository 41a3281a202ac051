import { ApiError } from '../api/client.ts';
import { useI18n } from '../app/i18n-context.ts';
import './ui.css';

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  error: Error;
  /** Offers a "Try again" button. */
  onRetry?: () => void;
  /** A heading for the error (default: "Something went wrong"). */
  title?: string;
}

/** An error from the API (its problem detail, code and request id) or the browser, with a retry. */
export function ErrorNotice({ error, onRetry, title }: ErrorNoticeProps) {
  const { t } = useI18n();
  const api = error instanceof ApiError ? error : null;
  const offline = api?.code === 'E_NETWORK';
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? (offline ? t('error.offline') : t('error.title'))}</p>
      <p>{error.message}</p>
      {api && api.status > 0 && (
        <p className="muted small">
          {t('error.code', { status: api.status, code: api.code })}
          {api.problem.requestId ? ` · ${t('error.requestId', { id: api.problem.requestId })}` : ''}
        </p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
