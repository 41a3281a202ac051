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
import { CHART_COLORS } from '../../ui/chart-theme.ts';
import { topDimension } from '../../ui/chart-data.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { DimensionRow } from '../../api/types.ts';

/** Props of {@link BreakdownChart}. */
export interface BreakdownChartProps {
  id: string;
  title: string;
  description?: string;
  /** The axis label of the categories (e.g. "Lead source"). */
  category: string;
  rows: DimensionRow[] | null;
  /** Most bars before the rest is summed as "Other" (default 10). */
  limit?: number;
}

/**
 * Volume (bars) and conversion rate (dots on a line) per category, largest first, horizontal so long
 * category names stay readable.
 */
export function BreakdownChart({ id, title, description, category, rows, limit = 10 }: BreakdownChartProps) {
  const { t, n, pct } = useI18n();
  const data = topDimension(rows, limit, { missing: t('charts.missing'), other: t('charts.other') });
  const leads = t('charts.leads');
  const rate = t('charts.conversionRate');
  const height = Math.max(220, data.length * 34 + 80);
  return (
    <ChartCard
      id={id}
      title={title}
      description={description}
      empty={data.length === 0}
      table={{
        headers: [category, leads, rate],
        rows: data.map((d) => [d.name, n(d.leads), pct(d.rate === null ? null : d.rate / 100)]),
      }}
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart layout="vertical" data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <YAxis
            type="category"
            dataKey="name"
            width={150}
            tick={{ fontSize: 12 }}
            interval={0}
            label={{ value: category, angle: -90, position: 'insideLeft', offset: -2 }}
          />
          <XAxis
            xAxisId="leads"
            type="number"
            orientation="bottom"
            tickFormatter={(v: number) => n(v)}
            label={{ value: leads, position: 'insideBottom', offset: -16 }}
          />
          <XAxis
            xAxisId="rate"
            type="number"
            orientation="top"
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
          />
          <Tooltip
            formatter={(value, name) => (name === rate ? pct(Number(value) / 100) : n(Number(value)))}
          />
          <Legend verticalAlign="top" height={28} />
          <Bar
            xAxisId="leads"
            dataKey="leads"
            name={leads}
            fill={CHART_COLORS.volume}
            barSize={18}
            radius={[0, 3, 3, 0]}
          />
          <Line
            xAxisId="rate"
            dataKey="rate"
            name={rate}
            stroke={CHART_COLORS.rate}
            strokeWidth={0}
            dot={{ r: 5, fill: CHART_COLORS.rate }}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
