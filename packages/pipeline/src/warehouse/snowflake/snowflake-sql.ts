/**
 * The SQL text the Snowflake engine runs for tables, loads and reads, as pure functions (tested as strings).
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
  validateProcedure: 'LEADPIPE_VALIDATE_STAGED_FILES',
  scoreFunction: 'LEADPIPE_SCORE',
  gradeFunction: 'LEADPIPE_GRADE',
  batch: 'LEADPIPE_BATCH',
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

/** Bookkeeping tables and LEADS_RAW: created once, never altered. */
export function bookkeepingDdl(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${q(SF.meta)} ("KEY" VARCHAR NOT NULL PRIMARY KEY, "VALUE" VARCHAR NOT NULL)`,
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
    `CREATE TABLE IF NOT EXISTS ${q(SF.columns)} (
  "TABLE_NAME" VARCHAR NOT NULL,
  "COLUMN_NAME" VARCHAR NOT NULL,
  "TYPE" VARCHAR NOT NULL,
  "DECLARED" BOOLEAN NOT NULL,
  "POSITION" NUMBER(38,0) NOT NULL,
  PRIMARY KEY ("TABLE_NAME", "COLUMN_NAME")
)`,
  ];
}

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

/** Scoring tables and the view of leads whose score is missing or stale (SEMANTICS.md §6). */
export function scoringDdl(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${q(SF.models)} (
  "VERSION" VARCHAR NOT NULL PRIMARY KEY,
  "KIND" VARCHAR NOT NULL,
  "BODY" VARCHAR NOT NULL,
  "ACTIVE" BOOLEAN NOT NULL,
  "CREATED_AT" TIMESTAMP_LTZ NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${q(SF.overrides)} (
  "LEAD_KEY" VARCHAR NOT NULL PRIMARY KEY,
  "SCORE" NUMBER(38,0) NOT NULL,
  "REASON" VARCHAR NOT NULL,
  "CREATED_AT" TIMESTAMP_LTZ NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${q(SF.scoreHistory)} (
  "LEAD_KEY" VARCHAR NOT NULL,
  "MODEL_VERSION" VARCHAR,
  "PROBABILITY" FLOAT,
  "SCORE" NUMBER(38,0),
  "GRADE" VARCHAR,
  "SOURCE" VARCHAR NOT NULL,
  "REASON" VARCHAR,
  "SCORED_AT" TIMESTAMP_LTZ NOT NULL
)`,
    toScoreViewSql(),
  ];
}

/**
 * The view apply_scoring reads. Snowflake fixes a view's `*` at creation, so it is created again after
 * every change to LEADS_FINAL's columns.
 */
