import { useI18n } from '../app/i18n-context.ts';
import './ui.css';

/** Props of {@link Loading}. */
export interface LoadingProps {
  /** What is loading (default: "Loading…"). */
  label?: string;
  /** A smaller, inline indicator. */
  inline?: boolean;
}

/** A loading indicator that screen readers announce politely. */
export function Loading({ label, inline = false }: LoadingProps) {
  const { t } = useI18n();
  return (
    <div className={inline ? 'loading loading-inline' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
