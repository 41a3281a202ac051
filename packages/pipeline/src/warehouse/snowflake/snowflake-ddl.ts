/**
 * The Snowflake engine's objects and naming: object names, quoting of strings and stages, the type mapping,
 * the file formats, the internal stage, the bookkeeping tables, LEADS_FINAL and its column registry, the
 * stream. Pure text (tested as strings).
 *
 * Identifiers are always written quoted. Snowflake upper-cases unquoted names, so leadpipe's own objects and
 * the columns of its bookkeeping tables are named in upper case (`"LEADS_FINAL"`, `"FILE_NAME"`): the same
 * objects that unquoted SQL such as `select file_name from load_errors` finds. The columns of `LEADS_FINAL`
 * come from lead data and keep their snake_case lower-case names (`"prospect_id"`, `"score"`), exactly as
 * the declared schema, the scoring compiler and the API quote them. Values travel as `?` binds; the only
 * constants written into SQL are leadpipe's own (load ids) and sanitised file names, through
 * {@link sqlString}.
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import { quoteIdent } from '../sql-ident.ts';

/** Names of every Snowflake object leadpipe creates (unquoted-compatible: upper case). */
export const SF = {
  fileFormat: 'LEADPIPE_NDJSON',
  fileFormatGzip: 'LEADPIPE_NDJSON_GZIP',
  stage: 'LEADPIPE_STAGE',
  s3Stage: 'LEADS_S3_STAGE',
  meta: 'LEADPIPE_META',
  settings: 'LEADPIPE_SETTINGS',
  raw: 'LEADS_RAW',
  final: 'LEADS_FINAL',
  loadHistory: 'LOAD_HISTORY',
  loadErrors: 'LOAD_ERRORS',
  tasks: 'LEADPIPE_TASKS',
  taskHistory: 'TASK_HISTORY',
  columns: 'LEADPIPE_COLUMNS',
  models: 'LEADPIPE_MODELS',
  overrides: 'LEAD_OVERRIDES',
  scoreHistory: 'LEAD_SCORE_HISTORY',
  toScore: 'LEADS_TO_SCORE',
  stream: 'LEADS_RAW_STREAM',
  pipe: 'LEADS_PIPE',
  errorsPipe: 'LOAD_ERRORS_PIPE',
  mergeTask: 'LEADS_MERGE_TASK',
  scoringTask: 'LEADPIPE_SCORING_TASK',
  runTaskProcedure: 'LEADPIPE_RUN_TASK',
  applyScoringProcedure: 'LEADPIPE_APPLY_SCORING',
  validateProcedure: 'LEADPIPE_VALIDATE_STAGED_FILE',
  scoreFunction: 'LEADPIPE_SCORE',
  gradeFunction: 'LEADPIPE_GRADE',
  doubleTextFunction: 'LEADPIPE_DOUBLE_TEXT',
  batch: 'LEADPIPE_BATCH',
  backlog: 'LEADPIPE_BACKLOG',
  scored: 'LEADPIPE_SCORED',
} as const;

/** A Snowflake string literal: quotes doubled and backslashes escaped (Snowflake reads `\` as an escape). */
export function sqlString(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";
}

/** A stage reference: `@"NAME"/path/` (paths are leadpipe's own: folder names and load ids). */
export function stageRef(stage: string, path = ''): string {
  return `@${quoteIdent(stage)}${path ? '/' + path.replace(/^\/+/, '') : ''}`;
}

/** Snowflake type of a logical column type. */
export function snowflakeType(type: ColumnType): string {
  switch (type) {
    case 'string':
      return 'VARCHAR';
    case 'integer':
      return 'NUMBER(38,0)';
    case 'double':
      return 'FLOAT';
    case 'boolean':
      return 'BOOLEAN';
    case 'timestamp':
      return 'TIMESTAMP_NTZ';
    case 'json':
      return 'VARIANT';
  }
}

/** A column of leads_final as the registry knows it. */
export interface FinalColumn {
  name: string;
  type: ColumnType;
  declared: boolean;
}

const q = quoteIdent;

/** The file formats: cleaned NDJSON as leadpipe's stages write it, and gzipped as PUT uploads it. */
export function fileFormatDdl(): string[] {
  return [
    `CREATE FILE FORMAT IF NOT EXISTS ${q(SF.fileFormat)} TYPE = JSON COMPRESSION = NONE STRIP_OUTER_ARRAY = FALSE`,
    `CREATE FILE FORMAT IF NOT EXISTS ${q(SF.fileFormatGzip)} TYPE = JSON COMPRESSION = GZIP STRIP_OUTER_ARRAY = FALSE`,
  ];
}

