import { describe, expect, it } from 'vitest';
import { ageDays, ageText, dateMs, newestDate } from './age.ts';
import type { Lead } from './lead.ts';

describe('dateMs', () => {
  it('reads ISO-8601 dates and timestamps as UTC wall-clock time, the offset ignored as the warehouse does', () => {
    expect(dateMs('2024-01-02')).toBe(Date.UTC(2024, 0, 2));
    expect(dateMs('2024-01-02T03:04')).toBe(Date.UTC(2024, 0, 2, 3, 4));
    expect(dateMs(' 2024-01-02 03:04:05.678901 ')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
    expect(dateMs('2024-01-02T03:04:05+02:00')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(dateMs('2024-01-02T03:04:05Z')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(dateMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(dateMs('2024-02-29 24:00')).toBe(Date.UTC(2024, 2, 1));
    expect(dateMs('0050-03-01')).toBe(new Date(Date.UTC(2000, 2, 1)).setUTCFullYear(50));
  });

  it('cuts sub-millisecond digits toward zero, as DuckDB epoch_ms does, before 1970 too', () => {
    expect(dateMs('1969-12-31 23:59:59.9995')).toBe(0);
    expect(dateMs('1969-12-31 23:59:59.999')).toBe(-1);
  });

  it('gives null for what is not a date', () => {
    for (const v of [
      '2023-02-29',
      '2024-13-01',
      '2024-01-02T24:01',
      '2024-01-02 23:60',
      '2024-01-02 23:59:60',
      '20240102',
      'soon',
      '',
      5,
      true,
      null,
    ])
      expect(dateMs(v)).toBeNull();
    expect(dateMs(undefined)).toBeNull();
  });
});

describe('ageDays and ageText', () => {
  it('counts fractional days to the reference and shows whole days, cut toward zero', () => {
    const at = Date.UTC(2024, 0, 13, 12);
    expect(ageDays('2024-01-01', at)).toBe(12.5);
    expect(ageDays('nope', at)).toBeNull();
    expect([12.5, 1.2, 0.9, -0.4, -1.5, -3.2, null].map(ageText)).toEqual([
      '12 days ago',
      '1 day ago',
      'today',
      'today',
      'in 1 day',
      'in 3 days',
      'missing',
    ]);
  });

  it('finds the newest date of some columns, ignoring dates after the cap', () => {
    const leads: Lead[] = [{ a: '2024-01-01', b: '2030-01-01' }, { a: '2024-02-01', b: null }, { a: 'x' }];
    expect(newestDate(leads, ['a', 'b'], Date.UTC(2025, 0, 1))).toBe(Date.UTC(2024, 1, 1));
    expect(newestDate(leads, ['c'], 0)).toBeUndefined();
  });
});
