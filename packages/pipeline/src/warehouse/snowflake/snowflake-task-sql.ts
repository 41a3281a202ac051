/**
 * The SQL of the change-capture side on Snowflake, as pure functions (tested as strings): the task's
 * deduplicating, hash-checked MERGE as a stored procedure (SEMANTICS.md §5), apply_scoring (§6) around a
 * scoring UDF compiled from the active model, the native tasks that call them, and the file-validation
 * procedure. Naming and quoting rules: see snowflake-ddl.ts.
 */
import type { FinalColumn } from './snowflake-ddl.ts';
import { DOUBLE_TEXT_JS, ROW_HASH_ALGORITHM, entryHead, hashOrder } from '../row-hash.ts';
import { quoteIdent } from '../sql-ident.ts';
import { SF, configuredName, routineBody, snowflakeType, sqlString } from './snowflake-ddl.ts';
import { SCORED_TABLE_SQL, applyScoringStatements } from './snowflake-store-sql.ts';

const q = quoteIdent;

/**
 * The typed value of one column from a raw document `doc` (a VARIANT). Declared columns were validated by
 * the cleaner and cast straight to their type; inferred columns arrive as text and use TRY_CAST, because
 * they must never fail a load.
 */
export function typedValueSql(doc: string, column: FinalColumn): string {
  const value = `${doc}:${q(column.name)}`;
  if (column.type === 'json') return value;
  if (column.declared) return `${value}::${snowflakeType(column.type)}`;
  const text = `${value}::VARCHAR`;
  if (column.type === 'string') return text;
  if (column.type === 'boolean') {
    return `CASE LOWER(${text}) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(${text} AS BOOLEAN) END`;
  }
  return `TRY_CAST(${text} AS ${snowflakeType(column.type)})`;
}

/**
 * Name of the row-hash definition below (row-hash.ts), kept in LEADPIPE_META under `row_hash`: LEADS_FINAL's
 * stored hashes are recomputed once when it differs ({@link rehashFinalSql}).
 */
export const SNOWFLAKE_ROW_HASH_ALGORITHM = ROW_HASH_ALGORITHM;

/**
 * The JavaScript UDF that writes a double's canonical text (row-hash.ts `canonicalDoubleText`): Snowflake's
 * own FLOAT to text conversion is not that text, and a FLOAT is a JavaScript number in a UDF, so the
 * reference's steps give the reference's text. Created before the row hashes that call it.
 */
export function doubleTextFunctionSql(): string {
  return `CREATE OR REPLACE FUNCTION ${q(SF.doubleTextFunction)}("X" FLOAT)
RETURNS VARCHAR
LANGUAGE JAVASCRIPT
STRICT
IMMUTABLE
COMMENT = 'leadpipe: the canonical text of a double in row hashes'
AS ${routineBody(DOUBLE_TEXT_JS)}`;
}

/** A column's canonical text (row-hash.ts) in Snowflake: NULL stays NULL. */
function canonicalTextSql(v: string, type: FinalColumn['type']): string {
  switch (type) {
    case 'string':
      return v;
    case 'integer':
      return `TO_VARCHAR(${v})`;
    case 'double':
      return `${q(SF.doubleTextFunction)}(${v})`;
    case 'boolean':
      return `CASE WHEN ${v} THEN 'true' WHEN NOT ${v} THEN 'false' END`;
    case 'timestamp':
      return `TO_CHAR(${v}, 'YYYY-MM-DD HH24:MI:SS.FF6')`;
    case 'json':
      return `TO_JSON(${v})`;
  }
}

/**
 * Row hash of the lead columns, as defined in row-hash.ts (the bytes DuckDB and the TypeScript reference
 * give): MD5 of the non-null columns' `<n>:<name><m>:<text>` entries in name order. `||` gives NULL for a
 * NULL value and COALESCE drops that entry (Snowflake's CONCAT would make the whole text NULL), so a column
 * added later leaves the hashes of unchanged rows as they were. LENGTH counts characters (code points), as
 * the definition does. `valueOf` gives a column's typed value: from the batch, or the column itself in
 * LEADS_FINAL, so both give the same hash for the same lead. Checked as text only (no account here).
 */
