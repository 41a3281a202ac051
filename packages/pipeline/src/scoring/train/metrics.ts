/**
 * Classification metrics for probabilistic scores (labels are 0/1 or booleans). Their result types live with
 * the model card (model/model.ts), which records them.
 */
import type { DecileRow, ThresholdMetrics } from '../model/model.ts';

type Labels = ArrayLike<number | boolean>;
type Probs = ArrayLike<number>;

const EPS = 1e-15;

function y01(y: number | boolean | undefined): number {
  return y === true || y === 1 ? 1 : 0;
}

/** ROC AUC by the rank-sum (Mann-Whitney) formula; tied scores count one half. NaN without both classes. */
export function rocAuc(labels: Labels, probs: Probs): number {
  const n = probs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (probs[a] ?? 0) - (probs[b] ?? 0));
  let rankSumPos = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    const v = probs[order[i] ?? 0] ?? 0;
    while (j + 1 < n && (probs[order[j + 1] ?? 0] ?? 0) === v) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y01(labels[order[k] ?? 0])) {
        rankSumPos += avgRank;
        pos++;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Mean squared error of the probabilities (Brier score); lower is better. */
export function brierScore(labels: Labels, probs: Probs): number {
  let s = 0;
  for (let i = 0; i < probs.length; i++) {
    const d = (probs[i] ?? 0) - y01(labels[i]);
    s += d * d;
  }
  return s / probs.length;
}

/** Mean negative log-likelihood, probabilities clipped to [1e-15, 1 - 1e-15]. */
export function logLoss(labels: Labels, probs: Probs): number {
  let s = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = Math.min(Math.max(probs[i] ?? 0, EPS), 1 - EPS);
    s -= y01(labels[i]) ? Math.log(p) : Math.log(1 - p);
  }
  return s / probs.length;
}

/** Accuracy, precision and recall at one threshold (predict positive when `value >= threshold`). */
export function thresholdMetrics(labels: Labels, values: Probs, threshold: number): ThresholdMetrics {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < values.length; i++) {
    const pred = (values[i] ?? 0) >= threshold;
    const y = y01(labels[i]);
    if (pred && y) tp++;
    else if (pred) fp++;
    else if (y) fn++;
    else tn++;
  }
  const n = values.length;
  return {
    threshold,
    accuracy: (tp + tn) / n,
    precision: tp + fp === 0 ? NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? NaN : tp / (tp + fn),
    positiveRate: (tp + fp) / n,
  };
}

/**
 * Calibration and lift table: leads sorted by probability (descending, ties by index) and cut into
 * ten groups of (nearly) equal size.
 */
export function decileTable(labels: Labels, probs: Probs): DecileRow[] {
  const n = probs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (probs[b] ?? 0) - (probs[a] ?? 0) || a - b,
  );
  let totalPos = 0;
  for (let i = 0; i < n; i++) totalPos += y01(labels[i]);
  const overall = totalPos / n;
  const rows: DecileRow[] = [];
  let cumPos = 0;
  for (let d = 0; d < 10; d++) {
    const lo = Math.floor((d * n) / 10);
    const hi = Math.floor(((d + 1) * n) / 10);
    let sp = 0;
    let pos = 0;
    for (let k = lo; k < hi; k++) {
      const i = order[k] ?? 0;
      sp += probs[i] ?? 0;
      pos += y01(labels[i]);
    }
    cumPos += pos;
    const count = hi - lo;
    const rate = count ? pos / count : NaN;
    rows.push({
      decile: d + 1,
      count,
      meanProbability: count ? sp / count : NaN,
      observedRate: rate,
      lift: rate / overall,
      cumulativeCapture: totalPos ? cumPos / totalPos : NaN,
    });
  }
  return rows;
}
