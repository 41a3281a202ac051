/**
 * Number, percent, score and date formatting for the dashboard, by locale (`en-US`, `es-ES`). Every
 * function accepts null/undefined and returns an em dash for it, so tables never print "null".
 */

/** What the dashboard prints for a missing value. */
export const MISSING = '—';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** `9240` -> `9,240` (en) / `9240` or `9.240` (es), with at most `digits` decimals (default 0). */
export function formatNumber(value: number | null | undefined, locale: string, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  // Spanish groups 4-digit numbers too, so counts line up in tables.
  return numberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
    useGrouping: 'always',
  }).format(value);
}

/** A rate in 0-1 as a percent: `0.3854` -> `38.5%` (en) / `38,5 %` (es). */
export function formatPercent(rate: number | null | undefined, locale: string, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return MISSING;
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(rate);
}

/** A byte count: `9320470` -> `8.9 MB`. */
export function formatBytes(bytes: number | null | undefined, locale: string): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return MISSING;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${formatNumber(v, locale, i === 0 ? 0 : 1)} ${units[i]}`;
}

/**
 * Parses the timestamps the API sends: ISO-8601 (`2026-11-28T04:56:18.378+00:00`) and the warehouse's own
 * spelling (`2026-11-28 04:56:17.67+00`, used by the pipeline status). Returns null when it cannot.
 */
export function parseTimestamp(text: string | null | undefined): Date | null {
  if (!text) return null;
  let s = text.trim().replace(' ', 'T');
  s = s.replace(/([+-]\d{2})$/, '$1:00');
  // Browsers disagree on more than 3 fraction digits; milliseconds are plenty.
  s = s.replace(/(\.\d{3})\d+/, '$1');
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A timestamp as a short local date and time (`Nov 28, 2026, 04:56`), or the text itself if unparsable. */
export function formatDateTime(text: string | null | undefined, locale: string): string {
  if (!text) return MISSING;
  const d = parseTimestamp(text);
  if (!d) return text;
  const key = `d|${locale}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    cache.set(key, f);
  }
  return f.format(d);
}

/** "5 s ago", "3 min ago", ... relative to `now` (default: the current time). */
export function formatRelative(date: Date | null, locale: string, now: Date = new Date()): string {
  if (!date) return MISSING;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** Signed points of a reason: `+18`, `-8`, `0`. */
export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** snake_case column name as words: `first_seen_at` -> `First seen at`. */
export function humanizeColumn(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