/** The internal stage that PUT uploads cleaned files to (one folder per load, removed after it commits). */
export function internalStageDdl(): string {
  return `CREATE STAGE IF NOT EXISTS ${q(SF.stage)} FILE_FORMAT = (FORMAT_NAME = ${sqlString(SF.fileFormatGzip)}) COMMENT = 'leadpipe: PUT + COPY INTO LEADS_RAW'`;
}

/** The home's settings (`leadpipe init`), one row per setting (see warehouse/home-settings.ts). */
export const SETTINGS_DDL = `CREATE TABLE IF NOT EXISTS ${q(SF.settings)} ("NAME" VARCHAR NOT NULL PRIMARY KEY, "VALUE" VARCHAR NOT NULL)`;

/** Whether the settings table exists (read before init, which creates it). */
export const SETTINGS_EXIST_SQL = `SELECT 1 AS "N" FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA() AND TABLE_NAME = ${sqlString(SF.settings)}`;
/** The stored settings. */
export const GET_SETTINGS_SQL = `SELECT "NAME", "VALUE" FROM ${q(SF.settings)} ORDER BY "NAME"`;
/** Forgets the stored settings (before the new ones are written, in one transaction). */
export const CLEAR_SETTINGS_SQL = `DELETE FROM ${q(SF.settings)}`;
/** Stores one setting (binds: name, value). */
export const SET_SETTING_SQL = `INSERT INTO ${q(SF.settings)} ("NAME", "VALUE") VALUES (?, ?)`;

