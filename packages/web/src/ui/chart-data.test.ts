import { describe, expect, it } from 'vitest';
import { decilePoints, histogramPoints, topDimension } from './chart-data.ts';

const labels = { missing: '(missing)', other: 'Other' };

describe('chart data', () => {
  it('keeps the largest values and sums the rest as "Other", recomputing its rate', () => {
    const rows = [
      { value: 'Google', leads: 100, converted: 40, conversionRate: 0.4 },
      { value: 'Direct', leads: 80, converted: 20, conversionRate: 0.25 },
      { value: null, leads: 10, converted: 5, conversionRate: 0.5 },
      { value: 'Facebook', leads: 10, converted: 0, conversionRate: 0 },
    ];
    const points = topDimension(rows, 3, labels);
    expect(points.map((p) => p.name)).toEqual(['Google', 'Direct', 'Other']);
    expect(points[2]).toMatchObject({ leads: 20, converted: 5, other: true });
    expect(points[2]?.rate).toBeCloseTo(25);
    expect(topDimension(rows, 10, labels).map((p) => p.name)).toContain('(missing)');
  });

  it('gives no points for no data, so charts show their empty state', () => {
    expect(topDimension(null, 5, labels)).toEqual([]);
    expect(
      histogramPoints([{ bin: 0, from: 0, to: 9, leads: 0, converted: 0, conversionRate: null }]),
    ).toEqual([]);
    expect(decilePoints(null)).toEqual([]);
  });

  it('labels score bands and turns rates into percents', () => {
    expect(
      histogramPoints([{ bin: 9, from: 90, to: 100, leads: 5, converted: 4, conversionRate: 0.8 }]),
    ).toEqual([{ range: '90–100', leads: 5, rate: 80 }]);
  });

  it('computes the lift of each decile over the average conversion', () => {
    const points = decilePoints([
      { decile: 1, leads: 10, meanProbability: 0.9, converted: 9, conversionRate: 0.9 },
      { decile: 2, leads: 10, meanProbability: 0.1, converted: 1, conversionRate: 0.1 },
    ]);
    expect(points[0]).toMatchObject({ decile: 1, predicted: 90, actual: 90 });
    expect(points[0]?.lift).toBeCloseTo(1.8);
    expect(points[1]?.lift).toBeCloseTo(0.2);
  });
});
