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
import { ChartCard } from './ChartCard.tsx';
import { CHART_COLORS, CHART_HEIGHT } from './chart-theme.ts';
import type { DecilePoint } from './chart-data.ts';
import { useI18n } from '../app/i18n-context.ts';
import './ui.css';

/** Props of {@link CalibrationChart}. */
export interface CalibrationChartProps {
  id: string;
  title: string;
  description?: string;
  points: DecilePoint[];
}

/**
 * Score vs actual conversion by decile (1 = the highest scores): the model's mean predicted probability
 * (bars) against the observed conversion rate (line). Close bars and line mean a calibrated model; a steep
 * fall from decile 1 to 10 means a model that ranks well (lift).
 */
export function CalibrationChart({ id, title, description, points }: CalibrationChartProps) {
  const { t, n, pct } = useI18n();
  const predicted = t('charts.predicted');
  const actual = t('charts.actual');
  return (
    <ChartCard
      id={id}
      title={title}
      description={description}
      empty={points.length === 0}
      emptyText={t('charts.notScored')}
      table={{
        headers: [t('charts.decile'), t('charts.leads'), predicted, actual, t('charts.lift')],
        rows: points.map((p) => [
          p.decile,
          n(p.leads),
          pct(p.predicted / 100),
          pct(p.actual === null ? null : p.actual / 100),
          p.lift === null ? '—' : `${n(p.lift, 2)}×`,
        ]),
      }}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="decile"
            label={{ value: t('charts.decileAxis'), position: 'insideBottom', offset: -16 }}
          />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            label={{ value: t('charts.conversionRate'), angle: -90, position: 'insideLeft' }}
            width={64}
          />
          <Tooltip
            formatter={(value) => pct(Number(value) / 100)}
            labelFormatter={(d) => t('charts.decileN', { decile: String(d) })}
          />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="predicted" name={predicted} fill={CHART_COLORS.predicted} radius={[3, 3, 0, 0]} />
          <Line
            dataKey="actual"
            name={actual}
            stroke={CHART_COLORS.actual}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