export function rowHashSql(
  columns: readonly FinalColumn[],
  valueOf: (column: FinalColumn) => string,
): string {
  const entries = hashOrder(columns).map((c) => {
    const text = canonicalTextSql(valueOf(c), c.type);
    return `COALESCE(${sqlString(entryHead(c.name))} || TO_VARCHAR(LENGTH(${text})) || ':' || ${text}, '')`;
  });
  return entries.length === 0 ? `MD5('')` : `MD5(CONCAT(${entries.join(', ')}))`;
}

/**
 * Recomputes LEADS_FINAL's stored row hashes with {@link rowHashSql} when LEADPIPE_META says they were
 * made another way (the raw-document MD5, then 'md5-typed-object-v1', before 'md5-canonical-v1'); a no-op
 * afterwards. Pair with
 * {@link ROW_HASH_META_SQL}.
 */
export function rehashFinalSql(columns: readonly FinalColumn[]): string {
  return `UPDATE ${q(SF.final)} SET "row_hash" = ${rowHashSql(columns, (c) => q(c.name))}
WHERE NOT EXISTS (SELECT 1 FROM ${q(SF.meta)} WHERE "KEY" = 'row_hash' AND "VALUE" = ${sqlString(SNOWFLAKE_ROW_HASH_ALGORITHM)})`;
}

/** Records that LEADS_FINAL's hashes follow {@link SNOWFLAKE_ROW_HASH_ALGORITHM}. */
export const ROW_HASH_META_SQL = `MERGE INTO ${q(SF.meta)} AS t USING (SELECT 'row_hash' AS "KEY", ${sqlString(SNOWFLAKE_ROW_HASH_ALGORITHM)} AS "VALUE") AS s ON t."KEY" = s."KEY"
WHEN MATCHED THEN UPDATE SET "VALUE" = s."VALUE"
WHEN NOT MATCHED THEN INSERT ("KEY", "VALUE") VALUES (s."KEY", s."VALUE")`;

/** The session's work table of one task run: the typed, deduplicated rows of the stream. */
export function batchTableSql(columns: readonly FinalColumn[]): string {
  const cols = columns.map((c) => `  ${q(c.name)} ${snowflakeType(c.type)}`);
  return `CREATE OR REPLACE TEMPORARY TABLE ${q(SF.batch)} (\n${[...cols, '  "row_hash" VARCHAR', '  "source_file" VARCHAR'].join(',\n')}\n)`;
}

/**
 * Fills the batch from the backlog rows that `scope` selects (a condition on `r`, the backlog; see
 * snowflake-task-procedure-sql.ts): every column typed, the row hash of the typed values
 * ({@link rowHashSql}), one row per key (the last in load order: the highest `ROW_ID`).
 */
export function batchSql(columns: readonly FinalColumn[], key: string, scope: string): string {
  const keyColumn = columns.find((c) => c.name === key) ?? { name: key, type: 'string', declared: false };
  const names = [...columns.map((c) => q(c.name)), '"row_hash"', '"source_file"'];
  const values = columns.map((c) => `    ${typedValueSql('r."DATA"', c)} AS ${q(c.name)}`);
  return `INSERT INTO ${q(SF.batch)} (${names.join(', ')})
SELECT ${columns.map((c) => `t.${q(c.name)}`).join(', ')},
  ${rowHashSql(columns, (c) => `t.${q(c.name)}`)},
  t."__source_file"
FROM (
  SELECT
${values.join(',\n')},
    r."FILE_NAME" AS "__source_file"
  FROM ${q(SF.backlog)} AS r
  WHERE ${scope}
  QUALIFY ROW_NUMBER() OVER (PARTITION BY ${typedValueSql('r."DATA"', keyColumn)} ORDER BY r."ROW_ID" DESC) = 1
) AS t`;
}

