/**
 * The feature matrix the trees train on, and its binning into histograms (quantile edges per numeric
 * feature, one bin per categorical level, a missing bin).
 */

/** Column-major feature matrix: one Float64Array per feature (categorical = level index, NaN = missing). */
export interface TreeMatrix {
  nRows: number;
  cols: Float64Array[];
  /** Number of levels of each categorical feature; 0 for numeric features. */
  levelCounts: number[];
}

/** A feature matrix cut into histogram bins (numeric: quantile edges plus a missing bin; categorical: levels). */
export interface Binned {
  nRows: number;
  bins: Uint8Array[];
  nBins: number[];
  offsets: number[];
  totalBins: number;
  edges: Float64Array[];
  isCat: boolean[];
}

function makeEdges(col: Float64Array, rows: Int32Array, maxBins: number): Float64Array {
  const vals: number[] = [];
  for (const r of rows) {
    const v = col[r] ?? NaN;
    if (!Number.isNaN(v)) vals.push(v);
  }
  vals.sort((a, b) => a - b);
  const distinct: number[] = [];
  const counts: number[] = [];
  for (const v of vals) {
    if (distinct.length && distinct[distinct.length - 1] === v)
      counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
    else {
      distinct.push(v);
      counts.push(1);
    }
  }
  const edges: number[] = [];
  const cap = maxBins - 1;
  if (distinct.length <= cap) {
    for (let i = 0; i + 1 < distinct.length; i++)
      edges.push(((distinct[i] ?? 0) + (distinct[i + 1] ?? 0)) / 2);
  } else {
    const target = vals.length / cap;
    let acc = 0;
    for (let i = 0; i + 1 < distinct.length && edges.length < cap - 1; i++) {
      acc += counts[i] ?? 0;
      if (acc >= target) {
        edges.push(((distinct[i] ?? 0) + (distinct[i + 1] ?? 0)) / 2);
        acc = 0;
      }
    }
  }
  return Float64Array.from(edges);
}

function binOf(edges: Float64Array, v: number): number {
  if (Number.isNaN(v)) return 0;
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((edges[mid] ?? 0) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** Bins every feature of `x`, numeric edges taken from `rows` (at most `maxBins`, and 255). */
export function binMatrix(x: TreeMatrix, rows: Int32Array, maxBins: number): Binned {
  const nf = x.cols.length;
  const bins: Uint8Array[] = [];
  const nBins: number[] = [];
  const offsets: number[] = [];
  const edges: Float64Array[] = [];
  const isCat: boolean[] = [];
  let total = 0;
  for (let f = 0; f < nf; f++) {
    const col = x.cols[f] ?? new Float64Array(0);
    const levels = x.levelCounts[f] ?? 0;
    const b = new Uint8Array(x.nRows);
    if (levels > 0) {
      if (levels > 256) throw new Error(`feature ${f} has ${levels} levels; at most 256 are supported`);
      for (let r = 0; r < x.nRows; r++) b[r] = col[r] ?? 0;
      edges.push(new Float64Array(0));
      nBins.push(levels);
      isCat.push(true);
    } else {
      const e = makeEdges(col, rows, Math.min(maxBins, 255));
      for (let r = 0; r < x.nRows; r++) b[r] = binOf(e, col[r] ?? NaN);
      edges.push(e);
      nBins.push(e.length + 2);
      isCat.push(false);
    }
    bins.push(b);
    offsets.push(total);
    total += nBins[f] ?? 0;
  }
  return { nRows: x.nRows, bins, nBins, offsets, totalBins: total, edges, isCat };
}
