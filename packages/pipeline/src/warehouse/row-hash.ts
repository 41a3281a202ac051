/**
 * The row hash of a lead (SEMANTICS.md §5, "Row hash"): one definition that DuckDB, Snowflake and this
 * TypeScript reference compute byte for byte, so unchanged leads stay unchanged when a home switches
 * engines. The hash is the MD5 (lower-case hex) of the UTF-8 bytes of the lead's canonical text:
 *
 * - the lead columns in name order (JavaScript string order), a column whose value is NULL left out (so a
 *   column added later, NULL for the rows that predate it, leaves their hashes as they were);
 * - each column as `<n>:<name><m>:<text>`, where `n` and `m` count the Unicode code points of the name and
 *   of the value's text: lengths make the concatenation unambiguous whatever the values contain;
 * - the value's text by type: a string as is; an integer as plain digits with a leading `-` when negative;
 *   a boolean as `true` / `false`; a timestamp as `YYYY-MM-DD HH:MM:SS.ffffff` (microseconds); a double
 *   as {@link canonicalDoubleText}; a JSON value as the engine's JSON text (see the note there).
 *
 * Each engine's SQL builds the same text (duckdb/duckdb-task-sql.ts, snowflake/snowflake-task-sql.ts).
 */
import { createHash } from 'node:crypto';
import type { ColumnType } from '../formats/lead-schema.ts';

/**
 * Name of this definition, kept in each warehouse's meta table under `row_hash`: stored hashes made another
 * way are recomputed once (DuckDB when it opens, Snowflake at `apply`).
 */
export const ROW_HASH_ALGORITHM = 'md5-canonical-v1';

/** A column the hash covers. */
export interface HashColumn {
  name: string;
  type: ColumnType;
}

/** The columns in the order the canonical text lists them (by name). */
export function hashOrder<T extends { name: string }>(columns: readonly T[]): T[] {
  return [...columns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The `<n>:<name>` head of a column's entry (its value's `<m>:<text>` follows). */
export function entryHead(name: string): string {
  return `${codePoints(name)}:${name}`;
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * The canonical text of a double: the shortest decimal digits that read back as the same double, written
 * as fixed-point with at least one fractional digit when 1e-4 <= |x| < 1e16 (`2.5`, `100.0`, `0.0001`),
 * otherwise as `d[.ddd]e±XX` with at least two exponent digits (`1e-05`, `1.5e+16`, `1e+308`); zero as
 * `0.0` (or `-0.0`), and `nan`, `inf`, `-inf`. This is the text DuckDB's `CAST(x AS VARCHAR)` gives;
 * Snowflake computes it with the JavaScript UDF whose body is {@link DOUBLE_TEXT_JS}.
 */
export function canonicalDoubleText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without digits gives the shortest digits that read back as x.
  const [mantissa = '', exp = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const e = Number(exp);
  const k = digits.length;
  if (e >= -4 && e < 16) {
    if (e >= k - 1) return `${sign}${digits}${'0'.repeat(e - k + 1)}.0`;
    if (e >= 0) return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
    return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  }
  const abs = Math.abs(e);
  return `${sign}${digits[0]}${k > 1 ? '.' + digits.slice(1) : ''}e${e < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

/**
 * {@link canonicalDoubleText} as the body of a Snowflake JavaScript UDF over its argument `X` (a FLOAT is a
 * JavaScript number there, so the same steps give the same text). A test runs this text against the
 * function above.
 */
export const DOUBLE_TEXT_JS = `var x = X;
if (x !== x) return 'nan';
if (x === Infinity) return 'inf';
if (x === -Infinity) return '-inf';
if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
var sign = x < 0 ? '-' : '';
var parts = Math.abs(x).toExponential().split('e');
var digits = parts[0].replace('.', '');
var e = Number(parts[1]);
var k = digits.length;
if (e >= -4 && e < 16) {
  if (e >= k - 1) return sign + digits + '0'.repeat(e - k + 1) + '.0';
  if (e >= 0) return sign + digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
  return sign + '0.' + '0'.repeat(-e - 1) + digits;
}
var abs = Math.abs(e);
return sign + digits[0] + (k > 1 ? '.' + digits.slice(1) : '') + 'e' + (e < 0 ? '-' : '+') + (abs < 10 ? '0' : '') + abs;`;

/** A timestamp as `YYYY-MM-DD HH:MM:SS.ffffff`: from a Date, microseconds since 1970 (bigint) or ISO text. */
function timestampText(value: unknown): string {
  if (typeof value === 'bigint') {
    const micros = ((value % 1_000_000n) + 1_000_000n) % 1_000_000n;
    const d = new Date(Number((value - micros) / 1000n));
    return `${d.toISOString().slice(0, 19).replace('T', ' ')}.${String(micros).padStart(6, '0')}`;
  }
  if (value instanceof Date) {
    return `${value.toISOString().slice(0, 19).replace('T', ' ')}.${String(value.getUTCMilliseconds()).padStart(3, '0')}000`;
  }
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(?:Z|[+-]00(?::?00)?)?$/.exec(
    String(value),
  );
  if (!m) throw new Error(`not a timestamp: ${String(value)}`);
  return `${m[1]} ${m[2]}.${(m[3] ?? '').padEnd(6, '0')}`;
}

/** The canonical text of one typed value (null for NULL: the column is left out). */
export function canonicalValueText(value: unknown, type: ColumnType): string | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'string':
      return String(value);
    case 'integer':
      if (typeof value === 'number' && !Number.isInteger(value)) throw new Error(`not an integer: ${value}`);
      return typeof value === 'bigint' ? value.toString() : String(value);
    case 'double':
      return canonicalDoubleText(Number(value));
    case 'boolean':
      return value === true || value === 'true' ? 'true' : 'false';
    case 'timestamp':
      return timestampText(value);
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** The canonical text of a lead: its non-null columns' entries in name order. */
export function canonicalRowText(
  row: Readonly<Record<string, unknown>>,
  columns: readonly HashColumn[],
): string {
  let text = '';
  for (const c of hashOrder(columns)) {
    const v = canonicalValueText(row[c.name], c.type);
    if (v !== null) text += `${entryHead(c.name)}${codePoints(v)}:${v}`;
  }
  return text;
}

/**
 * The row hash of a lead, as the warehouses compute it: MD5 of {@link canonicalRowText}, 32 hex digits.
 *
 * @example
 * rowHash({ prospect_id: 'a-1', total_visits: 3 }, [{ name: 'prospect_id', type: 'string' }, { name: 'total_visits', type: 'integer' }])
 * // md5('11:prospect_id3:a-112:total_visits1:3')
 */
export function rowHash(row: Readonly<Record<string, unknown>>, columns: readonly HashColumn[]): string {
  return createHash('md5').update(canonicalRowText(row, columns), 'utf8').digest('hex');
}
