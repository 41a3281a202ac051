/**
 * `GET /stats` answers reshaped for charts: the largest values of a breakdown with the rest summed as
 * "other", missing values named, and deciles as predicted vs actual conversion.
 */
import type { DimensionRow, HistogramBin, StatDecile } from '../api/types.ts';

/** One bar of a breakdown chart. */
export interface DimensionPoint {
  name: string;
  leads: number;
  converted: number | null;
  /** Conversion rate in percent (0-100), or null when no lead of the group is labelled. */
  rate: number | null;
  /** Whether this bar sums the smaller values. */
  other?: boolean;
}

/**
 * The `limit` largest values of a breakdown by volume; the rest summed into one "other" bar (whose rate
 * is recomputed from the sums, not averaged). Missing values get `missingLabel`.
 */
export function topDimension(
  rows: readonly DimensionRow[] | null | undefined,
  limit: number,
  labels: { missing: string; other: string },
): DimensionPoint[] {
  if (!rows || rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => b.leads - a.leads);
  const point = (r: DimensionRow): DimensionPoint => ({
    name: r.value ?? labels.missing,
    leads: r.leads,
    converted: r.converted,
    rate: r.conversionRate === null ? null : r.conversionRate * 100,
  });
  if (sorted.length <= limit) return sorted.map(point);
  const head = sorted.slice(0, limit - 1).map(point);
  const rest = sorted.slice(limit - 1);
  const leads = rest.reduce((n, r) => n + r.leads, 0);
  const labelled = rest.filter((r) => r.converted !== null);
  const converted = labelled.length > 0 ? labelled.reduce((n, r) => n + (r.converted ?? 0), 0) : null;
  // The API gives converted and the rate, not the labelled count: recover it per row from the two.
  const labelledLeads = labelled.reduce(
    (n, r) => n + (r.conversionRate ? (r.converted ?? 0) / r.conversionRate : r.leads),
    0,
  );
  head.push({
    name: labels.other,
    leads,
    converted,
    rate: converted === null || labelledLeads === 0 ? null : (converted / labelledLeads) * 100,
    other: true,
  });
  return head;
}

/** One bar of the score distribution. */
export interface HistogramPoint {
  range: string;
  leads: number;
  rate: number | null;
}

/** The score histogram with `0–9`, `10–19`, ... labels. */
export function histogramPoints(bins: readonly HistogramBin[] | null | undefined): HistogramPoint[] {
  if (!bins || bins.every((b) => b.leads === 0)) return [];
  return bins.map((b) => ({
    range: `${b.from}–${b.to}`,
    leads: b.leads,
    rate: b.conversionRate === null ? null : b.conversionRate * 100,
  }));
}

/** One decile: predicted vs actual conversion, in percent, and the lift over the average. */
export interface DecilePoint {
  decile: number;
  leads: number;
  predicted: number;
  actual: number | null;
  lift: number | null;
}

/** Deciles (1 = the highest scores) as predicted vs actual conversion and lift. */
export function decilePoints(deciles: readonly StatDecile[] | null | undefined): DecilePoint[] {
  if (!deciles || deciles.length === 0) return [];
  const labelled = deciles.filter((d) => d.conversionRate !== null);
  const total = labelled.reduce((n, d) => n + d.leads, 0);
  const converted = labelled.reduce((n, d) => n + (d.conversionRate ?? 0) * d.leads, 0);
  const base = total > 0 ? converted / total : null;
  return deciles.map((d) => ({
    decile: d.decile,
    leads: d.leads,
    predicted: d.meanProbability * 100,
    actual: d.conversionRate === null ? null : d.conversionRate * 100,
    lift: d.conversionRate === null || !base ? null : d.conversionRate / base,
  }));
}
