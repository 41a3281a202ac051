import type { SectionProps } from '../../app/section-props.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { GradeDistribution } from './GradeDistribution.tsx';
import { HotLeads } from './HotLeads.tsx';
import { sectionHash } from '../../app/hash-route.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { Stats } from '../../api/types.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { Loading } from '../../ui/Loading.tsx';
import { StatCard } from '../../ui/StatCard.tsx';
import { ModelWarningNotice } from '../../ui/ModelWarningNotice.tsx';
import './overview.css';

/** Overview: totals, grade distribution and the hottest open leads. */
export function OverviewSection(_props: SectionProps) {
  const { t, n, pct } = useI18n();
  const stats = useApiQuery<Stats>('/stats', { shared: true });
  if (stats.error && !stats.data)
    return <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} />;
  if (!stats.data) return <Loading />;
  const { totals } = stats.data;
  if (totals.leads === 0) {
    return (
      <EmptyState title={t('overview.empty')}>
        <p>
          {t('overview.emptyHint')} <a href={sectionHash('upload')}>{t('nav.upload')}</a>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <ModelWarningNotice />
      <div className="stat-grid">
        <StatCard
          testId="total-leads"
          label={t('overview.leads')}
          value={n(totals.leads)}
          hint={t('overview.scoredHint', { scored: n(totals.scored) })}
        />
        <StatCard
          label={t('overview.conversion')}
          value={pct(totals.conversionRate)}
          hint={
            totals.converted === null
              ? t('overview.noLabels')
              : t('overview.convertedHint', { converted: n(totals.converted), labelled: n(totals.labelled) })
          }
        />
        <StatCard
          label={t('overview.averageScore')}
          value={totals.averageScore === null ? '—' : n(totals.averageScore, 1)}
          hint={t('overview.averageHint')}
        />
        <StatCard
          label={t('overview.gradeA')}
          value={n(stats.data.byGrade?.find((g) => g.value === 'A')?.leads ?? null)}
          hint={
            pct(stats.data.byGrade?.find((g) => g.value === 'A')?.conversionRate ?? null) +
            ' ' +
            t('overview.convert')
          }
        />
      </div>
      <div className="two-columns">
        <section className="card" aria-labelledby="grades-title">
          <h2 id="grades-title">{t('overview.grades')}</h2>
          <GradeDistribution rows={stats.data.byGrade} total={totals.leads} />
        </section>
        <section className="card" aria-labelledby="hot-title">
          <h2 id="hot-title">{t('overview.hot')}</h2>
          <p className="muted small">{t('overview.hotHint')}</p>
          <HotLeads />
        </section>
      </div>
    </div>
  );
}