/**
 * Counts of what {@link mergeSql} will do, computed first (same transaction), into the three variables
 * `<prefix>inserted`, `<prefix>updated` and `<prefix>unchanged` (default prefix `v_`).
 */
export function mergeCountsSql(key: string, prefix = 'v_'): string {
  const k = q(key);
  return `SELECT COUNT_IF(f.${k} IS NULL), COUNT_IF(f.${k} IS NOT NULL AND f."row_hash" <> b."row_hash"), COUNT_IF(f.${k} IS NOT NULL AND f."row_hash" = b."row_hash")
INTO :${prefix}inserted, :${prefix}updated, :${prefix}unchanged
FROM ${q(SF.batch)} AS b LEFT JOIN ${q(SF.final)} AS f ON f.${k} = b.${k}`;
}

/** Drops the rows of the batch whose content is already in LEADS_FINAL (same hash): nothing to write. */
export function dropUnchangedSql(key: string): string {
  const k = q(key);
  return `DELETE FROM ${q(SF.batch)} AS b USING ${q(SF.final)} AS f WHERE f.${k} = b.${k} AND f."row_hash" = b."row_hash"`;
}

/**
 * MERGE of the batch into LEADS_FINAL: new keys inserted, changed rows updated (unchanged ones were dropped
 * from the batch). A changed lead loses its score, so apply_scoring scores it in the same transaction.
 */
export function mergeSql(columns: readonly FinalColumn[], key: string): string {
  const k = q(key);
  const names = columns.map((c) => q(c.name));
  const sets = columns
    .filter((c) => c.name !== key)
    .map((c) => q(c.name))
    .concat(['"row_hash"', '"source_file"'])
    .map((c) => `${c} = b.${c}`)
    .concat(
      ['"probability"', '"score"', '"grade"', '"reasons"', '"model_version"', '"scored_at"'].map(
        (c) => `${c} = NULL`,
      ),
    )
    .concat(['"updated_at" = CURRENT_TIMESTAMP()']);
  const all = [...names, '"row_hash"', '"source_file"'];
  return `MERGE INTO ${q(SF.final)} AS f
USING ${q(SF.batch)} AS b
ON f.${k} = b.${k}
WHEN MATCHED THEN UPDATE SET
  ${sets.join(',\n  ')}
WHEN NOT MATCHED THEN INSERT (${all.join(', ')}, "first_seen_at", "updated_at")
VALUES (${all.map((n) => `b.${n}`).join(', ')}, CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP())`;
}

/** Lines joined as statements of a Snowflake Scripting body, each indented by `by`. */
export function indent(lines: readonly string[], by: string): string {
  return lines.map((l) => l.replace(/^/gm, by)).join(';\n') + ';';
}

/** apply_scoring as a procedure: returns the number of leads scored (0 without an active model). */
export function applyScoringProcedureSql(key: string): string {
  const body = `DECLARE
  v_models INTEGER DEFAULT 0;
  v_scored INTEGER DEFAULT 0;
BEGIN
  SELECT COUNT(*) INTO :v_models FROM ${q(SF.models)} WHERE "ACTIVE";
  IF (v_models = 0) THEN
    RETURN 0;
  END IF;
${indent([SCORED_TABLE_SQL], '  ')}
  BEGIN TRANSACTION;
${indent(applyScoringStatements(key), '  ')}
  SELECT COUNT(*) INTO :v_scored FROM ${q(SF.scored)};
  COMMIT;
  RETURN v_scored;
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    RAISE;
END;`;
  return `CREATE OR REPLACE PROCEDURE ${q(SF.applyScoringProcedure)}()
RETURNS NUMBER(38,0)
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: apply_scoring (leads whose score is missing or from another model)'
AS ${routineBody(body)}`;
}

/** Where the native tasks run: the configured warehouse, or serverless compute without one. */
export function taskCompute(warehouse: string | undefined): string {
  return warehouse
    ? `WAREHOUSE = ${configuredName(warehouse)}`
    : `USER_TASK_MANAGED_INITIAL_WAREHOUSE_SIZE = 'XSMALL'`;
}

