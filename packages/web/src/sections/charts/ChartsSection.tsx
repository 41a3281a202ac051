import type { SectionProps } from '../../app/section-props.ts';
import { BreakdownChart } from './BreakdownChart.tsx';
import { CalibrationChart } from '../../ui/CalibrationChart.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { decilePoints } from '../../ui/chart-data.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { DimensionRow, Stats } from '../../api/types.ts';
import { columnLabel } from '../../ui/columns.ts';
import { useSchema } from '../../ui/use-column-label.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { Loading } from '../../ui/Loading.tsx';
import { ScoreDistributionChart } from './ScoreDistributionChart.tsx';
import './charts.css';

/** Yes/no values of a yes/no column in the UI's words (the API gives `true`/`false` as text). */
function yesNoRows(rows: DimensionRow[], yesNo: boolean, words: [string, string]): DimensionRow[] {
  if (!yesNo) return rows;
  return rows.map((r) =>
    r.value === 'true' ? { ...r, value: words[0] } : r.value === 'false' ? { ...r, value: words[1] } : r,
  );
}

/**
 * Charts: score distribution, score vs conversion, and conversion by the columns the active model leans
 * on most (the API picks them from the model, so any lead data gets its own charts).
 */
export function ChartsSection(_props: SectionProps) {
  const { t, lang, pct } = useI18n();
  const stats = useApiQuery<Stats>('/stats', { shared: true });
  const schema = useSchema().data;
  if (stats.error && !stats.data)
    return <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} />;
  if (!stats.data) return <Loading />;
  const s = stats.data;
  const words: [string, string] = [t('common.yes'), t('common.no')];
  return (
    <div className="chart-grid">
      <ScoreDistributionChart bins={s.scoreHistogram} />
      <CalibrationChart
        id="deciles"
        title={t('charts.deciles')}
        description={t('charts.decilesHint')}
        points={decilePoints(s.deciles)}
      />
      {(s.breakdowns ?? []).map((b) => {
        const label = b.label?.[lang] ?? columnLabel(b.column, lang, schema);
        const share = schema?.features.find((f) => f.column === b.column)?.importance;
        const yesNo = schema?.columns.find((c) => c.name === b.column)?.type === 'boolean';
        return (
          <BreakdownChart
            key={b.column}
            id={`by-${b.column}`}
            title={t('charts.by', { column: label })}
            description={
              share === undefined ? t('charts.byHintNoModel') : t('charts.byHint', { share: pct(share, 0) })
            }
            category={label}
            rows={yesNoRows(b.buckets, yesNo, words)}
            limit={12}
          />
        );
      })}
    </div>
  );
}
