import { useI18n } from '../app/i18n-context.ts';
import './ui.css';

/** Props of {@link GradeBadge}. */
export interface GradeBadgeProps {
  grade: string | null | undefined;
}

/** A lead grade (A best, D worst) as a coloured badge; a dash when not scored. */
export function GradeBadge({ grade }: GradeBadgeProps) {
  const { t } = useI18n();
  if (!grade) return <span className="muted">—</span>;
  return (
    <span className={`grade grade-${grade.toLowerCase()}`} title={t('grade.title', { grade })}>
      {grade}
    </span>
  );
}
