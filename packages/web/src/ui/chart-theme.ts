/** Colours and sizes shared by the charts. */
export const CHART_COLORS = {
  volume: '#60a5fa',
  rate: '#c2410c',
  predicted: '#94a3b8',
  actual: '#1d4ed8',
  grid: '#e5e7eb',
  axis: '#475569',
} as const;

/** Height of a chart in pixels. */
export const CHART_HEIGHT = 300;
