/**
 * Row coercers: turn a value of a warehouse result row (DuckDB's JSON row objects, snowflake-sdk rows) into
 * the type the caller reports. One meaning per name; where callers need a different rule for empty text or
 * objects, the rule is in the name.
 */

/**
 * A number; NULL (or a missing value) reads as 0. Text goes through `Number`, so `''` is 0 as well.
 *
 * @example
 * toNumber('42'); // 42
 * toNumber(null); // 0
 */
export function toNumber(v: unknown): number {
  return v === null || v === undefined ? 0 : Number(v);
}

/** A number, or null for NULL (or a missing value); `''` reads as 0 (as `Number('')`). */
export function toNumberOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

/** A number, or null for NULL, a missing value or empty text (Snowflake status columns report `''`). */
export function toNumberOrNullIfEmpty(v: unknown): number | null {
  return v === null || v === undefined || v === '' ? null : Number(v);
}

/** Text through `String`; NULL (or a missing value) reads as `''`. */
export function toText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/** Text through `String`, or null for NULL (or a missing value). */
export function toTextOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** Text through `String`, or null for NULL, a missing value or empty text. */
export function toTextOrNullIfEmpty(v: unknown): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}

/**
 * Text, with an object (a VARIANT column that snowflake-sdk parsed) written back as JSON; NULL (or a missing
 * value) reads as `''`.
 */
export function toJsonText(v: unknown): string {
  return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** As {@link toJsonText}, but null for NULL (or a missing value). */
export function toJsonTextOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : toJsonText(v);
}

/** True only for `true`, `'true'`, `'TRUE'` or `1` (how drivers report a BOOLEAN); anything else is false. */
export function toBoolean(v: unknown): boolean {
  return v === true || v === 'true' || v === 'TRUE' || v === 1;
}

/**
 * ISO 8601 (`2026-11-28T04:56:17.670Z`) of a timestamp as DuckDB writes a TIMESTAMPTZ in text
 * (`2026-11-28 04:56:17.67+00`); NULL reads as `''`, text that does not parse is returned as it is.
 */
export function toIsoTime(v: unknown): string {
  if (v === null || v === undefined) return '';
  const t = Date.parse(
    String(v)
      .replace(' ', 'T')
      .replace(/([+-]\d{2})$/, '$1:00'),
  );
  return Number.isNaN(t) ? String(v) : new Date(t).toISOString();
}

/** As {@link toIsoTime}, but null for NULL (or a missing value). */
export function toIsoTimeOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : toIsoTime(v);
}
