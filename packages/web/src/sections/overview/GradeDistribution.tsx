import { EmptyState } from '../../ui/EmptyState.tsx';
import { GradeBadge } from '../../ui/GradeBadge.tsx';
import { sectionHash } from '../../app/hash-route.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { DimensionRow } from '../../api/types.ts';
import { GRADES } from '../../api/types.ts';

/** Props of {@link GradeDistribution}. */
export interface GradeDistributionProps {
  rows: DimensionRow[] | null;
  total: number;
}

/** Leads per grade as bars, each a link to the lead table filtered on that grade. */
export function GradeDistribution({ rows, total }: GradeDistributionProps) {
  const { t, n, pct } = useI18n();
  if (!rows || rows.length === 0)
    return <EmptyState title={t('overview.notScored')}>{t('overview.notScoredHint')}</EmptyState>;
  const byGrade = new Map(rows.map((r) => [r.value, r]));
  const max = Math.max(1, ...rows.map((r) => r.leads));
  return (
    <ul className="bars" data-testid="grade-distribution">
      {GRADES.map((g) => {
        const r = byGrade.get(g);
        const leads = r?.leads ?? 0;
        return (
          <li key={g}>
            <a
              className="bar-row"
              href={sectionHash('leads', { grade: g })}
              aria-label={t('overview.gradeLink', { grade: g, leads: n(leads) })}
            >
              <GradeBadge grade={g} />
              <span className="bar-track">
                <span
                  className={`bar-fill grade-fill-${g.toLowerCase()}`}
                  style={{ width: `${(leads / max) * 100}%` }}
                />
              </span>
              <span className="bar-value">
                {n(leads)} <span className="muted small">({pct(total ? leads / total : null, 0)})</span>
              </span>
              <span className="bar-extra muted small">
                {t('overview.gradeConversion', { rate: pct(r?.conversionRate ?? null, 0) })}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