export function toScoreViewSql(): string {
  return `CREATE OR REPLACE VIEW ${q(SF.toScore)} AS
SELECT * FROM ${q(SF.final)}
WHERE "model_version" IS DISTINCT FROM (SELECT "VERSION" FROM ${q(SF.models)} WHERE "ACTIVE" LIMIT 1)
  AND EXISTS (SELECT 1 FROM ${q(SF.models)} WHERE "ACTIVE")`;
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

/**
 * Serialises loaders: the first statement of every load transaction takes the table lock of LEADPIPE_META
 * (held until COMMIT), so two processes never COPY the same (name, checksum) twice.
 */
export const LOAD_LOCK_SQL = `UPDATE ${q(SF.meta)} SET "VALUE" = "VALUE" WHERE "KEY" = 'load_lock'`;

/** Whether (name, checksum) is loaded (binds: name, checksum); hand-overs to Snowpipe count with `inProgress`. */
export function isLoadedSql(inProgress: boolean): string {
  const statuses = inProgress
    ? `'LOADED', 'PARTIALLY_LOADED', 'LOAD_IN_PROGRESS'`
    : `'LOADED', 'PARTIALLY_LOADED'`;
  return `SELECT 1 AS "LOADED" FROM ${q(SF.loadHistory)} WHERE "FILE_NAME" = ? AND "CHECKSUM" = ? AND "STATUS" IN (${statuses}) LIMIT 1`;
}

/** Folder of one load in the internal stage: `loads/<load id>/`, or its `data/` or `rejects/` part. */
export function loadFolder(loadId: string, part?: 'data' | 'rejects'): string {
  if (!/^[A-Za-z0-9-]+$/.test(loadId)) throw new Error(`not a load id: ${loadId}`);
  return `loads/${loadId}/${part ? `${part}/` : ''}`;
}

/**
 * PUT of a local file into the internal stage, gzipped by the client (`AUTO_COMPRESS`), replacing a
 * leftover of the same load. The path is one of leadpipe's own (the stage or a temporary copy).
 */
export function putSql(localPath: string, loadId: string, part: 'data' | 'rejects'): string {
  if (/['\r\n]/.test(localPath))
    throw new Error(`cannot PUT a path with quotes or line breaks: ${localPath}`);
  const url = 'file://' + (localPath.startsWith('/') ? '' : '/') + localPath.replace(/\\/g, '/');
  return `PUT '${url}' ${stageRef(SF.stage, loadFolder(loadId, part))} AUTO_COMPRESS = TRUE SOURCE_COMPRESSION = NONE OVERWRITE = TRUE`;
}

/** Removes one load's folder from the internal stage. */
export function removeLoadSql(loadId: string): string {
  return `REMOVE ${stageRef(SF.stage, loadFolder(loadId))}`;
}

/**
 * COPY INTO LEADS_RAW of one PUT file. leadpipe applies ON_ERROR itself (rejected rows never reach the
 * cleaned file), so a row Snowflake cannot parse is a broken file: ABORT_STATEMENT.
 */
export function copyDataSql(fileName: string, loadId: string): string {
  return `COPY INTO ${q(SF.raw)} ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
FROM (
  SELECT ${sqlString(fileName)}, $1:"l"::NUMBER(38,0), $1:"d", ${sqlString(loadId)}, METADATA$START_SCAN_TIME
  FROM ${stageRef(SF.stage, loadFolder(loadId, 'data'))}
)
FILE_FORMAT = (FORMAT_NAME = ${sqlString(SF.fileFormatGzip)})
ON_ERROR = ABORT_STATEMENT`;
}

/** COPY INTO LOAD_ERRORS of one PUT rejects file (`{"line", "column", "reason", "raw"}` per line). */
export function copyRejectsSql(fileName: string, loadId: string): string {
  return `COPY INTO ${q(SF.loadErrors)} ("LOAD_ID", "FILE_NAME", "LINE", "COLUMN_NAME", "ERROR", "RAW_TEXT")
FROM (
  SELECT ${sqlString(loadId)}, ${sqlString(fileName)}, $1:"line"::NUMBER(38,0), $1:"column"::VARCHAR, $1:"reason"::VARCHAR, $1:"raw"::VARCHAR
  FROM ${stageRef(SF.stage, loadFolder(loadId, 'rejects'))}
)
FILE_FORMAT = (FORMAT_NAME = ${sqlString(SF.fileFormatGzip)})
ON_ERROR = ABORT_STATEMENT`;
}

/** One row of LOAD_HISTORY (binds in the order of {@link LOAD_HISTORY_COLUMNS}; INFERRED as JSON text). */
export const LOAD_HISTORY_COLUMNS = [
  'LOAD_ID',
  'FILE_NAME',
  'STAGE_LOCATION',
  'CHECKSUM',
  'FILE_SIZE',
  'SOURCE_CHECKSUM',
  'STATUS',
  'REASON',
  'ROW_COUNT',
  'ROW_PARSED',
  'ERROR_COUNT',
  'FIRST_ERROR_MESSAGE',
  'FIRST_ERROR_LINE_NUMBER',
  'FIRST_ERROR_COLUMN_NAME',
  'INFERRED',
] as const;

/** INSERT of one load history row; `INFERRED` is parsed from JSON text (VALUES cannot hold PARSE_JSON). */
export const INSERT_LOAD_HISTORY_SQL = `INSERT INTO ${q(SF.loadHistory)} (${[...LOAD_HISTORY_COLUMNS, 'LAST_LOAD_TIME'].map(q).join(', ')})
SELECT ${LOAD_HISTORY_COLUMNS.map((c) => (c === 'INFERRED' ? 'PARSE_JSON(?)' : '?')).join(', ')}, CURRENT_TIMESTAMP()`;

/** Load history, newest first (binds: file or NULL, file or NULL). */
export function loadHistorySql(limit: number): string {
  return `SELECT * FROM ${q(SF.loadHistory)} WHERE (? IS NULL OR "FILE_NAME" = ?) ORDER BY "LAST_LOAD_TIME" DESC, "LOAD_ID" LIMIT ${intOrThrow(limit)}`;
}

/** Rejected rows (binds: file, file, load id, load id; NULL for any). */
export function loadErrorsSql(limit: number, offset: number): string {
  return `SELECT * FROM ${q(SF.loadErrors)} WHERE (? IS NULL OR "FILE_NAME" = ?) AND (? IS NULL OR "LOAD_ID" = ?)
ORDER BY "FILE_NAME", "LINE" LIMIT ${intOrThrow(limit)} OFFSET ${intOrThrow(offset)}`;
}

/** Task history, newest first. */
export function taskHistorySql(limit: number): string {
  return `SELECT * FROM ${q(SF.taskHistory)} ORDER BY "QUERY_START_TIME" DESC LIMIT ${intOrThrow(limit)}`;
}

/** A lead's score history, newest first (bind: lead key). */
export function scoreHistorySql(limit: number): string {
  return `SELECT * FROM ${q(SF.scoreHistory)} WHERE "LEAD_KEY" = ? ORDER BY "SCORED_AT" DESC LIMIT ${intOrThrow(limit)}`;
}

/**
 * Resolves hand-overs to Snowpipe (AUTO_INGEST): a LOAD_IN_PROGRESS row takes the status, rows and first
 * error of the pipe's load of the same file (the S3 stage keeps it at `data/<name>/<version>.ndjson`) from
 * COPY_HISTORY, which keeps 14 days.
 */
export function reconcilePipeLoadsSql(): string {
  const status = `CASE UPPER(REPLACE(c."STATUS", ' ', '_')) WHEN 'LOADED' THEN 'LOADED' WHEN 'PARTIALLY_LOADED' THEN 'PARTIALLY_LOADED' WHEN 'LOAD_FAILED' THEN 'LOAD_FAILED' WHEN 'LOAD_SKIPPED' THEN 'SKIPPED' ELSE 'LOAD_IN_PROGRESS' END`;
  return `MERGE INTO ${q(SF.loadHistory)} AS h
USING (
  SELECT SPLIT_PART(c."FILE_NAME", '/', -2) AS "FILE_NAME", ${status} AS "STATUS", c."ROW_COUNT", c."ROW_PARSED",
    c."ERROR_COUNT", c."FIRST_ERROR_MESSAGE", c."FIRST_ERROR_LINE_NUMBER", c."FIRST_ERROR_COLUMN_NAME", c."LAST_LOAD_TIME"
  FROM TABLE(INFORMATION_SCHEMA.COPY_HISTORY(TABLE_NAME => ${sqlString(SF.raw)}, START_TIME => DATEADD(DAY, -14, CURRENT_TIMESTAMP()))) AS c
  WHERE c."PIPE_NAME" = ${sqlString(SF.pipe)}
  QUALIFY ROW_NUMBER() OVER (PARTITION BY SPLIT_PART(c."FILE_NAME", '/', -2) ORDER BY c."LAST_LOAD_TIME" DESC) = 1
) AS c
ON h."FILE_NAME" = c."FILE_NAME" AND h."STATUS" = 'LOAD_IN_PROGRESS' AND c."LAST_LOAD_TIME" >= h."LAST_LOAD_TIME"
WHEN MATCHED THEN UPDATE SET "STATUS" = c."STATUS", "ROW_COUNT" = c."ROW_COUNT", "ROW_PARSED" = c."ROW_PARSED",
  "ERROR_COUNT" = h."ERROR_COUNT" + c."ERROR_COUNT", "FIRST_ERROR_MESSAGE" = COALESCE(h."FIRST_ERROR_MESSAGE", c."FIRST_ERROR_MESSAGE"),
  "FIRST_ERROR_LINE_NUMBER" = COALESCE(h."FIRST_ERROR_LINE_NUMBER", c."FIRST_ERROR_LINE_NUMBER"),
  "FIRST_ERROR_COLUMN_NAME" = COALESCE(h."FIRST_ERROR_COLUMN_NAME", c."FIRST_ERROR_COLUMN_NAME"),
  "REASON" = 'loaded by Snowpipe ' || ${sqlString(SF.pipe)}, "LAST_LOAD_TIME" = c."LAST_LOAD_TIME"`;
}

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

function intOrThrow(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return n;
}

/** Rows waiting in the stream, and all raw rows (the stream's offset in rows is their difference). */
export const STREAM_COUNTS_SQL = `SELECT (SELECT COUNT(*) FROM ${q(SF.stream)}) AS "PENDING", (SELECT COUNT(*) FROM ${q(SF.raw)}) AS "TOTAL"`;

/** The stream's `stale` flag (a stream not consumed within the table's retention period goes stale). */
export const SHOW_STREAM_SQL = `SHOW STREAMS LIKE ${sqlString(SF.stream)}`;

/** The merge task's state as leadpipe keeps it (bind: none). */
export const TASK_STATE_SQL = `SELECT "STATE", "CONSECUTIVE_FAILURES" FROM ${q(SF.tasks)} WHERE "NAME" = ${sqlString(SF.mergeTask)}`;

/** Restarts a suspended task (a manual `task run` resumes it). */
export const RESUME_TASK_STATE_SQL = `UPDATE ${q(SF.tasks)} SET "STATE" = 'started', "CONSECUTIVE_FAILURES" = 0, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = ${sqlString(SF.mergeTask)}`;

/** The recorded outcome of one run (bind: run id). */
export const TASK_RUN_SQL = `SELECT "STATE", "ERROR_MESSAGE" FROM ${q(SF.taskHistory)} WHERE "RUN_ID" = ?`;

/** Active model check (bind: version). */
export const ACTIVE_VERSION_SQL = `SELECT "VERSION" FROM ${q(SF.models)} WHERE "ACTIVE" AND "VERSION" = ?`;

/** The active model's stored body. */
export const ACTIVE_MODEL_SQL = `SELECT "VERSION", "KIND", "BODY" FROM ${q(SF.models)} WHERE "ACTIVE" LIMIT 1`;

/** Deactivates every model (before activating one). */
export const DEACTIVATE_MODELS_SQL = `UPDATE ${q(SF.models)} SET "ACTIVE" = FALSE WHERE "ACTIVE"`;

/** Stores a model (binds: version, kind, body, active); a stored model keeps being active if it was. */
export const SAVE_MODEL_SQL = `MERGE INTO ${q(SF.models)} AS t
USING (SELECT ? AS "VERSION", ? AS "KIND", ? AS "BODY", ? AS "ACTIVE") AS s ON t."VERSION" = s."VERSION"
WHEN MATCHED THEN UPDATE SET "ACTIVE" = s."ACTIVE" OR t."ACTIVE"
WHEN NOT MATCHED THEN INSERT ("VERSION", "KIND", "BODY", "ACTIVE", "CREATED_AT") VALUES (s."VERSION", s."KIND", s."BODY", s."ACTIVE", CURRENT_TIMESTAMP())`;

/** Whether a lead exists (bind: key as text). */
export function leadExistsSql(key: string): string {
  return `SELECT 1 AS "FOUND" FROM ${q(SF.final)} WHERE CAST(${q(key)} AS VARCHAR) = ? LIMIT 1`;
}

/** Sets an override (binds: key, score, reason). */
export const SET_OVERRIDE_SQL = `MERGE INTO ${q(SF.overrides)} AS t
USING (SELECT ? AS "LEAD_KEY", ? AS "SCORE", ? AS "REASON") AS s ON t."LEAD_KEY" = s."LEAD_KEY"
WHEN MATCHED THEN UPDATE SET "SCORE" = s."SCORE", "REASON" = s."REASON", "CREATED_AT" = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT ("LEAD_KEY", "SCORE", "REASON", "CREATED_AT") VALUES (s."LEAD_KEY", s."SCORE", s."REASON", CURRENT_TIMESTAMP())`;

/** Clears an override (bind: key). */
export const CLEAR_OVERRIDE_SQL = `DELETE FROM ${q(SF.overrides)} WHERE "LEAD_KEY" = ?`;

/** Makes one lead stale so the next apply_scoring rescores it (bind: key). */
export function staleLeadSql(key: string): string {
  return `UPDATE ${q(SF.final)} SET "model_version" = NULL WHERE CAST(${q(key)} AS VARCHAR) = ?`;
}
