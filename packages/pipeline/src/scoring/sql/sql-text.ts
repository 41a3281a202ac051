/**
 * Small helpers for writing SQL text that DuckDB and Snowflake read the same way (identifiers are quoted by
 * `quoteIdent` in warehouse/sql-ident.ts).
 */

import { quoteIdent } from '../../warehouse/sql-ident.ts';

/** Target SQL engine. */
export type SqlDialect = 'duckdb' | 'snowflake';

/** A single-quoted string literal. */
export function str(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * A DOUBLE literal that parses back to exactly `x`. Plain decimals such as `0.25` are DECIMAL in
 * DuckDB (and NUMBER in Snowflake), which would change the arithmetic; exponent notation is DOUBLE
 * in both, and `toExponential()` without digits gives the shortest round-tripping form.
 */
export function dbl(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot write a non-finite number to SQL: ${x}`);
  const s = x.toExponential();
  return x < 0 || Object.is(x, -0) ? `(${s})` : s;
}

/**
 * The key and the columns carried through it (`carry`), quoted, as one select list: what every layer of a
 * scoring SELECT passes on first.
 *
 * @example
 * passedColumns('prospect_id', ['__row']); // '"prospect_id", "__row"'
 */
export function passedColumns(key: string, carry: readonly string[] = []): string {
  return [key, ...carry].map(quoteIdent).join(', ');
}