/** Bookkeeping tables and LEADS_RAW: created once, never altered. */
export function bookkeepingDdl(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${q(SF.meta)} ("KEY" VARCHAR NOT NULL PRIMARY KEY, "VALUE" VARCHAR NOT NULL)`,
    SETTINGS_DDL,
    `CREATE TABLE IF NOT EXISTS ${q(SF.raw)} (
  "FILE_NAME" VARCHAR NOT NULL,
  "FILE_ROW_NUMBER" NUMBER(38,0) NOT NULL,
  "DATA" VARIANT NOT NULL,
  "LOAD_ID" VARCHAR NOT NULL,
  "LOADED_AT" TIMESTAMP_LTZ NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${q(SF.loadHistory)} (
  "LOAD_ID" VARCHAR NOT NULL PRIMARY KEY,
  "FILE_NAME" VARCHAR NOT NULL,
  "STAGE_LOCATION" VARCHAR NOT NULL,
  "CHECKSUM" VARCHAR NOT NULL,
  "FILE_SIZE" NUMBER(38,0) NOT NULL,
  "SOURCE_CHECKSUM" VARCHAR,
  "STATUS" VARCHAR NOT NULL,
  "REASON" VARCHAR,
  "ROW_COUNT" NUMBER(38,0) NOT NULL,
  "ROW_PARSED" NUMBER(38,0) NOT NULL,
  "ERROR_COUNT" NUMBER(38,0) NOT NULL,
  "FIRST_ERROR_MESSAGE" VARCHAR,
  "FIRST_ERROR_LINE_NUMBER" NUMBER(38,0),
  "FIRST_ERROR_COLUMN_NAME" VARCHAR,
  "INFERRED" VARIANT,
  "LAST_LOAD_TIME" TIMESTAMP_LTZ NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${q(SF.loadErrors)} (
  "LOAD_ID" VARCHAR NOT NULL,
  "FILE_NAME" VARCHAR NOT NULL,
  "LINE" NUMBER(38,0) NOT NULL,
  "COLUMN_NAME" VARCHAR,
  "ERROR" VARCHAR NOT NULL,
  "RAW_TEXT" VARCHAR NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${q(SF.tasks)} (
  "NAME" VARCHAR NOT NULL PRIMARY KEY,
  "STATE" VARCHAR NOT NULL,
  "CONSECUTIVE_FAILURES" NUMBER(38,0) NOT NULL,
  "UPDATED_AT" TIMESTAMP_LTZ NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${q(SF.taskHistory)} (
  "RUN_ID" VARCHAR NOT NULL PRIMARY KEY,
  "NAME" VARCHAR NOT NULL,
  "STATE" VARCHAR NOT NULL,
  "TRIGGER_KIND" VARCHAR NOT NULL,
  "SCHEDULED_TIME" TIMESTAMP_LTZ NOT NULL,
  "QUERY_START_TIME" TIMESTAMP_LTZ NOT NULL,
  "COMPLETED_TIME" TIMESTAMP_LTZ,
  "ERROR_CODE" VARCHAR,
  "ERROR_MESSAGE" VARCHAR,
  "ROWS_CONSUMED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "ROWS_INSERTED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "ROWS_UPDATED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "ROWS_UNCHANGED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "LEADS_SCORED" NUMBER(38,0) NOT NULL DEFAULT 0
)`,
    // Accounts set up before the model's fit was recorded per run gain the column (NULL: no warning).
    `ALTER TABLE ${q(SF.taskHistory)} ADD COLUMN IF NOT EXISTS "MODEL_WARNING" VARCHAR`,
    `CREATE TABLE IF NOT EXISTS ${q(SF.columns)} (
  "TABLE_NAME" VARCHAR NOT NULL,
  "COLUMN_NAME" VARCHAR NOT NULL,
  "TYPE" VARCHAR NOT NULL,
  "DECLARED" BOOLEAN NOT NULL,
  "POSITION" NUMBER(38,0) NOT NULL,
  PRIMARY KEY ("TABLE_NAME", "COLUMN_NAME")
)`,
    BACKLOG_DDL,
  ];
}

/**
 * The task's backlog: raw rows the merge task has taken from the stream and not merged yet, numbered in
 * load order (`ROW_ID`: load time, load id, file row). A permanent table, not a temporary one: taking rows
 * from the stream moves its offset when that transaction commits, so the rows must outlive the session
 * until a slice that merges them commits their removal (snowflake-task-procedure-sql.ts).
 */
export const BACKLOG_DDL = `CREATE TABLE IF NOT EXISTS ${q(SF.backlog)} (
  "ROW_ID" NUMBER(38,0) NOT NULL,
  "FILE_NAME" VARCHAR NOT NULL,
  "FILE_ROW_NUMBER" NUMBER(38,0) NOT NULL,
  "DATA" VARIANT NOT NULL,
  "LOAD_ID" VARCHAR NOT NULL,
  "LOADED_AT" TIMESTAMP_LTZ NOT NULL
)`;

/** Metadata columns of LEADS_FINAL, after the lead columns (lower case, like the lead columns). */
export const FINAL_META_COLUMNS: readonly [string, string][] = [
  ['row_hash', 'VARCHAR NOT NULL'],
  ['source_file', 'VARCHAR NOT NULL'],
  ['first_seen_at', 'TIMESTAMP_LTZ NOT NULL'],
  ['updated_at', 'TIMESTAMP_LTZ NOT NULL'],
  ['probability', 'FLOAT'],
  ['score', 'NUMBER(38,0)'],
  ['grade', 'VARCHAR'],
  ['reasons', 'VARIANT'],
  ['model_version', 'VARCHAR'],
  ['scored_at', 'TIMESTAMP_LTZ'],
];

/** CREATE TABLE LEADS_FINAL with the given lead columns (declared ones, plus the key). */
export function createFinalTableSql(
  columns: readonly { name: string; type: ColumnType }[],
  key: string,
): string {
  const lines = columns.map(
    (c) => `  ${q(c.name)} ${snowflakeType(c.type)}${c.name === key ? ' NOT NULL' : ''}`,
  );
  for (const [name, type] of FINAL_META_COLUMNS) lines.push(`  ${q(name)} ${type}`);
  return `CREATE TABLE IF NOT EXISTS ${q(SF.final)} (\n${lines.join(',\n')}\n)`;
}

/** The stream on LEADS_RAW: append-only, so it returns the rows inserted since its offset. */
export function streamDdl(): string {
  // Never CREATE OR REPLACE: that would reset the offset and merge everything again.
  return `CREATE STREAM IF NOT EXISTS ${q(SF.stream)} ON TABLE ${q(SF.raw)} APPEND_ONLY = TRUE COMMENT = 'leadpipe: rows of LEADS_RAW not merged yet'`;
}

/** Seed rows of the bookkeeping tables (idempotent). */
export function seedSql(): string[] {
  return [
    `MERGE INTO ${q(SF.tasks)} AS t USING (SELECT ${sqlString(SF.mergeTask)} AS "NAME") AS s ON t."NAME" = s."NAME"
WHEN NOT MATCHED THEN INSERT ("NAME", "STATE", "CONSECUTIVE_FAILURES", "UPDATED_AT") VALUES (s."NAME", 'started', 0, CURRENT_TIMESTAMP())`,
    `MERGE INTO ${q(SF.meta)} AS t USING (SELECT 'load_lock' AS "KEY") AS s ON t."KEY" = s."KEY"
WHEN NOT MATCHED THEN INSERT ("KEY", "VALUE") VALUES (s."KEY", 'free')`,
  ];
}

/** Sets one row of LEADPIPE_META (binds: key, value). */
export const SET_META_SQL = `MERGE INTO ${q(SF.meta)} AS t USING (SELECT ? AS "KEY", ? AS "VALUE") AS s ON t."KEY" = s."KEY"
WHEN MATCHED THEN UPDATE SET "VALUE" = s."VALUE"
WHEN NOT MATCHED THEN INSERT ("KEY", "VALUE") VALUES (s."KEY", s."VALUE")`;

/** Reads LEADPIPE_META. */
export const GET_META_SQL = `SELECT "KEY", "VALUE" FROM ${q(SF.meta)}`;

/** Registry of LEADS_FINAL's columns, in table order. */
export const FINAL_COLUMNS_SQL = `SELECT "COLUMN_NAME", "TYPE", "DECLARED" FROM ${q(SF.columns)} WHERE "TABLE_NAME" = 'LEADS_FINAL' ORDER BY "POSITION"`;

/** Registers one column (binds: name, type, declared, position). */
export const REGISTER_COLUMN_SQL = `INSERT INTO ${q(SF.columns)} ("TABLE_NAME", "COLUMN_NAME", "TYPE", "DECLARED", "POSITION") VALUES ('LEADS_FINAL', ?, ?, ?, ?)`;

/** Records a widened type (binds: type, name). */
export const RETYPE_COLUMN_SQL = `UPDATE ${q(SF.columns)} SET "TYPE" = ? WHERE "TABLE_NAME" = 'LEADS_FINAL' AND "COLUMN_NAME" = ?`;

/** Adds a column to LEADS_FINAL (schema evolution). */
export function addColumnSql(name: string, type: ColumnType): string {
  return `ALTER TABLE ${q(SF.final)} ADD COLUMN IF NOT EXISTS ${q(name)} ${snowflakeType(type)}`;
}

/**
 * Widens a column. Snowflake changes a column's type in place only within a type (longer VARCHAR, more
 * precision), not integer -> double -> string, so the values move to a new column that takes the old
 * one's name. Runs outside any transaction (DDL commits); a leftover `__widen` column from an interrupted
 * run is dropped first.
 */
export function widenColumnSql(name: string, to: ColumnType): string[] {
  const tmp = q(`${name}__widen`);
  return [
    `ALTER TABLE ${q(SF.final)} DROP COLUMN IF EXISTS ${tmp}`,
    `ALTER TABLE ${q(SF.final)} ADD COLUMN ${tmp} ${snowflakeType(to)}`,
    `UPDATE ${q(SF.final)} SET ${tmp} = CAST(${q(name)} AS ${snowflakeType(to)})`,
    `ALTER TABLE ${q(SF.final)} DROP COLUMN ${q(name)}`,
    `ALTER TABLE ${q(SF.final)} RENAME COLUMN ${tmp} TO ${q(name)}`,
  ];
}

/**
 * A body for `AS ...` of a function or procedure: dollar-quoted, or a string literal in the rare case that
 * the text itself holds `$$`.
 */
export function routineBody(text: string): string {
  return text.includes('$$') ? sqlString(text) : `$$\n${text}\n$$`;
}

/**
 * An object name given in the configuration (a warehouse): a plain identifier is what Snowflake would
 * make of it unquoted (upper case); anything else is kept exactly.
 */
export function configuredName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) ? q(name.toUpperCase()) : q(name);
}

/** Column types leadpipe can register, for parsing the registry back. */
export function isColumnType(t: string): t is ColumnType {
  return ['boolean', 'integer', 'double', 'timestamp', 'string', 'json'].includes(t);
}
