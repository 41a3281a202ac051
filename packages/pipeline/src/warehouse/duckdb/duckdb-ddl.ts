/**
 * The DuckDB engine's own objects: the type mapping, the bookkeeping tables that emulate pipes, streams and
 * tasks (SEMANTICS.md), leads_final, and the names and statements of the bookkeeping rows. Pure text
 * (tested as strings); identifiers are always quoted, values always travel as parameters.
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import { quoteIdent } from '../sql-ident.ts';

/** DuckDB type of a logical column type. */
export function duckdbType(type: ColumnType): string {
  switch (type) {
    case 'string':
      return 'VARCHAR';
    case 'integer':
      return 'BIGINT';
    case 'double':
      return 'DOUBLE';
    case 'boolean':
      return 'BOOLEAN';
    case 'timestamp':
      return 'TIMESTAMP';
    case 'json':
      return 'JSON';
  }
}

/** Bookkeeping tables: created once, never altered. */
export const DUCKDB_BOOKKEEPING_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS leadpipe_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS load_history (
  load_id VARCHAR PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  stage_location VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,
  file_size BIGINT NOT NULL,
  source_checksum VARCHAR,
  status VARCHAR NOT NULL,
  reason VARCHAR,
  row_count BIGINT NOT NULL,
  row_parsed BIGINT NOT NULL,
  error_count BIGINT NOT NULL,
  first_error_message VARCHAR,
  first_error_line_number BIGINT,
  first_error_column_name VARCHAR,
  inferred JSON,
  raw_id_from BIGINT,
  raw_id_to BIGINT,
  last_load_time TIMESTAMPTZ NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS load_errors (
  load_id VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  line BIGINT NOT NULL,
  column_name VARCHAR,
  error VARCHAR NOT NULL,
  raw_text VARCHAR NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS leadpipe_streams (
  name VARCHAR PRIMARY KEY,
  source_table VARCHAR NOT NULL,
  "offset" BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS leadpipe_tasks (
  name VARCHAR PRIMARY KEY,
  state VARCHAR NOT NULL,
  consecutive_failures INTEGER NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS task_history (
  run_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  state VARCHAR NOT NULL,
  scheduled_time TIMESTAMPTZ NOT NULL,
  query_start_time TIMESTAMPTZ NOT NULL,
  completed_time TIMESTAMPTZ,
  error_code VARCHAR,
  error_message VARCHAR,
  rows_consumed BIGINT NOT NULL DEFAULT 0,
  rows_inserted BIGINT NOT NULL DEFAULT 0,
  rows_updated BIGINT NOT NULL DEFAULT 0,
  rows_unchanged BIGINT NOT NULL DEFAULT 0,
  leads_scored BIGINT NOT NULL DEFAULT 0,
  offset_from BIGINT,
  offset_to BIGINT
)`,
  `CREATE TABLE IF NOT EXISTS leadpipe_columns (
  table_name VARCHAR NOT NULL,
  column_name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  declared BOOLEAN NOT NULL,
  PRIMARY KEY (table_name, column_name)
)`,
];

/** Metadata columns of leads_final, after the lead columns. */
export const FINAL_META_COLUMNS: readonly [string, string][] = [
  ['row_hash', 'VARCHAR NOT NULL'],
  ['source_file', 'VARCHAR NOT NULL'],
  ['first_seen_at', 'TIMESTAMPTZ NOT NULL'],
  ['updated_at', 'TIMESTAMPTZ NOT NULL'],
  ['probability', 'DOUBLE'],
  ['score', 'INTEGER'],
  ['grade', 'VARCHAR'],
  ['reasons', 'JSON'],
  ['model_version', 'VARCHAR'],
  ['scored_at', 'TIMESTAMPTZ'],
];

/** CREATE TABLE leads_final with the given lead columns (declared ones, plus the key). */
export function createFinalTableSql(
  columns: readonly { name: string; type: ColumnType }[],
  key: string,
): string {
  const lines = columns.map(
    (c) => `  ${quoteIdent(c.name)} ${duckdbType(c.type)}${c.name === key ? ' NOT NULL' : ''}`,
  );
  for (const [name, type] of FINAL_META_COLUMNS) lines.push(`  ${quoteIdent(name)} ${type}`);
  return `CREATE TABLE IF NOT EXISTS leads_final (\n${lines.join(',\n')}\n)`;
}

/** A string literal (for constant paths inside generated SQL, never for user values). */
export function sqlString(s: string): string {
  return "'" + s.replace(/'/g, "''") + "'";
}
