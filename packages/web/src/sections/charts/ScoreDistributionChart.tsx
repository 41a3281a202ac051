import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../ui/ChartCard.tsx';
import { CHART_COLORS, CHART_HEIGHT } from '../../ui/chart-theme.ts';
import { histogramPoints } from '../../ui/chart-data.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { HistogramBin } from '../../api/types.ts';

/** Props of {@link ScoreDistributionChart}. */
export interface ScoreDistributionChartProps {
  bins: HistogramBin[] | null;
}

/** Leads per score band (bars) and the conversion rate of each band (line). */
export function ScoreDistributionChart({ bins }: ScoreDistributionChartProps) {
  const { t, n, pct } = useI18n();
  const data = histogramPoints(bins);
  const leads = t('charts.leads');
  const rate = t('charts.conversionRate');
  return (
    <ChartCard
      id="score-distribution"
      title={t('charts.scoreDistribution')}
      description={t('charts.scoreDistributionHint')}
      empty={data.length === 0}
      emptyText={t('charts.notScored')}
      table={{
        headers: [t('charts.scoreBand'), leads, rate],
        rows: data.map((d) => [d.range, n(d.leads), pct(d.rate === null ? null : d.rate / 100)]),
      }}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="range"
            tick={{ fontSize: 12 }}
            label={{ value: t('charts.scoreBand'), position: 'insideBottom', offset: -16 }}
          />
          <YAxis
            yAxisId="leads"
            tickFormatter={(v: number) => n(v)}
            label={{ value: leads, angle: -90, position: 'insideLeft', offset: 0 }}
            width={72}
          />
          <YAxis
            yAxisId="rate"
            orientation="right"
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            label={{ value: rate, angle: 90, position: 'insideRight' }}
            width={64}
          />
          <Tooltip
            formatter={(value, name) => (name === rate ? pct(Number(value) / 100) : n(Number(value)))}
          />
          <Legend verticalAlign="top" height={28} />
          <Bar
            yAxisId="leads"
            dataKey="leads"
            name={leads}
            fill={CHART_COLORS.volume}
            radius={[3, 3, 0, 0]}
          />
          <Line
            yAxisId="rate"
            dataKey="rate"
            name={rate}
            stroke={CHART_COLORS.rate}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
