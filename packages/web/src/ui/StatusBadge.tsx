import type { MessageKey } from '../app/i18n.ts';
import { useI18n } from '../app/i18n-context.ts';
import './ui.css';

const TONES: Record<string, 'ok' | 'warn' | 'bad' | 'neutral'> = {
  LOADED: 'ok',
  SUCCEEDED: 'ok',
  RUNNING: 'ok',
  started: 'ok',
  PARTIALLY_LOADED: 'warn',
  SKIPPED: 'neutral',
  LOAD_IN_PROGRESS: 'neutral',
  LOAD_FAILED: 'bad',
  FAILED: 'bad',
  FAILED_AND_AUTO_SUSPENDED: 'bad',
  suspended: 'bad',
  STAGED: 'neutral',
  QUARANTINED: 'bad',
  RETRIED: 'neutral',
  DROPPED: 'neutral',
};

const KNOWN = new Set(Object.keys(TONES));

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  status: string;
}

/** A load, task or pipe status as a coloured, translated badge (unknown statuses show as sent). */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useI18n();
  const tone = TONES[status] ?? 'neutral';
  const text = KNOWN.has(status) ? t(`status.${status}` as MessageKey) : status;
  return (
    <span className={`status status-${tone}`} data-status={status}>
      {text}
    </span>
  );
}
