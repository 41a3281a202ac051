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

/** The home's settings (`leadpipe init`), one row per setting (see warehouse/home-settings.ts). */
export const SETTINGS_DDL = `CREATE TABLE IF NOT EXISTS leadpipe_settings (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`;

/** Bookkeeping tables: created once, never altered. */
export const DUCKDB_BOOKKEEPING_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS leadpipe_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  SETTINGS_DDL,
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
  // Homes made before scheduled runs existed gain the column; their runs were all manual.
  `ALTER TABLE task_history ADD COLUMN IF NOT EXISTS trigger_kind VARCHAR DEFAULT 'MANUAL'`,
  // Homes made before the model's fit was recorded per run gain the column (NULL: no warning).
  `ALTER TABLE task_history ADD COLUMN IF NOT EXISTS model_warning VARCHAR`,
  `CREATE TABLE IF NOT EXISTS leadpipe_columns (
  table_name VARCHAR NOT NULL,
  column_name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  declared BOOLEAN NOT NULL,
  PRIMARY KEY (table_name, column_name)
)`,
];

/**
 * The fields of one reason as leads_final keeps it on DuckDB, in order, with their types. A trained model
 * writes `log_odds, feature, value, points`, a rules model `feature, points, text`, and leadpipe 0.1.0 wrote
 * all six; the fields a reason lacks are NULL and readers drop them (`apiValue`, {@link reasonsJsonSql}), so
 * each reads as it was written. The order is that of all three, so the keys come out as they went in.
 */
const REASON_FIELDS: readonly (readonly [string, 'DOUBLE' | 'VARCHAR'])[] = [
  ['log_odds', 'DOUBLE'],
  ['feature', 'VARCHAR'],
  ['label', 'VARCHAR'],
  ['value', 'VARCHAR'],
  ['points', 'DOUBLE'],
  ['text', 'VARCHAR'],
];

const STORED_REASON_TYPE = `STRUCT(${REASON_FIELDS.map(([f, t]) => `${quoteIdent(f)} ${t}`).join(', ')})`;

/**
 * The type of leads_final's `reasons` on DuckDB: typed, not JSON text. Writing ~600 bytes of JSON text per
 * lead was the largest single cost of a scored load (measured on 1M leads: the scoring task 21.0 s with
 * JSON text, 16.6 s typed; DuckDB stores the typed lists column by column, feature names dictionary-coded).
 */
export const REASONS_TYPE = `STRUCT(positive ${STORED_REASON_TYPE}[], negative ${STORED_REASON_TYPE}[])`;

/** {@link REASONS_TYPE} as `from_json` reads it (for reasons stored as JSON text by an older leadpipe). */
export const REASONS_JSON_STRUCTURE = JSON.stringify({
  positive: [Object.fromEntries(REASON_FIELDS)],
  negative: [Object.fromEntries(REASON_FIELDS)],
});

/**
 * `reasons` of leads_final (the column `column`) as JSON text, as it was written before it was typed (what
 * exports write): each reason with its non-NULL fields, in order; whole points without a decimal part.
 */
export function reasonsJsonSql(column: string): string {
  const json = (f: string) => {
    const r = `r.${quoteIdent(f)}`;
    return f === 'points'
      ? `CASE WHEN ${r} = trunc(${r}) AND abs(${r}) < 9e15 THEN to_json(CAST(${r} AS BIGINT)) ELSE to_json(${r}) END`
      : `to_json(${r})`;
  };
  const entries = REASON_FIELDS.map(([f]) => `{'k': ${sqlString(f)}, 'v': ${json(f)}}`).join(', ');
  const item = `r -> to_json(map_from_entries(list_filter([${entries}], e -> e.v IS NOT NULL)))`;
  return `CASE WHEN ${column} IS NOT NULL THEN to_json({'positive': list_transform(${column}.positive, ${item}), 'negative': list_transform(${column}.negative, ${item})}) END`;
}

