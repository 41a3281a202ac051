/**
 * The SQL of COPY INTO leads_raw on DuckDB for wide staged CSV files, in column batches. One statement over
 * every column of a 1,000-column file holds several vectors per column per thread (the raw field, its
 * cleaned text, its rendering for `err_raw`) and ran out of DuckDB's memory limit even for three rows
 * (issue 17); so a wide file is loaded as the declared columns first (`csvInsertSql` with `declaredOnly`),
 * then `extra` and the rejected rows' `err_raw` are filled in by batches of at most
 * {@link WIDE_CSV_BATCH_COLUMNS} columns, each reading only its fields of the staged file. Same rows, same
 * values, same rejections as the one-statement load; narrow files keep that one statement.
 */
import { quoteIdent } from '../sql-ident.ts';
import { sqlString } from './duckdb-ddl.ts';
import type { CsvLoadPlan } from './duckdb-load-sql.ts';
import { cleanTextSql, csvReadSql, inferTextTypeSql } from './duckdb-load-sql.ts';

/**
 * Files with more columns than this are loaded in column batches (default 200: the lead schema has 37, and
 * measured one-statement loads stay far below the memory limit up to a few hundred columns).
 */
export const WIDE_CSV_COLUMNS = 200;
/** Columns per batch statement of a wide load (each batch reads the staged file once more). */
export const WIDE_CSV_BATCH_COLUMNS = 100;

/** Whether a staged CSV file with this header is loaded in column batches. */
export function isWideCsv(header: readonly string[]): boolean {
  return header.length > WIDE_CSV_COLUMNS;
}

