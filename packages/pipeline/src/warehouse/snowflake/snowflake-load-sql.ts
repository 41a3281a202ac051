/**
 * The SQL of loading on Snowflake: the load lock and the exactly-once check, PUT into the internal stage,
 * COPY INTO LEADS_RAW and LOAD_ERRORS, the load history row, the reconciliation of Snowpipe hand-overs, the
 * file-validation procedure, the storage integration, the S3 stage and the pipes. Pure text (tested as
 * strings); naming and quoting rules: see snowflake-ddl.ts.
 */
import { quoteIdent } from '../sql-ident.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import { SF, configuredName, routineBody, snowflakeType, sqlString, stageRef } from './snowflake-ddl.ts';

const q = quoteIdent;

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

/** The procedure `validate --staged` had before issue 19 (a stage scan that reported nothing useful). */
export const DROP_OLD_VALIDATE_PROCEDURE_SQL = `DROP PROCEDURE IF EXISTS "LEADPIPE_VALIDATE_STAGED_FILES"(VARCHAR)`;

/** The condition "this typed column's value does not fit its type" over a staged document `doc`. */
function typeErrorSql(doc: string, column: FinalColumn): string | undefined {
  if (column.type === 'string' || column.type === 'json') return undefined;
  const value = `${doc}:${q(column.name)}`;
  return `(${value} IS NOT NULL AND NOT IS_NULL_VALUE(${value}) AND TRY_CAST(${value}::VARCHAR AS ${snowflakeType(column.type)}) IS NULL)`;
}

/**
 * The staged files the validation procedure can read, as one relation (`"F"` the staged path, `"DOC"` the
 * cleaned line `{"l": line, "d": document}`, `"CONTENT_KEY"` Snowflake's checksum of the file): the
 * internal stage (PUT files, gzipped) and, with an S3 stage, its `data/` folder.
 */
function stagedFilesSql(withS3Stage: boolean): string {
  const part = (stage: string, path: string, format: string): string =>
    `SELECT METADATA$FILENAME AS "F", $1 AS "DOC", METADATA$FILE_CONTENT_KEY AS "CONTENT_KEY" FROM ${stageRef(stage, path)} (FILE_FORMAT => ${sqlString(format)})`;
  const parts = [part(SF.stage, '', SF.fileFormatGzip)];
  if (withS3Stage) parts.push(part(SF.s3Stage, 'data/', SF.fileFormat));
  return parts.join('\n      UNION ALL ');
}

/**
 * The file-validation procedure, the original design's `validate_and_load_json`:
 * `CALL LEADPIPE_VALIDATE_STAGED_FILE(path, load)` checks one staged file, named by its path in the stage
 * (`loads/<id>/data/<name>.ndjson.gz` in the internal stage, `data/<name>/<version>.ndjson` in the S3
 * stage): its rows, its columns (declared ones missing, undeclared ones), lines that are not a leadpipe
 * document, rows without a key, and per typed declared column the values that do not cast to its type
 * (the task casts declared columns strictly, so one such value would fail the merge). With `load` and a
 * valid file not loaded before (no LEADS_RAW row has its path as load id), its rows are inserted into
 * LEADS_RAW (the stream hands them to the task) with a LOAD_HISTORY row; it returns an OBJECT with every
 * count, `valid`, `loaded` and `reason`.
 *
 * The path is a bound variable compared with METADATA$FILENAME: no SQL is built from it. That is also why
 * this is a SELECT over the staged file and an INSERT, not `COPY ... VALIDATION_MODE = RETURN_ERRORS`:
 * COPY's FILES list takes literals only (and VALIDATION_MODE no transformation), so it could name the file
 * only by concatenating it into dynamic SQL.
 */