/** Metadata columns of leads_final, after the lead columns. */
export const FINAL_META_COLUMNS: readonly [string, string][] = [
  ['row_hash', 'VARCHAR NOT NULL'],
  ['source_file', 'VARCHAR NOT NULL'],
  ['first_seen_at', 'TIMESTAMPTZ NOT NULL'],
  ['updated_at', 'TIMESTAMPTZ NOT NULL'],
  ['probability', 'DOUBLE'],
  ['score', 'INTEGER'],
  ['grade', 'VARCHAR'],
  ['reasons', REASONS_TYPE],
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

/** The emulated stream over leads_raw (a row of leadpipe_streams). */
export const DUCKDB_STREAM = 'leads_raw_stream';
/** The emulated merge task (a row of leadpipe_tasks). */
export const DUCKDB_TASK = 'leads_merge_task';

/** Whether the settings table exists (read before init, which creates it). */
export const SETTINGS_EXIST_SQL = `SELECT 1 FROM duckdb_tables() WHERE table_name = 'leadpipe_settings' AND schema_name = 'main' AND database_name = current_database()`;
/** The stored settings. */
export const GET_SETTINGS_SQL = `SELECT name, value FROM leadpipe_settings ORDER BY name`;
/** Forgets the stored settings (before the new ones are written, in one transaction). */
export const CLEAR_SETTINGS_SQL = `DELETE FROM leadpipe_settings`;
/** Stores one setting. */
export const SET_SETTING_SQL = `INSERT INTO leadpipe_settings VALUES ($name, $value)`;

/** The key the warehouse was created with. */
export const GET_KEY_SQL = `SELECT value FROM leadpipe_meta WHERE key = 'key'`;
/** Records the key on first init. */
export const SET_KEY_SQL = `INSERT INTO leadpipe_meta VALUES ('key', $key) ON CONFLICT DO NOTHING`;
/** A leads_raw table (not view) is the layout of an older leadpipe. */
export const OLD_LAYOUT_SQL = `SELECT 1 FROM duckdb_tables() WHERE table_name = 'leads_raw' AND schema_name = 'main' AND database_name = current_database()`;
/** Whether leads_final's columns are registered (leads_final exists). */
export const FINAL_REGISTERED_SQL = `SELECT count(*) AS n FROM leadpipe_columns WHERE table_name = 'leads_final'`;
/** Registers a column of leads_final. */
export const REGISTER_COLUMN_SQL = `INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared)`;
/** Creates the stream's row at offset 0. */
export const SEED_STREAM_SQL = `INSERT INTO leadpipe_streams VALUES ($name, 'leads_raw', 0, now()) ON CONFLICT DO NOTHING`;
/** Creates the task's row, started. */
export const SEED_TASK_SQL = `INSERT INTO leadpipe_tasks VALUES ($name, 'started', 0, now()) ON CONFLICT DO NOTHING`;
/** Whether the raw store exists. */
export const RAW_STORE_EXISTS_SQL = `SELECT 1 FROM duckdb_tables() WHERE table_name = 'leads_raw_rows' AND database_name = current_database()`;
/** The columns of the raw store as created, in order. */
export const RAW_STORE_COLUMNS_SQL = `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'leads_raw_rows' AND database_name = current_database() ORDER BY column_index`;
/** The DuckDB library version (part of the row-hash stamp). */
export const LIBRARY_VERSION_SQL = `SELECT library_version FROM pragma_version()`;
/** The row-hash stamp the stored hashes were made with. */
export const GET_ROW_HASH_SQL = `SELECT value FROM leadpipe_meta WHERE key = 'row_hash'`;
/** Records the row-hash stamp. */
export const SET_ROW_HASH_SQL = `INSERT INTO leadpipe_meta VALUES ('row_hash', $wanted) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`;
/** One past the highest rowid of leads_final (the end of the re-hash slices). */
export const FINAL_ROWID_END_SQL = `SELECT coalesce(max(rowid) + 1, 0) AS n FROM leads_final`;
/** The registered columns of leads_final with their types. */
export const FINAL_REGISTRY_SQL = `SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final'`;
/** Registers a column that a load inferred. */
export const REGISTER_INFERRED_COLUMN_SQL = `INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, false)`;
/** Records a widened type of an inferred column. */
export const RETYPE_COLUMN_SQL = `UPDATE leadpipe_columns SET type = $type WHERE table_name = 'leads_final' AND column_name = $name`;
/** The stream's offset. */
export const STREAM_OFFSET_SQL = `SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name`;
/** The task's state and consecutive failures. */
export const TASK_STATE_SQL = `SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name`;

/** Adds an inferred column to leads_final. */
export function addFinalColumnSql(name: string, type: ColumnType): string {
  return `ALTER TABLE leads_final ADD COLUMN ${quoteIdent(name)} ${duckdbType(type)}`;
}

/** Widens an inferred column of leads_final in place. */
export function retypeFinalColumnSql(name: string, type: ColumnType): string {
  return `ALTER TABLE leads_final ALTER COLUMN ${quoteIdent(name)} TYPE ${duckdbType(type)}`;
}