/** `items` cut into consecutive slices of at most `size`. */
export function batches<T>(items: readonly T[], size = WIDE_CSV_BATCH_COLUMNS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The undeclared columns of a wide file as batches of `{ name, i }` (i: the field's index in the header),
 * in name order: merged batch by batch, `extra` keeps its keys sorted as the one-statement load writes them.
 */
export function undeclaredBatches(plan: CsvLoadPlan): { name: string; i: number }[][] {
  const undeclared = plan.header
    .map((name, i) => ({ name, i }))
    .filter((h) => !plan.declared.has(h.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return batches(undeclared);
}

/**
 * The pieces a wide load builds batch by batch: per source line `l` and batch `b`, a JSON object of the
 * batch's non-null undeclared values, or a part of a rejected record's text. Merged into the store in one
 * UPDATE at the end: updating the store once per batch kept every earlier version of `extra` in memory
 * until the commit and ran out of memory at 10,000 rows.
 */
export const WIDE_PARTS_DDL = `CREATE OR REPLACE TEMP TABLE leadpipe_wide_parts (l BIGINT NOT NULL, b INTEGER NOT NULL, x VARCHAR NOT NULL)`;
/** Empties the pieces (between `extra` and `err_raw`). */
export const CLEAR_WIDE_PARTS_SQL = `DELETE FROM leadpipe_wide_parts`;
/** Drops the pieces of a wide load. */
export const DROP_WIDE_PARTS_SQL = `DROP TABLE IF EXISTS leadpipe_wide_parts`;
/** The highest source line among the pieces. */
export const WIDE_PARTS_LAST_LINE_SQL = `SELECT coalesce(max(l), 0) AS n FROM leadpipe_wide_parts`;

/**
 * Batch `b` of undeclared columns as pieces of `extra` (`$path`: the staged file): the batch's values
 * cleaned, nulls left out, lines whose batch is all null left out.
 */
export function wideExtraPartSql(
  plan: CsvLoadPlan,
  batch: readonly { name: string; i: number }[],
  b: number,
): string {
  const cleaned = batch.map((u) => `${cleanTextSql(`f${u.i}`, plan.nullTokens, plan.trim)} AS c${u.i}`);
  return `INSERT INTO leadpipe_wide_parts
SELECT l, ${b}, CAST(json_merge_patch('{}', json_object(${batch.map((u) => `${sqlString(u.name)}, c${u.i}`).join(', ')})) AS VARCHAR)
FROM (SELECT l, ${cleaned.join(', ')} FROM ${csvReadSql(plan)})
WHERE NOT (${batch.map((u) => `c${u.i} IS NULL`).join(' AND ')})`;
}

/**
 * `extra` of the rows a load put past `$base`, from the pieces: the batches' objects joined in batch order
 * (their keys are disjoint and each batch's are sorted, so the keys stay sorted), for the source lines
 * past `$from` up to `$to`: merged in slices of {@link WIDE_MERGE_LINES} lines, since one UPDATE of all the
 * rows of 10,000 lines of 1,000 columns ran out of memory.
 */
export const WIDE_EXTRA_MERGE_SQL = `UPDATE leads_raw_rows SET extra = json(s.x)
FROM (SELECT l, '{' || string_agg(substr(x, 2, length(x) - 2), ',' ORDER BY b) || '}' AS x FROM leadpipe_wide_parts
  WHERE l > $from AND l <= $to GROUP BY l) AS s
WHERE leads_raw_rows.raw_id = $base + s.l`;

/** Source lines per merge statement of a wide load. */
export const WIDE_MERGE_LINES = 2000;

/**
 * Fields `from` .. `to - 1` (file order) of the records that failed typing in a load past `$base`, rendered
 * as the one-statement load renders a rejected record, as pieces of batch `b`.
 */
export function wideErrRawPartSql(plan: CsvLoadPlan, from: number, to: number, b: number): string {
  const delim = sqlString(plan.delimiter);
  const rendered: string[] = [];
  for (let i = from; i < to; i++) {
    rendered.push(
      `CASE WHEN f${i} IS NULL THEN '' WHEN contains(f${i}, ${delim}) OR contains(f${i}, '"') OR contains(f${i}, chr(10)) OR contains(f${i}, chr(13)) THEN '"' || replace(f${i}, '"', '""') || '"' ELSE f${i} END`,
    );
  }
  return `INSERT INTO leadpipe_wide_parts
SELECT l, ${b}, concat_ws(${delim}, ${rendered.join(', ')})
FROM ${csvReadSql(plan)}
WHERE l IN (SELECT raw_id - $base FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL)`;
}

/**
 * `err_raw` of the rows that failed typing, from the pieces joined in batch order with the delimiter (source
 * lines past `$from` up to `$to`, as {@link WIDE_EXTRA_MERGE_SQL}).
 */
export function wideErrRawMergeSql(plan: CsvLoadPlan): string {
  return `UPDATE leads_raw_rows SET err_raw = s.x
FROM (SELECT l, string_agg(x, ${sqlString(plan.delimiter)} ORDER BY b) AS x FROM leadpipe_wide_parts
  WHERE l > $from AND l <= $to GROUP BY l) AS s
WHERE leads_raw_rows.raw_id = $base + s.l`;
}

/**
 * Per undeclared column of batch `b` of a wide load, the distinct types the cleaner would infer for its
 * values in the rows without error (lines past `$base` with a typing error left out): `csvInferSql` reads
 * them back out of `extra`, which for 600 columns took 1.2 GB RSS, and reading the keys of `extra` took minutes.
 */
export function wideInferSql(plan: CsvLoadPlan, batch: readonly { name: string; i: number }[]): string {
  const cleaned = batch.map((u) => `${cleanTextSql(`f${u.i}`, plan.nullTokens, plan.trim)} AS c${u.i}`);
  return `SELECT ${batch
    .map(
      (u) =>
        `list_distinct(list(${inferTextTypeSql(`c${u.i}`)}) FILTER (WHERE c${u.i} IS NOT NULL)) AS ${quoteIdent(u.name)}`,
    )
    .join(',\n  ')}
FROM (SELECT l, ${cleaned.join(', ')} FROM ${csvReadSql(plan)})
WHERE l NOT IN (SELECT raw_id - $base FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL)`;
}
