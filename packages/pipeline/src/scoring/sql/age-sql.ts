/**
 * Age features in SQL: the days from a date column to the time of scoring, as model/age.ts computes them.
 * Both engines take the difference of whole milliseconds since 1970 (exact integers), then divide it by
 * the milliseconds of a day in DOUBLE arithmetic: the same two operations as the TypeScript scorer, so the
 * same double. A date is its UTC wall-clock time (TIMESTAMP on DuckDB, TIMESTAMP_NTZ on Snowflake); the
 * reference is an instant (the statement's current time, or a fixed time the caller gives).
 */
import type { SqlDialect } from './sql-text.ts';

/** How one dialect writes an age. */
export interface AgeSql {
  /** The age in days (DOUBLE; NULL when the value is no date) of `column`, an SQL expression. */
  days(column: string): string;
}

/** Milliseconds in a day, as a DOUBLE literal of both engines. */
const MS_PER_DAY = '86400000e0';

function referenceMs(dialect: SqlDialect, reference: Date | undefined): string {
  if (reference !== undefined) {
    const ms = reference.getTime();
    if (!Number.isSafeInteger(ms)) throw new Error(`not a time: ${String(reference)}`);
    return String(ms);
  }
  // The statement's time: on DuckDB the transaction's start, on Snowflake the statement's (constant across rows).
  return dialect === 'duckdb'
    ? 'epoch_ms(current_timestamp)'
    : 'DATE_PART(EPOCH_MILLISECOND, CURRENT_TIMESTAMP())';
}

/**
 * The age SQL of `dialect`, measured at `reference` (default: the engine's current time when the statement
 * runs, the time of scoring).
 *
 * @example
 * ageSql('duckdb').days('"signed_up_at"');
 * // (CAST(epoch_ms(current_timestamp) - epoch_ms(TRY_CAST("signed_up_at" AS TIMESTAMP)) AS DOUBLE) / 86400000e0)
 */
export function ageSql(dialect: SqlDialect, reference?: Date): AgeSql {
  const ref = referenceMs(dialect, reference);
  if (dialect === 'duckdb')
    // TRY_CAST: a column a home widened to text reads as NULL where it holds no date, instead of failing.
    return {
      days: (c) => `(CAST(${ref} - epoch_ms(TRY_CAST(${c} AS TIMESTAMP)) AS DOUBLE) / ${MS_PER_DAY})`,
    };
  return {
    days: (c) => `(CAST(${ref} - DATE_PART(EPOCH_MILLISECOND, ${c}) AS DOUBLE) / ${MS_PER_DAY})`,
  };
}

/**
 * Over `a`, an age in days: its readable value for reasons, as `ageText` (model/age.ts) writes it
 * (`today`, `1 day ago`, `12 days ago`, `in 3 days`, `missing`). The same text in both dialects.
 */
export function ageValueSql(a: string): string {
  const whole = (x: string) => `CAST(CAST(trunc(${x}) AS BIGINT) AS VARCHAR)`;
  return (
    `CASE WHEN ${a} IS NULL THEN 'missing' WHEN ${a} > -1 AND ${a} < 1 THEN 'today'` +
    ` WHEN ${a} >= 1 AND ${a} < 2 THEN '1 day ago' WHEN ${a} >= 2 THEN ${whole(a)} || ' days ago'` +
    ` WHEN ${a} > -2 THEN 'in 1 day' ELSE 'in ' || ${whole(`-${a}`)} || ' days' END`
  );
}