/** Options of the native tasks. */
export interface TaskOptionsSql {
  warehouse?: string | undefined;
  schedule: string;
  suspendAfterFailures: number;
}

/**
 * The native tasks: the merge task runs when the stream has data (checked without a warehouse), at most
 * one at a time, suspended after N consecutive failures; the scoring task rescores stale leads hourly
 * (a new active model, a changed override). Both are suspended before CREATE OR ALTER, which cannot change
 * a started task.
 */
export function tasksDdl(options: TaskOptionsSql): string[] {
  const n = Math.max(1, Math.floor(options.suspendAfterFailures));
  return [
    `ALTER TASK IF EXISTS ${q(SF.mergeTask)} SUSPEND`,
    `CREATE OR ALTER TASK ${q(SF.mergeTask)}
  ${taskCompute(options.warehouse)}
  SCHEDULE = ${sqlString(options.schedule)}
  SUSPEND_TASK_AFTER_NUM_FAILURES = ${n}
  ALLOW_OVERLAPPING_EXECUTION = FALSE
  COMMENT = 'leadpipe: LEADS_RAW_STREAM -> LEADS_FINAL'
  WHEN SYSTEM$STREAM_HAS_DATA(${sqlString(SF.stream)})
AS
  CALL ${q(SF.runTaskProcedure)}(NULL, 'SCHEDULED', ${n}, TRUE)`,
    `ALTER TASK IF EXISTS ${q(SF.scoringTask)} SUSPEND`,
    `CREATE OR ALTER TASK ${q(SF.scoringTask)}
  ${taskCompute(options.warehouse)}
  SCHEDULE = '60 MINUTE'
  ALLOW_OVERLAPPING_EXECUTION = FALSE
  COMMENT = 'leadpipe: apply_scoring of stale leads'
AS
  CALL ${q(SF.applyScoringProcedure)}()`,
  ];
}

/** Starts the native tasks (Snowflake creates tasks suspended). */
export function resumeTasksSql(): string[] {
  return [`ALTER TASK ${q(SF.scoringTask)} RESUME`, `ALTER TASK ${q(SF.mergeTask)} RESUME`];
}

/** The merge task's state as leadpipe keeps it (bind: none). */
export const TASK_STATE_SQL = `SELECT "STATE", "CONSECUTIVE_FAILURES" FROM ${q(SF.tasks)} WHERE "NAME" = ${sqlString(SF.mergeTask)}`;

/** Restarts a suspended task (a manual `task run` resumes it). */
export const RESUME_TASK_STATE_SQL = `UPDATE ${q(SF.tasks)} SET "STATE" = 'started', "CONSECUTIVE_FAILURES" = 0, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = ${sqlString(SF.mergeTask)}`;

/** Records the model's fit warning on a run the procedure recorded (binds: warning, run id). */
export const TASK_RUN_WARNING_SQL = `UPDATE ${q(SF.taskHistory)} SET "MODEL_WARNING" = ? WHERE "RUN_ID" = ?`;

/**
 * The recorded failure of one run (binds: run id twice): the run's slices after the first are recorded as
 * `<run id>:<n>` (see snowflake-task-procedure-sql.ts), so the failure may be under either.
 */
export const TASK_RUN_SQL = `SELECT "STATE", "ERROR_MESSAGE" FROM ${q(SF.taskHistory)} WHERE ("RUN_ID" = ? OR STARTSWITH("RUN_ID", ? || ':')) AND "STATE" LIKE 'FAILED%' ORDER BY "COMPLETED_TIME" DESC LIMIT 1`;

/** The CALL that runs the task once from leadpipe (binds: run id, suspend after N, score?). */
export const CALL_RUN_TASK_SQL = `CALL ${q(SF.runTaskProcedure)}(?, 'MANUAL', ?, ?)`;
/** The CALL of apply_scoring. */
export const CALL_APPLY_SCORING_SQL = `CALL ${q(SF.applyScoringProcedure)}()`;
