import { describe, it, expect } from 'vitest';
import { brierScore, decileTable, logLoss, rocAuc, thresholdMetrics } from './metrics.ts';

describe('metrics', () => {
  it('computes AUC with ties counted half', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
    expect(rocAuc([0, 1], [0.5, 0.5])).toBe(0.5);
  });

  it('computes Brier, log loss and threshold metrics', () => {
    expect(brierScore([1, 0], [0.8, 0.4])).toBeCloseTo((0.04 + 0.16) / 2, 12);
    expect(logLoss([1, 0], [0.8, 0.4])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 12);
    const t = thresholdMetrics([1, 0, 1, 0], [0.9, 0.6, 0.4, 0.1], 0.5);
    expect([t.accuracy, t.precision, t.recall]).toEqual([0.5, 0.5, 0.5]);
  });

  it('cuts ten deciles, highest first, with lift and capture', () => {
    const p = Array.from({ length: 100 }, (_, i) => i / 100);
    const y = p.map((v) => (v >= 0.9 ? 1 : 0));
    const d = decileTable(y, p);
    expect(d).toHaveLength(10);
    expect(d[0]).toMatchObject({ decile: 1, count: 10, observedRate: 1, lift: 10, cumulativeCapture: 1 });
  });
});
