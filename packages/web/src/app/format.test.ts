import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatNumber,
  formatPercent,
  formatPoints,
  humanizeColumn,
  MISSING,
  parseTimestamp,
} from './format.ts';

describe('formatting', () => {
  it('groups thousands in English and Spanish (4-digit numbers too)', () => {
    expect(formatNumber(9240, 'en-US')).toBe('9,240');
    expect(formatNumber(9240, 'es-ES')).toBe('9.240');
    expect(formatNumber(38.289, 'en-US', 1)).toBe('38.3');
    expect(formatNumber(38.289, 'es-ES', 1)).toBe('38,3');
  });

  it('prints a dash for missing or non-finite values', () => {
    expect(formatNumber(null, 'en-US')).toBe(MISSING);
    expect(formatNumber(Number.NaN, 'en-US')).toBe(MISSING);
    expect(formatPercent(undefined, 'en-US')).toBe(MISSING);
  });

  it('formats rates as percents', () => {
    expect(formatPercent(0.38539, 'en-US')).toBe('38.5%');
    expect(formatPercent(0.38539, 'es-ES').replace(/\s/g, ' ')).toBe('38,5 %');
    expect(formatPercent(1, 'en-US', 0)).toBe('100%');
  });

  it('parses both timestamp spellings the API uses', () => {
    expect(parseTimestamp('2026-11-28T04:56:18.378+00:00')?.toISOString()).toBe('2026-11-28T04:56:18.378Z');
    expect(parseTimestamp('2026-11-28 04:56:17.67+00')?.toISOString()).toBe('2026-11-28T04:56:17.670Z');
    expect(parseTimestamp('2026-11-28 04:56:17.965563+00')?.toISOString()).toBe('2026-11-28T04:56:17.965Z');
    expect(parseTimestamp('not a date')).toBeNull();
    expect(parseTimestamp(null)).toBeNull();
  });

  it('formats sizes, points and column names', () => {
    expect(formatBytes(9_320_470, 'en-US')).toBe('8.9 MB');
    expect(formatBytes(512, 'en-US')).toBe('512 B');
    expect(formatPoints(18)).toBe('+18');
    expect(formatPoints(-8)).toBe('-8');
    expect(formatPoints(0)).toBe('0');
    expect(humanizeColumn('total_time_spent_on_website')).toBe('Total time spent on website');
  });
});