export function validateProcedureSql(
  columns: readonly FinalColumn[],
  key: string,
  withS3Stage: boolean,
): string {
  const doc = `s."DOC":"d"`;
  const typed = columns
    .filter((c) => c.declared)
    .flatMap((c) => {
      const cond = typeErrorSql(doc, c);
      return cond ? [{ name: c.name, cond }] : [];
    });
  const typeErrors = typed.length
    ? `OBJECT_CONSTRUCT(${typed.map((t) => `${sqlString(t.name)}, NULLIF(COUNT_IF(${t.cond}), 0)`).join(', ')})`
    : 'OBJECT_CONSTRUCT()';
  const anyTypeError = typed.length ? typed.map((t) => t.cond).join(' OR ') : 'FALSE';
  const declared = `ARRAY_CONSTRUCT(${columns
    .filter((c) => c.declared)
    .map((c) => sqlString(c.name))
    .join(', ')})`;
  const name = `CASE WHEN STARTSWITH(s."F", 'loads/') THEN REGEXP_REPLACE(SPLIT_PART(s."F", '/', -1), '[.]ndjson([.]gz)?$', '') ELSE SPLIT_PART(s."F", '/', -2) END`;
  const body = `DECLARE
  v_rows INTEGER DEFAULT 0;
  v_not_documents INTEGER DEFAULT 0;
  v_without_key INTEGER DEFAULT 0;
  v_type_error_rows INTEGER DEFAULT 0;
  v_type_errors OBJECT;
  v_columns ARRAY;
  v_content_key VARCHAR;
  v_missing ARRAY;
  v_undeclared ARRAY;
  v_valid BOOLEAN DEFAULT FALSE;
  v_loaded INTEGER DEFAULT 0;
  v_already INTEGER DEFAULT 0;
  v_reason VARCHAR;
BEGIN
  SELECT COUNT(*),
      COUNT_IF(s."DOC":"l" IS NULL OR TYPEOF(${doc}) <> 'OBJECT'),
      COUNT_IF(${doc}:${q(key)} IS NULL OR IS_NULL_VALUE(${doc}:${q(key)}) OR TRIM(${doc}:${q(key)}::VARCHAR) = ''),
      COUNT_IF(${anyTypeError}),
      ${typeErrors},
      COALESCE(ARRAY_UNION_AGG(OBJECT_KEYS(${doc})), ARRAY_CONSTRUCT()),
      MAX(s."CONTENT_KEY")
    INTO :v_rows, :v_not_documents, :v_without_key, :v_type_error_rows, :v_type_errors, :v_columns, :v_content_key
    FROM (
      ${stagedFilesSql(withS3Stage)}
    ) AS s
    WHERE s."F" = :FILE_NAME;
  v_missing := ARRAY_EXCEPT(${declared}, v_columns);
  v_undeclared := ARRAY_EXCEPT(v_columns, ${declared});
  v_valid := (v_rows > 0 AND v_not_documents = 0 AND v_without_key = 0 AND v_type_error_rows = 0);
  v_reason := CASE
    WHEN v_rows = 0 THEN 'no staged file at this path (or it is empty)'
    WHEN v_not_documents > 0 THEN 'lines that are not leadpipe documents'
    WHEN v_without_key > 0 THEN 'rows without a key'
    WHEN v_type_error_rows > 0 THEN 'values that do not fit their declared type'
    ELSE NULL END;
  IF (v_valid AND LOAD) THEN
    SELECT COUNT(*) INTO :v_already FROM ${q(SF.raw)} WHERE "LOAD_ID" = :FILE_NAME;
    IF (v_already > 0) THEN
      v_reason := 'already loaded';
    ELSE
      BEGIN TRANSACTION;
      INSERT INTO ${q(SF.raw)} ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
        SELECT ${name}, s."DOC":"l"::NUMBER(38,0), ${doc}, s."F", CURRENT_TIMESTAMP()
        FROM (
          ${stagedFilesSql(withS3Stage)}
        ) AS s
        WHERE s."F" = :FILE_NAME;
      v_loaded := SQLROWCOUNT;
      INSERT INTO ${q(SF.loadHistory)} ("LOAD_ID", "FILE_NAME", "STAGE_LOCATION", "CHECKSUM", "FILE_SIZE", "STATUS", "REASON", "ROW_COUNT", "ROW_PARSED", "ERROR_COUNT", "LAST_LOAD_TIME")
        SELECT :FILE_NAME, ${name.replace(/s\."F"/g, ':FILE_NAME')}, CASE WHEN STARTSWITH(:FILE_NAME, 'loads/') THEN ${sqlString(stageRef(SF.stage, ''))} ELSE ${sqlString(stageRef(SF.s3Stage, ''))} END || '/' || :FILE_NAME, COALESCE(:v_content_key, ''), 0, 'LOADED', ${sqlString(`loaded by ${SF.validateProcedure}`)}, :v_loaded, :v_rows, 0, CURRENT_TIMESTAMP();
      COMMIT;
    END IF;
  END IF;
  RETURN OBJECT_CONSTRUCT_KEEP_NULL('file', FILE_NAME, 'valid', v_valid, 'reason', v_reason, 'rows', v_rows,
    'not_documents', v_not_documents, 'rows_without_key', v_without_key, 'rows_with_type_errors', v_type_error_rows,
    'type_errors', v_type_errors, 'columns', v_columns, 'missing_declared_columns', v_missing,
    'undeclared_columns', v_undeclared, 'loaded', v_loaded);
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    RAISE;
END;`;
  return `CREATE OR REPLACE PROCEDURE ${q(SF.validateProcedure)}("FILE_NAME" VARCHAR, "LOAD" BOOLEAN)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: validate one staged file (rows, columns, key, types); load it when valid and asked to'
AS ${routineBody(body)}`;
}

