import type { SectionProps } from '../../app/section-props.ts';
import { BreakdownChart } from './BreakdownChart.tsx';
import { CalibrationChart } from '../../ui/CalibrationChart.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { decilePoints } from '../../ui/chart-data.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { Stats } from '../../api/types.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { Loading } from '../../ui/Loading.tsx';
import { ScoreDistributionChart } from './ScoreDistributionChart.tsx';
import './charts.css';

/** Charts: score distribution, conversion by source, origin and last activity, score vs conversion. */
export function ChartsSection(_props: SectionProps) {
  const { t } = useI18n();
  const stats = useApiQuery<Stats>('/stats', { shared: true });
  if (stats.error && !stats.data)
    return <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} />;
  if (!stats.data) return <Loading />;
  const s = stats.data;
  return (
    <div className="chart-grid">
      <ScoreDistributionChart bins={s.scoreHistogram} />
      <CalibrationChart
        id="deciles"
        title={t('charts.deciles')}
        description={t('charts.decilesHint')}
        points={decilePoints(s.deciles)}
      />
      <BreakdownChart
        id="by-source"
        title={t('charts.bySource')}
        description={t('charts.bySourceHint')}
        category={t('charts.source')}
        rows={s.bySource}
      />
      <BreakdownChart
        id="by-origin"
        title={t('charts.byOrigin')}
        description={t('charts.byOriginHint')}
        category={t('charts.origin')}
        rows={s.byOrigin}
      />
      <BreakdownChart
        id="by-activity"
        title={t('charts.byActivity')}
        description={t('charts.byActivityHint')}
        category={t('charts.activity')}
        rows={s.byActivity}
        limit={12}
      />
    </div>
  );
}
