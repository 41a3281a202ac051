/**
 * Dates as the models read them: a date or timestamp value becomes its age, the number of days from it to a
 * reference time (see docs/MODEL.md, "Dates"). The warehouse computes the same numbers in SQL
 * (sql/age-sql.ts), so every rule here is one both engines can follow to the last bit.
 */
import type { LeadValue } from './lead.ts';

/** Milliseconds in a day: an age is `(reference - date) / MS_PER_DAY`, in days (fractional). */
export const MS_PER_DAY = 86_400_000;

// formats/values.ts ISO_TIMESTAMP with groups; also DuckDB's own spelling of a TIMESTAMP (`2024-01-05 10:00:00.123456`).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Milliseconds since 1970-01-01 of an ISO-8601 date or timestamp (`2024-01-05`, `2024-01-05T10:00`,
 * `2024-01-05 10:00:00.123456`), or null for anything else (a date that does not exist, a number, missing).
 * `24:00` is the end of the day, as DuckDB reads it.
 *
 * The time is read as written, as UTC: an offset (`Z`, `+02:00`) is ignored, because the warehouse's
 * TIMESTAMP (DuckDB) and TIMESTAMP_NTZ (Snowflake) columns store the wall-clock time without it.
 * Fractions below a millisecond are cut toward zero, as DuckDB's `epoch_ms` does.
 *
 * @example
 * dateMs('2024-01-02'); // 1704153600000
 */
export function dateMs(v: LeadValue | undefined): number | null {
  if (typeof v !== 'string') return null;
  const m = ISO.exec(v.trim());
  if (!m) return null;
  const n = (k: number): number => Number(m[k] ?? 0);
  const [y, mo, d, h, mi, s] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  const fraction = m[7] ?? '';
  if (mo < 1 || mo > 12 || d < 1 || mi > 59 || s > 59) return null;
  // 24:00 is midnight at the end of the day, as DuckDB reads it; no later time of that hour.
  if (h > 24 || (h === 24 && (mi > 0 || s > 0 || /[1-9]/.test(fraction)))) return null;
  let t = Date.UTC(y, mo - 1, d);
  // Date.UTC reads years 0-99 as 1900-1999.
  if (y < 100) t = new Date(t).setUTCFullYear(y);
  // A day the month does not have (2024-02-30) rolls over into the next month: not a date.
  if (new Date(t).getUTCDate() !== d) return null;
  t += ((h * 60 + mi) * 60 + s) * 1000;
  t += Number(fraction.slice(0, 3).padEnd(3, '0'));
  // Below 1970 a cut fraction moves the time toward zero: one millisecond later.
  if (t < 0 && /[1-9]/.test(fraction.slice(3))) t += 1;
  return t;
}

/** The age in days of a date value at `at` (ms since 1970), or null when the value is not a date. */
export function ageDays(v: LeadValue | undefined, at: number): number | null {
  const t = dateMs(v);
  return t === null ? null : (at - t) / MS_PER_DAY;
}

/**
 * The readable value of an age for reasons: `today` (less than a day either way), `1 day ago`,
 * `12 days ago`, `in 3 days` (whole days, cut toward zero), or `missing`.
 */
export function ageText(days: number | null): string {
  if (days === null || Number.isNaN(days)) return 'missing';
  const d = Math.trunc(days);
  if (d === 0) return 'today';
  if (d === 1) return '1 day ago';
  if (d > 1) return `${d} days ago`;
  return d === -1 ? 'in 1 day' : `in ${-d} days`;
}

/**
 * The newest date among `columns` of `leads`, not later than `cap` (ms), as ms; undefined when none has
 * a date. Training measures ages from it (docs/MODEL.md, "Dates").
 */
export function newestDate(
  leads: readonly Record<string, LeadValue>[],
  columns: readonly string[],
  cap: number,
): number | undefined {
  let newest: number | undefined;
  for (const lead of leads)
    for (const c of columns) {
      const t = dateMs(lead[c]);
      if (t !== null && t <= cap && (newest === undefined || t > newest)) newest = t;
    }
  return newest;
}