/** Calls the validation procedure (binds: the staged path, whether to load). */
export const CALL_VALIDATE_SQL = `CALL ${q(SF.validateProcedure)}(?, ?)`;

/** Settings of the S3 side (storage integration, external stage, pipes). */
export interface S3ObjectsOptions {
  integration: string;
  roleArn: string;
  /** `s3://bucket/prefix/_leadpipe/stage/`: where leadpipe's S3 stage keeps cleaned files. */
  stageUrl: string;
}

/**
 * The storage integration (the original design's `s3_leads_integration`) and the external stage on
 * leadpipe's S3 stage. Never CREATE OR REPLACE the integration: that changes its external id and breaks
 * the IAM trust policy.
 */
export function s3ObjectsDdl(options: S3ObjectsOptions): string[] {
  return [
    `CREATE STORAGE INTEGRATION IF NOT EXISTS ${configuredName(options.integration)}
  TYPE = EXTERNAL_STAGE
  STORAGE_PROVIDER = 'S3'
  ENABLED = TRUE
  STORAGE_AWS_ROLE_ARN = ${sqlString(options.roleArn)}
  STORAGE_ALLOWED_LOCATIONS = (${sqlString(options.stageUrl)})
  COMMENT = 'leadpipe: read the S3 stage'`,
    `CREATE STAGE IF NOT EXISTS ${q(SF.s3Stage)}
  URL = ${sqlString(options.stageUrl)}
  STORAGE_INTEGRATION = ${configuredName(options.integration)}
  FILE_FORMAT = (FORMAT_NAME = ${sqlString(SF.fileFormat)})
  COMMENT = 'leadpipe: cleaned files of the S3 stage'`,
  ];
}

/** The integration's IAM user and external id for the role's trust policy (rows `property`, `property_value`). */
export function describeIntegrationSql(integration: string): string {
  return `DESC STORAGE INTEGRATION ${configuredName(integration)}`;
}

/**
 * The pipes (Snowpipe, AUTO_INGEST): every new cleaned file of the S3 stage (`data/<name>/<version>.ndjson`)
 * and its rejected rows (`rejects/...`). The file's name is the folder above the version, its load id the
 * object path. Never CREATE OR REPLACE a pipe on every apply: that forgets which files it loaded (apply
 * recreates one only when its definition drifted, see snowflake-drift.ts).
 */
export function pipesDdl(): string[] {
  const name = `SPLIT_PART(METADATA$FILENAME, '/', -2)`;
  return [
    `CREATE PIPE IF NOT EXISTS ${q(SF.pipe)}
  AUTO_INGEST = TRUE
  COMMENT = 'leadpipe: S3 stage -> LEADS_RAW'
AS
COPY INTO ${q(SF.raw)} ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
FROM (
  SELECT ${name}, $1:"l"::NUMBER(38,0), $1:"d", METADATA$FILENAME, METADATA$START_SCAN_TIME
  FROM ${stageRef(SF.s3Stage, 'data/')}
)
FILE_FORMAT = (FORMAT_NAME = ${sqlString(SF.fileFormat)})
PATTERN = '.*[.]ndjson'
ON_ERROR = SKIP_FILE`,
    `CREATE PIPE IF NOT EXISTS ${q(SF.errorsPipe)}
  AUTO_INGEST = TRUE
  COMMENT = 'leadpipe: S3 stage rejected rows -> LOAD_ERRORS'
AS
COPY INTO ${q(SF.loadErrors)} ("LOAD_ID", "FILE_NAME", "LINE", "COLUMN_NAME", "ERROR", "RAW_TEXT")
FROM (
  SELECT METADATA$FILENAME, ${name}, $1:"line"::NUMBER(38,0), $1:"column"::VARCHAR, $1:"reason"::VARCHAR, $1:"raw"::VARCHAR
  FROM ${stageRef(SF.s3Stage, 'rejects/')}
)
FILE_FORMAT = (FORMAT_NAME = ${sqlString(SF.fileFormat)})
PATTERN = '.*[.]ndjson'
ON_ERROR = SKIP_FILE`,
  ];
}
