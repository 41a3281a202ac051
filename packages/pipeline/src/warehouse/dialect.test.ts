/**
 * The dialect table: the SQL each engine generates for every object and statement of the pipeline, side by
 * side, tested as text (as a dialect test suite does). Where DuckDB has no such object (it emulates pipes,
 * streams and tasks with bookkeeping tables) the row says what it does instead.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../formats/lead-schema.ts';
import { COLUMN_TYPES, loadLeadSchemaOrThrow } from '../formats/lead-schema.ts';
import { parseRulesOrThrow } from '../scoring/model/rules.ts';
import { compileScoringSql } from '../scoring/scoring-sql.ts';
import {
  DUCKDB_BOOKKEEPING_DDL,
  SCORE_HISTORY_SQL,
  createFinalTableSql as duckdbFinalTableSql,
  dropUnchangedSql as duckdbDropUnchangedSql,
  duckdbType,
  mergeCountsSql as duckdbMergeCountsSql,
  deleteReplacedSql as duckdbDeleteReplacedSql,
  insertBatchSql as duckdbInsertBatchSql,
  quoteIdent as duckdbQuoteIdent,
  scoredTableSql,
  scoringDdl as duckdbScoringDdl,
  sqlString as duckdbSqlString,
  streamBatchSql as duckdbStreamBatchSql,
  updateScoresSql,
} from './duckdb/duckdb-sql.ts';
import type { RawColumn } from './duckdb/duckdb-load-sql.ts';
import { rawRowsDdl, rawViewSql } from './duckdb/duckdb-load-sql.ts';
import { DUCKDB_CAPABILITIES } from './duckdb/duckdb-warehouse.ts';
import { namedParamsToBinds } from './snowflake/snowflake-query.ts';
import type { FinalColumn } from './snowflake/snowflake-sql.ts';
import {
  INSERT_LOAD_HISTORY_SQL,
  LOAD_LOCK_SQL,
  addColumnSql,
  bookkeepingDdl,
  copyDataSql,
  copyRejectsSql,
  createFinalTableSql,
  fileFormatDdl,
  internalStageDdl,
  isLoadedSql,
  putSql,
  quoteIdent,
  reconcilePipeLoadsSql,
  removeLoadSql,
  scoringDdl,
  snowflakeType,
  sqlString,
  streamDdl,
  widenColumnSql,
} from './snowflake/snowflake-sql.ts';
import { PIPE_STATUS_SQL, copyHistorySql, nativeTaskHistorySql } from './snowflake/snowflake-status.ts';
import {
  SCORED_TABLE_SQL,
  applyScoringProcedureSql,
  applyScoringStatements,
  batchTableSql,
  dropUnchangedSql,
  mergeCountsSql,
  mergeSql,
  pipesDdl,
  resumeTasksSql,
  runTaskProcedureSql,
  s3ObjectsDdl,
  scoringFunctionsSql,
  streamBatchSql,
  tasksDdl,
  validateProcedureSql,
} from './snowflake/snowflake-task-sql.ts';
import { SNOWFLAKE_CAPABILITIES } from './snowflake/snowflake-warehouse.ts';

const KEY = 'prospect_id';
const LOAD_ID = '0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70';
const ROLE = 'arn:aws:iam::123456789012:role/leadpipe-snowflake';
/** Two declared columns and two inferred ones (inferred columns are read with TRY_CAST). */
const columns: FinalColumn[] = [
  { name: 'prospect_id', type: 'string', declared: true },
  { name: 'total_visits', type: 'integer', declared: true },
  { name: 'utm_campaign', type: 'string', declared: false },
  { name: 'is_partner', type: 'boolean', declared: false },
];
/** The declared columns of leads_raw_rows for the DuckDB rows (utm_campaign and is_partner come from extra). */
const rawStore: RawColumn[] = [
  { name: 'prospect_id', type: 'string', nullable: false },
  { name: 'total_visits', type: 'integer', nullable: true },
];
const tinyRules = parseRulesOrThrow(
  {
    kind: 'rules',
    version: 'rules-tiny-1',
    min: 0,
    max: 2,
    grades: { A: 75, B: 50, C: 25 },
    rules: [
      {
        name: 'Marketing source',
        when: { column: 'lead_source', op: 'equals', value: 'Marketing' },
        points: 2,
      },
    ],
  },
  loadLeadSchemaOrThrow() as never,
);
/** The typed raw rows that both statements of the DuckDB batch read (raw_id in (1000, 2001]). */
const BATCH_ROWS = `  SELECT
    r."prospect_id",
    r."total_visits",
    x."utm_campaign" AS "utm_campaign",
    CASE lower(x."is_partner") WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(x."is_partner" AS BOOLEAN) END AS "is_partner",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"utm_campaign":"VARCHAR","is_partner":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 1000 AND r.raw_id <= 2001
  ) AS r`;
const duckdbScoring = compileScoringSql(tinyRules, 'duckdb', KEY);
const snowflakeScoring = compileScoringSql(tinyRules, 'snowflake', KEY);

type Sql = string | readonly string[];
/** One row: what it is, DuckDB's SQL (or what DuckDB does instead), Snowflake's SQL. */
interface DialectRow {
  what: string;
  duckdb: [() => Sql | undefined, Sql] | string;
  snowflake: [() => Sql | undefined, Sql];
}

const TABLE: DialectRow[] = [
  {
    what: 'the meta table',
    duckdb: [
      () => DUCKDB_BOOKKEEPING_DDL[0],
      `CREATE TABLE IF NOT EXISTS leadpipe_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
    ],
    snowflake: [
      () => bookkeepingDdl()[0],
      `CREATE TABLE IF NOT EXISTS "LEADPIPE_META" ("KEY" VARCHAR NOT NULL PRIMARY KEY, "VALUE" VARCHAR NOT NULL)`,
    ],
  },
  {
    what: 'the raw table',
    duckdb: [
      () => [rawRowsDdl(rawStore), rawViewSql(rawStore)],
      [
        `CREATE TABLE IF NOT EXISTS leads_raw_rows (
  raw_id BIGINT NOT NULL,
  file_name VARCHAR NOT NULL,
  file_row_number BIGINT NOT NULL,
  load_id VARCHAR NOT NULL,
  loaded_at TIMESTAMPTZ NOT NULL,
  "prospect_id" VARCHAR,
  "total_visits" BIGINT,
  extra JSON,
  err_column VARCHAR,
  err_reason VARCHAR,
  err_raw VARCHAR
)`,
        `CREATE OR REPLACE VIEW leads_raw AS
SELECT raw_id, file_name, file_row_number,
  json_merge_patch(json_merge_patch('{}', json_object('prospect_id', "prospect_id", 'total_visits', "total_visits")), coalesce(extra, '{}')) AS data,
  load_id, loaded_at
FROM leads_raw_rows`,
      ],
    ],
    snowflake: [
      () => bookkeepingDdl()[1],
      `CREATE TABLE IF NOT EXISTS "LEADS_RAW" (
  "FILE_NAME" VARCHAR NOT NULL,
  "FILE_ROW_NUMBER" NUMBER(38,0) NOT NULL,
  "DATA" VARIANT NOT NULL,
  "LOAD_ID" VARCHAR NOT NULL,
  "LOADED_AT" TIMESTAMP_LTZ NOT NULL
)`,
    ],
  },
  {
    what: 'the load history table',
    duckdb: [
      () => DUCKDB_BOOKKEEPING_DDL[1],
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
    ],
    snowflake: [
      () => bookkeepingDdl()[2],
      `CREATE TABLE IF NOT EXISTS "LOAD_HISTORY" (
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
    ],
  },
  {
    what: 'the rejected rows table',
    duckdb: [
      () => DUCKDB_BOOKKEEPING_DDL[2],
      `CREATE TABLE IF NOT EXISTS load_errors (
  load_id VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  line BIGINT NOT NULL,
  column_name VARCHAR,
  error VARCHAR NOT NULL,
  raw_text VARCHAR NOT NULL
)`,
    ],
    snowflake: [
      () => bookkeepingDdl()[3],
      `CREATE TABLE IF NOT EXISTS "LOAD_ERRORS" (
  "LOAD_ID" VARCHAR NOT NULL,
  "FILE_NAME" VARCHAR NOT NULL,
  "LINE" NUMBER(38,0) NOT NULL,
  "COLUMN_NAME" VARCHAR,
  "ERROR" VARCHAR NOT NULL,
  "RAW_TEXT" VARCHAR NOT NULL
)`,
    ],
  },
  {
    what: 'the stream',
    duckdb: [
      () => DUCKDB_BOOKKEEPING_DDL[3],
      `CREATE TABLE IF NOT EXISTS leadpipe_streams (
  name VARCHAR PRIMARY KEY,
  source_table VARCHAR NOT NULL,
  "offset" BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
)`,
    ],
    snowflake: [
      () => streamDdl(),
      `CREATE STREAM IF NOT EXISTS "LEADS_RAW_STREAM" ON TABLE "LEADS_RAW" APPEND_ONLY = TRUE COMMENT = 'leadpipe: rows of LEADS_RAW not merged yet'`,
    ],
  },
  {
    what: 'the task state table',
    duckdb: [
      () => DUCKDB_BOOKKEEPING_DDL[4],
      `CREATE TABLE IF NOT EXISTS leadpipe_tasks (
  name VARCHAR PRIMARY KEY,
  state VARCHAR NOT NULL,
  consecutive_failures INTEGER NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
)`,
    ],
    snowflake: [
      () => bookkeepingDdl()[4],
      `CREATE TABLE IF NOT EXISTS "LEADPIPE_TASKS" (
  "NAME" VARCHAR NOT NULL PRIMARY KEY,
  "STATE" VARCHAR NOT NULL,
  "CONSECUTIVE_FAILURES" NUMBER(38,0) NOT NULL,
  "UPDATED_AT" TIMESTAMP_LTZ NOT NULL
)`,
    ],
  },
  {
    what: 'the task history table',
    duckdb: [
      () => DUCKDB_BOOKKEEPING_DDL[5],
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
    ],
    snowflake: [
      () => bookkeepingDdl()[5],
      `CREATE TABLE IF NOT EXISTS "TASK_HISTORY" (
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
    ],
  },
  {
    what: 'the column registry',
    duckdb: [
      () => DUCKDB_BOOKKEEPING_DDL[6],
      `CREATE TABLE IF NOT EXISTS leadpipe_columns (
  table_name VARCHAR NOT NULL,
  column_name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  declared BOOLEAN NOT NULL,
  PRIMARY KEY (table_name, column_name)
)`,
    ],
    snowflake: [
      () => bookkeepingDdl()[6],
      `CREATE TABLE IF NOT EXISTS "LEADPIPE_COLUMNS" (
  "TABLE_NAME" VARCHAR NOT NULL,
  "COLUMN_NAME" VARCHAR NOT NULL,
  "TYPE" VARCHAR NOT NULL,
  "DECLARED" BOOLEAN NOT NULL,
  "POSITION" NUMBER(38,0) NOT NULL,
  PRIMARY KEY ("TABLE_NAME", "COLUMN_NAME")
)`,
    ],
  },
  {
    what: 'leads_final',
    duckdb: [
      () => duckdbFinalTableSql(columns, KEY),
      `CREATE TABLE IF NOT EXISTS leads_final (
  "prospect_id" VARCHAR NOT NULL,
  "total_visits" BIGINT,
  "utm_campaign" VARCHAR,
  "is_partner" BOOLEAN,
  "row_hash" VARCHAR NOT NULL,
  "source_file" VARCHAR NOT NULL,
  "first_seen_at" TIMESTAMPTZ NOT NULL,
  "updated_at" TIMESTAMPTZ NOT NULL,
  "probability" DOUBLE,
  "score" INTEGER,
  "grade" VARCHAR,
  "reasons" JSON,
  "model_version" VARCHAR,
  "scored_at" TIMESTAMPTZ
)`,
    ],
    snowflake: [
      () => createFinalTableSql(columns, KEY),
      `CREATE TABLE IF NOT EXISTS "LEADS_FINAL" (
  "prospect_id" VARCHAR NOT NULL,
  "total_visits" NUMBER(38,0),
  "utm_campaign" VARCHAR,
  "is_partner" BOOLEAN,
  "row_hash" VARCHAR NOT NULL,
  "source_file" VARCHAR NOT NULL,
  "first_seen_at" TIMESTAMP_LTZ NOT NULL,
  "updated_at" TIMESTAMP_LTZ NOT NULL,
  "probability" FLOAT,
  "score" NUMBER(38,0),
  "grade" VARCHAR,
  "reasons" VARIANT,
  "model_version" VARCHAR,
  "scored_at" TIMESTAMP_LTZ
)`,
    ],
  },
  {
    what: 'the scoring tables and the view of leads to score',
    duckdb: [
      () => duckdbScoringDdl().slice(0, 4),
      [
        `CREATE TABLE IF NOT EXISTS leadpipe_models (
  version VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  body JSON NOT NULL,
  active BOOLEAN NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
)`,
        `CREATE TABLE IF NOT EXISTS lead_overrides (
  lead_key VARCHAR PRIMARY KEY,
  score INTEGER NOT NULL,
  reason VARCHAR NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
)`,
        `CREATE TABLE IF NOT EXISTS lead_score_history (
  lead_key VARCHAR NOT NULL,
  model_version VARCHAR,
  probability DOUBLE,
  score INTEGER,
  grade VARCHAR,
  source VARCHAR NOT NULL,
  reason VARCHAR,
  scored_at TIMESTAMPTZ NOT NULL
)`,
        `CREATE OR REPLACE VIEW leads_to_score AS
SELECT * FROM leads_final
WHERE model_version IS DISTINCT FROM (SELECT version FROM leadpipe_models WHERE active LIMIT 1)
  AND EXISTS (SELECT 1 FROM leadpipe_models WHERE active)`,
      ],
    ],
    snowflake: [
      () => scoringDdl(),
      [
        `CREATE TABLE IF NOT EXISTS "LEADPIPE_MODELS" (
  "VERSION" VARCHAR NOT NULL PRIMARY KEY,
  "KIND" VARCHAR NOT NULL,
  "BODY" VARCHAR NOT NULL,
  "ACTIVE" BOOLEAN NOT NULL,
  "CREATED_AT" TIMESTAMP_LTZ NOT NULL
)`,
        `CREATE TABLE IF NOT EXISTS "LEAD_OVERRIDES" (
  "LEAD_KEY" VARCHAR NOT NULL PRIMARY KEY,
  "SCORE" NUMBER(38,0) NOT NULL,
  "REASON" VARCHAR NOT NULL,
  "CREATED_AT" TIMESTAMP_LTZ NOT NULL
)`,
        `CREATE TABLE IF NOT EXISTS "LEAD_SCORE_HISTORY" (
  "LEAD_KEY" VARCHAR NOT NULL,
  "MODEL_VERSION" VARCHAR,
  "PROBABILITY" FLOAT,
  "SCORE" NUMBER(38,0),
  "GRADE" VARCHAR,
  "SOURCE" VARCHAR NOT NULL,
  "REASON" VARCHAR,
  "SCORED_AT" TIMESTAMP_LTZ NOT NULL
)`,
        `CREATE OR REPLACE VIEW "LEADS_TO_SCORE" AS
SELECT * FROM "LEADS_FINAL"
WHERE "model_version" IS DISTINCT FROM (SELECT "VERSION" FROM "LEADPIPE_MODELS" WHERE "ACTIVE" LIMIT 1)
  AND EXISTS (SELECT 1 FROM "LEADPIPE_MODELS" WHERE "ACTIVE")`,
      ],
    ],
  },
  {
    what: 'the deduplicated, typed batch of the stream',
    duckdb: [
      () => {
        const batch = duckdbStreamBatchSql(columns, KEY, new Set(rawStore.map((c) => c.name)), {
          from: 1000,
          to: 2001,
        });
        return [batch.keys, batch.view];
      },
      [
        `CREATE OR REPLACE TEMP TABLE leadpipe_batch_keys AS
SELECT b.raw_id, b."prospect_id", b.row_hash, f."row_hash" AS __stored_hash, f."first_seen_at" AS __first_seen FROM (
SELECT raw_id, "prospect_id", lpad(lower(to_hex(xor(xor(CASE WHEN "is_partner" IS NULL THEN 0::UBIGINT ELSE hash(hash("is_partner", 'is_partner')) END, CASE WHEN "prospect_id" IS NULL THEN 0::UBIGINT ELSE hash(hash("prospect_id", 'prospect_id')) END), xor(CASE WHEN "total_visits" IS NULL THEN 0::UBIGINT ELSE hash(hash("total_visits", 'total_visits')) END, CASE WHEN "utm_campaign" IS NULL THEN 0::UBIGINT ELSE hash(hash("utm_campaign", 'utm_campaign')) END)))), 16, '0') AS row_hash FROM (
${BATCH_ROWS}
)
QUALIFY row_number() OVER (PARTITION BY "prospect_id" ORDER BY raw_id DESC) = 1
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id"`,
        `CREATE OR REPLACE TEMP VIEW leadpipe_batch AS
SELECT t.*, b.row_hash, b.__stored_hash, b.__first_seen FROM (
${BATCH_ROWS}
) AS t JOIN leadpipe_batch_keys AS b ON b.raw_id = t.raw_id AND b."prospect_id" = t."prospect_id"`,
      ],
    ],
    snowflake: [
      () => [batchTableSql(columns), streamBatchSql(columns, KEY)],
      [
        `CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_BATCH" (
  "prospect_id" VARCHAR,
  "total_visits" NUMBER(38,0),
  "utm_campaign" VARCHAR,
  "is_partner" BOOLEAN,
  "row_hash" VARCHAR,
  "source_file" VARCHAR
)`,
        `INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file")
SELECT
  r."DATA":"prospect_id"::VARCHAR,
  r."DATA":"total_visits"::NUMBER(38,0),
  r."DATA":"utm_campaign"::VARCHAR,
  CASE LOWER(r."DATA":"is_partner"::VARCHAR) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(r."DATA":"is_partner"::VARCHAR AS BOOLEAN) END,
  MD5(TO_JSON(r."DATA")),
  r."FILE_NAME"
FROM "LEADS_RAW_STREAM" AS r
QUALIFY ROW_NUMBER() OVER (PARTITION BY r."DATA":"prospect_id"::VARCHAR ORDER BY r."LOADED_AT" DESC, r."FILE_ROW_NUMBER" DESC, r."LOAD_ID" DESC) = 1`,
      ],
    ],
  },
  {
    what: 'the merge counts',
    duckdb: [
      () => duckdbMergeCountsSql(),
      `SELECT
  count(*) FILTER (WHERE __stored_hash IS NULL) AS inserted,
  count(*) FILTER (WHERE __stored_hash <> row_hash) AS updated,
  count(*) FILTER (WHERE __stored_hash = row_hash) AS unchanged
FROM leadpipe_batch_keys`,
    ],
    snowflake: [
      () => mergeCountsSql(KEY),
      `SELECT COUNT_IF(f."prospect_id" IS NULL), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" <> b."row_hash"), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" = b."row_hash")
INTO :v_inserted, :v_updated, :v_unchanged
FROM "LEADPIPE_BATCH" AS b LEFT JOIN "LEADS_FINAL" AS f ON f."prospect_id" = b."prospect_id"`,
    ],
  },
  {
    what: 'the drop of unchanged rows',
    duckdb: [
      () => duckdbDropUnchangedSql(),
      `DELETE FROM leadpipe_batch_keys WHERE __stored_hash = row_hash`,
    ],
    snowflake: [
      () => dropUnchangedSql(KEY),
      `DELETE FROM "LEADPIPE_BATCH" AS b USING "LEADS_FINAL" AS f WHERE f."prospect_id" = b."prospect_id" AND f."row_hash" = b."row_hash"`,
    ],
  },
  {
    what: 'the hash-checked upsert (DuckDB: delete + insert of the changed rows)',
    duckdb: [
      () => [duckdbDeleteReplacedSql(KEY), duckdbInsertBatchSql(columns, KEY, true)],
      [
        `DELETE FROM leads_final WHERE "prospect_id" IN (SELECT "prospect_id" FROM leadpipe_batch_keys WHERE __stored_hash IS NOT NULL)`,
        `INSERT INTO leads_final ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT b."prospect_id", b."total_visits", b."utm_campaign", b."is_partner", b."row_hash", b."source_file", s."probability", s."score", s."grade", s."reasons", s."model_version", coalesce(b.__first_seen, $now), $now, $now
FROM leadpipe_batch AS b
LEFT JOIN leadpipe_scored AS s ON s.lead_key = CAST(b."prospect_id" AS VARCHAR)`,
      ],
    ],
    snowflake: [
      () => mergeSql(columns, KEY),
      `MERGE INTO "LEADS_FINAL" AS f
USING "LEADPIPE_BATCH" AS b
ON f."prospect_id" = b."prospect_id"
WHEN MATCHED THEN UPDATE SET
  "total_visits" = b."total_visits",
  "utm_campaign" = b."utm_campaign",
  "is_partner" = b."is_partner",
  "row_hash" = b."row_hash",
  "source_file" = b."source_file",
  "probability" = NULL,
  "score" = NULL,
  "grade" = NULL,
  "reasons" = NULL,
  "model_version" = NULL,
  "scored_at" = NULL,
  "updated_at" = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "first_seen_at", "updated_at")
VALUES (b."prospect_id", b."total_visits", b."utm_campaign", b."is_partner", b."row_hash", b."source_file", CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP())`,
    ],
  },
  {
    what: 'apply_scoring',
    duckdb: [
      () => [scoredTableSql('<select>', '<grade>', KEY), updateScoresSql(KEY), SCORE_HISTORY_SQL],
      [
        `CREATE OR REPLACE TEMP TABLE leadpipe_scored AS
SELECT lead_key, model_version, probability, score, <grade> AS grade, reasons, overridden, override_reason FROM (
  SELECT CAST(s."prospect_id" AS VARCHAR) AS lead_key, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    to_json(s.reasons) AS reasons,
    o.lead_key IS NOT NULL AS overridden, o.reason AS override_reason
  FROM (<select>) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
)`,
        `UPDATE leads_final SET probability = s.probability, score = s.score, grade = s.grade, reasons = s.reasons,
  model_version = s.model_version, scored_at = $now
FROM leadpipe_scored AS s WHERE CAST(leads_final."prospect_id" AS VARCHAR) = s.lead_key`,
        `INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored`,
      ],
    ],
    snowflake: [
      () => [SCORED_TABLE_SQL, ...applyScoringStatements(KEY)],
      [
        `CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_SCORED" (
  "LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR,
  "REASONS" VARIANT, "OVERRIDDEN" BOOLEAN, "OVERRIDE_REASON" VARCHAR
)`,
        `DELETE FROM "LEADPIPE_SCORED"`,
        `INSERT INTO "LEADPIPE_SCORED"
SELECT s."LEAD_KEY", s."MODEL_VERSION", s."PROBABILITY", COALESCE(o."SCORE", s."SCORE"),
  IFF(o."LEAD_KEY" IS NULL, s."GRADE", "LEADPIPE_GRADE"(o."SCORE")), s."REASONS", o."LEAD_KEY" IS NOT NULL, o."REASON"
FROM TABLE("LEADPIPE_SCORE"()) AS s LEFT JOIN "LEAD_OVERRIDES" AS o ON o."LEAD_KEY" = s."LEAD_KEY"`,
        `UPDATE "LEADS_FINAL" AS f SET "probability" = s."PROBABILITY", "score" = s."SCORE", "grade" = s."GRADE",
  "reasons" = s."REASONS", "model_version" = s."MODEL_VERSION", "scored_at" = CURRENT_TIMESTAMP()
FROM "LEADPIPE_SCORED" AS s WHERE CAST(f."prospect_id" AS VARCHAR) = s."LEAD_KEY"`,
        `INSERT INTO "LEAD_SCORE_HISTORY" ("LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", "SOURCE", "REASON", "SCORED_AT")
SELECT "LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", IFF("OVERRIDDEN", 'override', 'model'), "OVERRIDE_REASON", CURRENT_TIMESTAMP()
FROM "LEADPIPE_SCORED"`,
      ],
    ],
  },
  {
    what: 'the scoring SQL of a model',
    duckdb: [
      () => duckdbScoring.select,
      `SELECT "prospect_id", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "prospect_id", 'rules-tiny-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
  SELECT "prospect_id", points, reasons, CAST(ROUND(100 * (LEAST(GREATEST(points, 0e+0), 2e+0) - 0e+0) / 2e+0) AS INTEGER) AS score FROM (
    SELECT "prospect_id", CASE WHEN ("lead_source" = 'Marketing') THEN 2e+0 ELSE 0e0 END AS points, list_filter([CASE WHEN ("lead_source" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 2e+0} END], x -> x IS NOT NULL) AS reasons FROM leads_to_score
  ) AS __r1
) AS __r2) AS __rules`,
    ],
    snowflake: [
      () => scoringFunctionsSql(snowflakeScoring, KEY),
      [
        `CREATE OR REPLACE FUNCTION "LEADPIPE_GRADE"("SCORE" NUMBER(38,0))
RETURNS VARCHAR
LANGUAGE SQL
COMMENT = 'leadpipe model rules-tiny-1 (rules)'
AS $$
CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END
$$`,
        `CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()
RETURNS TABLE ("LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR, "REASONS" VARIANT)
LANGUAGE SQL
COMMENT = 'leadpipe model rules-tiny-1 (rules)'
AS $$
SELECT CAST(__m."prospect_id" AS VARCHAR), __m.model_version, __m.probability, __m.score, __m.grade, TO_VARIANT(__m.reasons)
FROM (SELECT "prospect_id", model_version, probability, score, grade,
  OBJECT_CONSTRUCT('positive', ARRAY_AGG(CASE WHEN __sign = 1 AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank), 'negative', ARRAY_AGG(CASE WHEN __sign = -1 AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank)) AS reasons
FROM (
  SELECT __s."prospect_id", __s.model_version, __s.probability, __s.score, __s.grade, OBJECT_CONSTRUCT('feature', __r.value:rule::VARCHAR, 'points', __r.value:points::DOUBLE, 'text', __r.value:rule::VARCHAR || ': ' || CASE WHEN __r.value:points::DOUBLE > 0 THEN '+' ELSE '' END || CASE WHEN __r.value:points::DOUBLE = ROUND(__r.value:points::DOUBLE) THEN CAST(CAST(__r.value:points::DOUBLE AS BIGINT) AS VARCHAR) ELSE CAST(__r.value:points::DOUBLE AS VARCHAR) END) AS __item, SIGN(__r.value:points::DOUBLE) AS __sign,
    ROW_NUMBER() OVER (PARTITION BY __s."prospect_id", SIGN(__r.value:points::DOUBLE) ORDER BY ABS(__r.value:points::DOUBLE) DESC, CASE WHEN SIGN(__r.value:points::DOUBLE) > 0 THEN __r.index END ASC, CASE WHEN SIGN(__r.value:points::DOUBLE) < 0 THEN __r.index END ASC) AS __rank
  FROM (SELECT "prospect_id", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, reasons FROM (SELECT "prospect_id", 'rules-tiny-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
  SELECT "prospect_id", points, reasons, CAST(ROUND(100 * (LEAST(GREATEST(points, 0e+0), 2e+0) - 0e+0) / 2e+0) AS INTEGER) AS score FROM (
    SELECT "prospect_id", CASE WHEN ("lead_source" = 'Marketing') THEN 2e+0 ELSE 0e0 END AS points, ARRAY_COMPACT(ARRAY_CONSTRUCT(CASE WHEN ("lead_source" = 'Marketing') THEN OBJECT_CONSTRUCT('rule', 'Marketing source', 'points', 2e+0) END)) AS reasons FROM leads_to_score
  ) AS __r1
) AS __r2) AS __rules) AS __s, LATERAL FLATTEN(INPUT => __s.reasons, OUTER => TRUE) AS __r
) AS __ranked
GROUP BY "prospect_id", model_version, probability, score, grade) AS __m
$$`,
      ],
    ],
  },
  {
    what: 'the file formats',
    duckdb: 'DuckDB reads the staged NDJSON with read_ndjson in the load itself',
    snowflake: [
      () => fileFormatDdl(),
      [
        `CREATE FILE FORMAT IF NOT EXISTS "LEADPIPE_NDJSON" TYPE = JSON COMPRESSION = NONE STRIP_OUTER_ARRAY = FALSE`,
        `CREATE FILE FORMAT IF NOT EXISTS "LEADPIPE_NDJSON_GZIP" TYPE = JSON COMPRESSION = GZIP STRIP_OUTER_ARRAY = FALSE`,
      ],
    ],
  },
  {
    what: 'the internal stage',
    duckdb: 'the stage is a folder (or an S3 prefix) that leadpipe manages',
    snowflake: [
      () => internalStageDdl(),
      `CREATE STAGE IF NOT EXISTS "LEADPIPE_STAGE" FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON_GZIP') COMMENT = 'leadpipe: PUT + COPY INTO LEADS_RAW'`,
    ],
  },
  {
    what: 'the PUT of a cleaned file',
    duckdb: 'DuckDB reads the local copy in place',
    snowflake: [
      () => putSql('/data/stage/data/leads 2024.csv.ndjson', LOAD_ID, 'data'),
      `PUT 'file:///data/stage/data/leads 2024.csv.ndjson' @"LEADPIPE_STAGE"/loads/0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70/data/ AUTO_COMPRESS = TRUE SOURCE_COMPRESSION = NONE OVERWRITE = TRUE`,
    ],
  },
  {
    what: 'the COPY of a cleaned file',
    duckdb: 'the load inserts from read_ndjson inside its transaction',
    snowflake: [
      () => [
        copyDataSql("O'Brien leads.csv", LOAD_ID),
        copyRejectsSql("O'Brien leads.csv", LOAD_ID),
        removeLoadSql(LOAD_ID),
      ],
      [
        `COPY INTO "LEADS_RAW" ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
FROM (
  SELECT 'O''Brien leads.csv', $1:"l"::NUMBER(38,0), $1:"d", '0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70', METADATA$START_SCAN_TIME
  FROM @"LEADPIPE_STAGE"/loads/0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70/data/
)
FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON_GZIP')
ON_ERROR = ABORT_STATEMENT`,
        `COPY INTO "LOAD_ERRORS" ("LOAD_ID", "FILE_NAME", "LINE", "COLUMN_NAME", "ERROR", "RAW_TEXT")
FROM (
  SELECT '0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70', 'O''Brien leads.csv', $1:"line"::NUMBER(38,0), $1:"column"::VARCHAR, $1:"reason"::VARCHAR, $1:"raw"::VARCHAR
  FROM @"LEADPIPE_STAGE"/loads/0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70/rejects/
)
FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON_GZIP')
ON_ERROR = ABORT_STATEMENT`,
        `REMOVE @"LEADPIPE_STAGE"/loads/0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70/`,
      ],
    ],
  },
  {
    what: 'the exactly-once check and the load history row',
    duckdb: 'written inline by the DuckDB engine with named parameters',
    snowflake: [
      () => [LOAD_LOCK_SQL, isLoadedSql(false), INSERT_LOAD_HISTORY_SQL],
      [
        `UPDATE "LEADPIPE_META" SET "VALUE" = "VALUE" WHERE "KEY" = 'load_lock'`,
        `SELECT 1 AS "LOADED" FROM "LOAD_HISTORY" WHERE "FILE_NAME" = ? AND "CHECKSUM" = ? AND "STATUS" IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1`,
        `INSERT INTO "LOAD_HISTORY" ("LOAD_ID", "FILE_NAME", "STAGE_LOCATION", "CHECKSUM", "FILE_SIZE", "SOURCE_CHECKSUM", "STATUS", "REASON", "ROW_COUNT", "ROW_PARSED", "ERROR_COUNT", "FIRST_ERROR_MESSAGE", "FIRST_ERROR_LINE_NUMBER", "FIRST_ERROR_COLUMN_NAME", "INFERRED", "LAST_LOAD_TIME")
SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, PARSE_JSON(?), CURRENT_TIMESTAMP()`,
      ],
    ],
  },
  {
    what: 'schema evolution',
    duckdb: 'DuckDB changes a column type in place (ALTER COLUMN ... TYPE)',
    snowflake: [
      () => [addColumnSql('utm_source', 'string'), ...widenColumnSql('utm_campaign', 'double')],
      [
        `ALTER TABLE "LEADS_FINAL" ADD COLUMN IF NOT EXISTS "utm_source" VARCHAR`,
        `ALTER TABLE "LEADS_FINAL" DROP COLUMN IF EXISTS "utm_campaign__widen"`,
        `ALTER TABLE "LEADS_FINAL" ADD COLUMN "utm_campaign__widen" FLOAT`,
        `UPDATE "LEADS_FINAL" SET "utm_campaign__widen" = CAST("utm_campaign" AS FLOAT)`,
        `ALTER TABLE "LEADS_FINAL" DROP COLUMN "utm_campaign"`,
        `ALTER TABLE "LEADS_FINAL" RENAME COLUMN "utm_campaign__widen" TO "utm_campaign"`,
      ],
    ],
  },
  {
    what: 'the task procedure',
    duckdb: 'the DuckDB engine runs the task itself (nativeChangeCapture = false)',
    snowflake: [
      () => runTaskProcedureSql(columns, KEY),
      `CREATE OR REPLACE PROCEDURE "LEADPIPE_RUN_TASK"("RUN_ID" VARCHAR, "TRIGGER_KIND" VARCHAR, "SUSPEND_AFTER" NUMBER(38,0), "WITH_SCORING" BOOLEAN)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: stream -> deduplicated, hash-checked MERGE into LEADS_FINAL -> apply_scoring'
AS $$
DECLARE
  v_id VARCHAR;
  v_started TIMESTAMP_LTZ;
  v_has_data BOOLEAN;
  v_models INTEGER DEFAULT 0;
  v_consumed INTEGER DEFAULT 0;
  v_inserted INTEGER DEFAULT 0;
  v_updated INTEGER DEFAULT 0;
  v_unchanged INTEGER DEFAULT 0;
  v_scored INTEGER DEFAULT 0;
  v_failures INTEGER DEFAULT 0;
  v_state VARCHAR;
  v_message VARCHAR;
BEGIN
  v_id := COALESCE(run_id, UUID_STRING());
  v_started := CURRENT_TIMESTAMP();
  SELECT SYSTEM$STREAM_HAS_DATA('LEADS_RAW_STREAM') INTO :v_has_data;
  IF (NOT v_has_data) THEN
    INSERT INTO "TASK_HISTORY" ("RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED")
      VALUES (:v_id, 'LEADS_MERGE_TASK', 'SKIPPED', :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), NULL, NULL, 0, 0, 0, 0, 0);
    RETURN OBJECT_CONSTRUCT('run_id', v_id, 'state', 'SKIPPED', 'reason', 'the stream has no new data');
  END IF;
  CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_BATCH" (
    "prospect_id" VARCHAR,
    "total_visits" NUMBER(38,0),
    "utm_campaign" VARCHAR,
    "is_partner" BOOLEAN,
    "row_hash" VARCHAR,
    "source_file" VARCHAR
  );
  CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_SCORED" (
    "LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR,
    "REASONS" VARIANT, "OVERRIDDEN" BOOLEAN, "OVERRIDE_REASON" VARCHAR
  );
  BEGIN TRANSACTION;
  SELECT COUNT(*) INTO :v_consumed FROM "LEADS_RAW_STREAM";
  INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file")
  SELECT
    r."DATA":"prospect_id"::VARCHAR,
    r."DATA":"total_visits"::NUMBER(38,0),
    r."DATA":"utm_campaign"::VARCHAR,
    CASE LOWER(r."DATA":"is_partner"::VARCHAR) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(r."DATA":"is_partner"::VARCHAR AS BOOLEAN) END,
    MD5(TO_JSON(r."DATA")),
    r."FILE_NAME"
  FROM "LEADS_RAW_STREAM" AS r
  QUALIFY ROW_NUMBER() OVER (PARTITION BY r."DATA":"prospect_id"::VARCHAR ORDER BY r."LOADED_AT" DESC, r."FILE_ROW_NUMBER" DESC, r."LOAD_ID" DESC) = 1;
  SELECT COUNT_IF(f."prospect_id" IS NULL), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" <> b."row_hash"), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" = b."row_hash")
  INTO :v_inserted, :v_updated, :v_unchanged
  FROM "LEADPIPE_BATCH" AS b LEFT JOIN "LEADS_FINAL" AS f ON f."prospect_id" = b."prospect_id";
  DELETE FROM "LEADPIPE_BATCH" AS b USING "LEADS_FINAL" AS f WHERE f."prospect_id" = b."prospect_id" AND f."row_hash" = b."row_hash";
  MERGE INTO "LEADS_FINAL" AS f
  USING "LEADPIPE_BATCH" AS b
  ON f."prospect_id" = b."prospect_id"
  WHEN MATCHED THEN UPDATE SET
    "total_visits" = b."total_visits",
    "utm_campaign" = b."utm_campaign",
    "is_partner" = b."is_partner",
    "row_hash" = b."row_hash",
    "source_file" = b."source_file",
    "probability" = NULL,
    "score" = NULL,
    "grade" = NULL,
    "reasons" = NULL,
    "model_version" = NULL,
    "scored_at" = NULL,
    "updated_at" = CURRENT_TIMESTAMP()
  WHEN NOT MATCHED THEN INSERT ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "first_seen_at", "updated_at")
  VALUES (b."prospect_id", b."total_visits", b."utm_campaign", b."is_partner", b."row_hash", b."source_file", CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP());
  IF (with_scoring) THEN
    SELECT COUNT(*) INTO :v_models FROM "LEADPIPE_MODELS" WHERE "ACTIVE";
    IF (v_models > 0) THEN
      DELETE FROM "LEADPIPE_SCORED";
      INSERT INTO "LEADPIPE_SCORED"
      SELECT s."LEAD_KEY", s."MODEL_VERSION", s."PROBABILITY", COALESCE(o."SCORE", s."SCORE"),
        IFF(o."LEAD_KEY" IS NULL, s."GRADE", "LEADPIPE_GRADE"(o."SCORE")), s."REASONS", o."LEAD_KEY" IS NOT NULL, o."REASON"
      FROM TABLE("LEADPIPE_SCORE"()) AS s LEFT JOIN "LEAD_OVERRIDES" AS o ON o."LEAD_KEY" = s."LEAD_KEY";
      UPDATE "LEADS_FINAL" AS f SET "probability" = s."PROBABILITY", "score" = s."SCORE", "grade" = s."GRADE",
        "reasons" = s."REASONS", "model_version" = s."MODEL_VERSION", "scored_at" = CURRENT_TIMESTAMP()
      FROM "LEADPIPE_SCORED" AS s WHERE CAST(f."prospect_id" AS VARCHAR) = s."LEAD_KEY";
      INSERT INTO "LEAD_SCORE_HISTORY" ("LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", "SOURCE", "REASON", "SCORED_AT")
      SELECT "LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", IFF("OVERRIDDEN", 'override', 'model'), "OVERRIDE_REASON", CURRENT_TIMESTAMP()
      FROM "LEADPIPE_SCORED";
      SELECT COUNT(*) INTO :v_scored FROM "LEADPIPE_SCORED";
    END IF;
  END IF;
  INSERT INTO "TASK_HISTORY" ("RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED")
    VALUES (:v_id, 'LEADS_MERGE_TASK', 'SUCCEEDED', :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), NULL, NULL, :v_consumed, :v_inserted, :v_updated, :v_unchanged, :v_scored);
  UPDATE "LEADPIPE_TASKS" SET "CONSECUTIVE_FAILURES" = 0, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = 'LEADS_MERGE_TASK';
  COMMIT;
  RETURN OBJECT_CONSTRUCT('run_id', v_id, 'state', 'SUCCEEDED', 'consumed', v_consumed, 'inserted', v_inserted,
    'updated', v_updated, 'unchanged', v_unchanged, 'scored', v_scored);
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    v_message := SQLERRM;
    UPDATE "LEADPIPE_TASKS" SET "CONSECUTIVE_FAILURES" = "CONSECUTIVE_FAILURES" + 1, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = 'LEADS_MERGE_TASK';
    SELECT "CONSECUTIVE_FAILURES" INTO :v_failures FROM "LEADPIPE_TASKS" WHERE "NAME" = 'LEADS_MERGE_TASK';
    v_state := IFF(v_failures >= suspend_after, 'FAILED_AND_AUTO_SUSPENDED', 'FAILED');
    IF (v_state = 'FAILED_AND_AUTO_SUSPENDED') THEN
      UPDATE "LEADPIPE_TASKS" SET "STATE" = 'suspended' WHERE "NAME" = 'LEADS_MERGE_TASK';
    END IF;
    INSERT INTO "TASK_HISTORY" ("RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED")
      VALUES (:v_id, 'LEADS_MERGE_TASK', :v_state, :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), 'E_TASK_FAILED', :v_message, 0, 0, 0, 0, 0);
    RAISE;
END;
$$`,
    ],
  },
  {
    what: 'the apply_scoring procedure',
    duckdb: 'the DuckDB engine runs apply_scoring itself',
    snowflake: [
      () => applyScoringProcedureSql(KEY),
      `CREATE OR REPLACE PROCEDURE "LEADPIPE_APPLY_SCORING"()
RETURNS NUMBER(38,0)
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: apply_scoring (leads whose score is missing or from another model)'
AS $$
DECLARE
  v_models INTEGER DEFAULT 0;
  v_scored INTEGER DEFAULT 0;
BEGIN
  SELECT COUNT(*) INTO :v_models FROM "LEADPIPE_MODELS" WHERE "ACTIVE";
  IF (v_models = 0) THEN
    RETURN 0;
  END IF;
  CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_SCORED" (
    "LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR,
    "REASONS" VARIANT, "OVERRIDDEN" BOOLEAN, "OVERRIDE_REASON" VARCHAR
  );
  BEGIN TRANSACTION;
  DELETE FROM "LEADPIPE_SCORED";
  INSERT INTO "LEADPIPE_SCORED"
  SELECT s."LEAD_KEY", s."MODEL_VERSION", s."PROBABILITY", COALESCE(o."SCORE", s."SCORE"),
    IFF(o."LEAD_KEY" IS NULL, s."GRADE", "LEADPIPE_GRADE"(o."SCORE")), s."REASONS", o."LEAD_KEY" IS NOT NULL, o."REASON"
  FROM TABLE("LEADPIPE_SCORE"()) AS s LEFT JOIN "LEAD_OVERRIDES" AS o ON o."LEAD_KEY" = s."LEAD_KEY";
  UPDATE "LEADS_FINAL" AS f SET "probability" = s."PROBABILITY", "score" = s."SCORE", "grade" = s."GRADE",
    "reasons" = s."REASONS", "model_version" = s."MODEL_VERSION", "scored_at" = CURRENT_TIMESTAMP()
  FROM "LEADPIPE_SCORED" AS s WHERE CAST(f."prospect_id" AS VARCHAR) = s."LEAD_KEY";
  INSERT INTO "LEAD_SCORE_HISTORY" ("LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", "SOURCE", "REASON", "SCORED_AT")
  SELECT "LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", IFF("OVERRIDDEN", 'override', 'model'), "OVERRIDE_REASON", CURRENT_TIMESTAMP()
  FROM "LEADPIPE_SCORED";
  SELECT COUNT(*) INTO :v_scored FROM "LEADPIPE_SCORED";
  COMMIT;
  RETURN v_scored;
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    RAISE;
END;
$$`,
    ],
  },
  {
    what: 'the native tasks',
    duckdb: 'leadpipe runs the task after loads and in the watcher',
    snowflake: [
      () => [
        ...tasksDdl({ warehouse: 'compute_wh', schedule: '1 MINUTE', suspendAfterFailures: 10 }),
        ...resumeTasksSql(),
      ],
      [
        `ALTER TASK IF EXISTS "LEADS_MERGE_TASK" SUSPEND`,
        `CREATE OR ALTER TASK "LEADS_MERGE_TASK"
  WAREHOUSE = "COMPUTE_WH"
  SCHEDULE = '1 MINUTE'
  SUSPEND_TASK_AFTER_NUM_FAILURES = 10
  ALLOW_OVERLAPPING_EXECUTION = FALSE
  COMMENT = 'leadpipe: LEADS_RAW_STREAM -> LEADS_FINAL'
  WHEN SYSTEM$STREAM_HAS_DATA('LEADS_RAW_STREAM')
AS
  CALL "LEADPIPE_RUN_TASK"(NULL, 'SCHEDULED', 10, TRUE)`,
        `ALTER TASK IF EXISTS "LEADPIPE_SCORING_TASK" SUSPEND`,
        `CREATE OR ALTER TASK "LEADPIPE_SCORING_TASK"
  WAREHOUSE = "COMPUTE_WH"
  SCHEDULE = '60 MINUTE'
  ALLOW_OVERLAPPING_EXECUTION = FALSE
  COMMENT = 'leadpipe: apply_scoring of stale leads'
AS
  CALL "LEADPIPE_APPLY_SCORING"()`,
        `ALTER TASK "LEADPIPE_SCORING_TASK" RESUME`,
        `ALTER TASK "LEADS_MERGE_TASK" RESUME`,
      ],
    ],
  },
  {
    what: 'the file-validation procedure',
    duckdb: '`leadpipe validate` reads files before they are staged',
    snowflake: [
      () => validateProcedureSql(KEY, true),
      `CREATE OR REPLACE PROCEDURE "LEADPIPE_VALIDATE_STAGED_FILES"("NAME_CONTAINS" VARCHAR)
RETURNS TABLE ("STAGE" VARCHAR, "FILE" VARCHAR, "ROWS" NUMBER(38,0), "COLUMNS" NUMBER(38,0), "COLUMN_NAMES" ARRAY, "ROWS_WITHOUT_KEY" NUMBER(38,0))
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: rows and columns per staged file'
AS $$
BEGIN
  LET files RESULTSET := (
    SELECT 'LEADPIPE_STAGE' AS "STAGE", METADATA$FILENAME AS "FILE", COUNT(*) AS "ROWS",
      ARRAY_SIZE(ARRAY_UNION_AGG(OBJECT_KEYS($1:"d"))) AS "COLUMNS", ARRAY_UNION_AGG(OBJECT_KEYS($1:"d")) AS "COLUMN_NAMES",
      COUNT_IF($1:"d":"prospect_id" IS NULL) AS "ROWS_WITHOUT_KEY"
    FROM @"LEADPIPE_STAGE" (FILE_FORMAT => 'LEADPIPE_NDJSON_GZIP')
    WHERE :name_contains IS NULL OR CONTAINS(METADATA$FILENAME, :name_contains)
    GROUP BY METADATA$FILENAME
    UNION ALL
    SELECT 'LEADS_S3_STAGE' AS "STAGE", METADATA$FILENAME AS "FILE", COUNT(*) AS "ROWS",
      ARRAY_SIZE(ARRAY_UNION_AGG(OBJECT_KEYS($1:"d"))) AS "COLUMNS", ARRAY_UNION_AGG(OBJECT_KEYS($1:"d")) AS "COLUMN_NAMES",
      COUNT_IF($1:"d":"prospect_id" IS NULL) AS "ROWS_WITHOUT_KEY"
    FROM @"LEADS_S3_STAGE"/data/ (FILE_FORMAT => 'LEADPIPE_NDJSON')
    WHERE :name_contains IS NULL OR CONTAINS(METADATA$FILENAME, :name_contains)
    GROUP BY METADATA$FILENAME
    ORDER BY "STAGE", "FILE"
  );
  RETURN TABLE(files);
END;
$$`,
    ],
  },
  {
    what: 'the storage integration and the S3 stage',
    duckdb: 'the DuckDB engine reads S3 through the AWS SDK',
    snowflake: [
      () =>
        s3ObjectsDdl({
          integration: 's3_leads_integration',
          roleArn: ROLE,
          stageUrl: 's3://acme-leads/incoming/_leadpipe/stage/',
        }),
      [
        `CREATE STORAGE INTEGRATION IF NOT EXISTS "S3_LEADS_INTEGRATION"
  TYPE = EXTERNAL_STAGE
  STORAGE_PROVIDER = 'S3'
  ENABLED = TRUE
  STORAGE_AWS_ROLE_ARN = 'arn:aws:iam::123456789012:role/leadpipe-snowflake'
  STORAGE_ALLOWED_LOCATIONS = ('s3://acme-leads/incoming/_leadpipe/stage/')
  COMMENT = 'leadpipe: read the S3 stage'`,
        `CREATE STAGE IF NOT EXISTS "LEADS_S3_STAGE"
  URL = 's3://acme-leads/incoming/_leadpipe/stage/'
  STORAGE_INTEGRATION = "S3_LEADS_INTEGRATION"
  FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON')
  COMMENT = 'leadpipe: cleaned files of the S3 stage'`,
      ],
    ],
  },
  {
    what: 'the pipes (AUTO_INGEST)',
    duckdb: '`leadpipe watch` consumes the S3 events itself',
    snowflake: [
      () => pipesDdl(),
      [
        `CREATE PIPE IF NOT EXISTS "LEADS_PIPE"
  AUTO_INGEST = TRUE
  COMMENT = 'leadpipe: S3 stage -> LEADS_RAW'
AS
COPY INTO "LEADS_RAW" ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
FROM (
  SELECT SPLIT_PART(METADATA$FILENAME, '/', -2), $1:"l"::NUMBER(38,0), $1:"d", METADATA$FILENAME, METADATA$START_SCAN_TIME
  FROM @"LEADS_S3_STAGE"/data/
)
FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON')
PATTERN = '.*[.]ndjson'
ON_ERROR = SKIP_FILE`,
        `CREATE PIPE IF NOT EXISTS "LOAD_ERRORS_PIPE"
  AUTO_INGEST = TRUE
  COMMENT = 'leadpipe: S3 stage rejected rows -> LOAD_ERRORS'
AS
COPY INTO "LOAD_ERRORS" ("LOAD_ID", "FILE_NAME", "LINE", "COLUMN_NAME", "ERROR", "RAW_TEXT")
FROM (
  SELECT METADATA$FILENAME, SPLIT_PART(METADATA$FILENAME, '/', -2), $1:"line"::NUMBER(38,0), $1:"column"::VARCHAR, $1:"reason"::VARCHAR, $1:"raw"::VARCHAR
  FROM @"LEADS_S3_STAGE"/rejects/
)
FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON')
PATTERN = '.*[.]ndjson'
ON_ERROR = SKIP_FILE`,
      ],
    ],
  },
  {
    what: 'the status queries',
    duckdb: 'the DuckDB engine keeps its own history tables',
    snowflake: [
      () => [copyHistorySql(24, 50), PIPE_STATUS_SQL, nativeTaskHistorySql(20), reconcilePipeLoadsSql()],
      [
        `SELECT "FILE_NAME", "STAGE_LOCATION", "LAST_LOAD_TIME", "ROW_COUNT", "ROW_PARSED", "FILE_SIZE", "FIRST_ERROR_MESSAGE",
  "FIRST_ERROR_LINE_NUMBER", "FIRST_ERROR_COLUMN_NAME", "ERROR_COUNT", "STATUS", "PIPE_NAME"
FROM TABLE(INFORMATION_SCHEMA.COPY_HISTORY(TABLE_NAME => 'LEADS_RAW', START_TIME => DATEADD(HOUR, -24, CURRENT_TIMESTAMP())))
ORDER BY "LAST_LOAD_TIME" DESC
LIMIT 50`,
        `SELECT SYSTEM$PIPE_STATUS('LEADS_PIPE') AS "STATUS"`,
        `SELECT t."RUN_ID", t."NAME", t."STATE", t."SCHEDULED_TIME", t."QUERY_START_TIME", t."COMPLETED_TIME", t."ERROR_MESSAGE",
  h."ROWS_CONSUMED", h."ROWS_INSERTED", h."ROWS_UPDATED", h."ROWS_UNCHANGED", h."LEADS_SCORED"
FROM TABLE(INFORMATION_SCHEMA.TASK_HISTORY(TASK_NAME => 'LEADS_MERGE_TASK', RESULT_LIMIT => 20)) AS t
LEFT JOIN "TASK_HISTORY" AS h
  ON h."TRIGGER_KIND" = 'SCHEDULED' AND h."QUERY_START_TIME" BETWEEN t."QUERY_START_TIME" AND COALESCE(t."COMPLETED_TIME", CURRENT_TIMESTAMP())
ORDER BY t."SCHEDULED_TIME" DESC`,
        `MERGE INTO "LOAD_HISTORY" AS h
USING (
  SELECT SPLIT_PART(c."FILE_NAME", '/', -2) AS "FILE_NAME", CASE UPPER(REPLACE(c."STATUS", ' ', '_')) WHEN 'LOADED' THEN 'LOADED' WHEN 'PARTIALLY_LOADED' THEN 'PARTIALLY_LOADED' WHEN 'LOAD_FAILED' THEN 'LOAD_FAILED' WHEN 'LOAD_SKIPPED' THEN 'SKIPPED' ELSE 'LOAD_IN_PROGRESS' END AS "STATUS", c."ROW_COUNT", c."ROW_PARSED",
    c."ERROR_COUNT", c."FIRST_ERROR_MESSAGE", c."FIRST_ERROR_LINE_NUMBER", c."FIRST_ERROR_COLUMN_NAME", c."LAST_LOAD_TIME"
  FROM TABLE(INFORMATION_SCHEMA.COPY_HISTORY(TABLE_NAME => 'LEADS_RAW', START_TIME => DATEADD(DAY, -14, CURRENT_TIMESTAMP()))) AS c
  WHERE c."PIPE_NAME" = 'LEADS_PIPE'
  QUALIFY ROW_NUMBER() OVER (PARTITION BY SPLIT_PART(c."FILE_NAME", '/', -2) ORDER BY c."LAST_LOAD_TIME" DESC) = 1
) AS c
ON h."FILE_NAME" = c."FILE_NAME" AND h."STATUS" = 'LOAD_IN_PROGRESS' AND c."LAST_LOAD_TIME" >= h."LAST_LOAD_TIME"
WHEN MATCHED THEN UPDATE SET "STATUS" = c."STATUS", "ROW_COUNT" = c."ROW_COUNT", "ROW_PARSED" = c."ROW_PARSED",
  "ERROR_COUNT" = h."ERROR_COUNT" + c."ERROR_COUNT", "FIRST_ERROR_MESSAGE" = COALESCE(h."FIRST_ERROR_MESSAGE", c."FIRST_ERROR_MESSAGE"),
  "FIRST_ERROR_LINE_NUMBER" = COALESCE(h."FIRST_ERROR_LINE_NUMBER", c."FIRST_ERROR_LINE_NUMBER"),
  "FIRST_ERROR_COLUMN_NAME" = COALESCE(h."FIRST_ERROR_COLUMN_NAME", c."FIRST_ERROR_COLUMN_NAME"),
  "REASON" = 'loaded by Snowpipe ' || 'LEADS_PIPE', "LAST_LOAD_TIME" = c."LAST_LOAD_TIME"`,
      ],
    ],
  },
  {
    what: 'a read-only query with parameters',
    duckdb: 'DuckDB binds $name parameters itself',
    snowflake: [
      () =>
        namedParamsToBinds(
          `SELECT count(*) AS n FROM load_errors WHERE file_name = $file AND error <> '$file'`,
          { file: 'a.csv' },
        ).sql,
      `SELECT count(*) AS n FROM load_errors WHERE file_name = ? AND error <> '$file'`,
    ],
  },
];

describe('the dialect table', () => {
  it('types every logical column type in both engines', () => {
    const types = Object.fromEntries(
      COLUMN_TYPES.map((t: ColumnType) => [t, [duckdbType(t), snowflakeType(t)]]),
    );
    expect(types).toEqual({
      boolean: ['BOOLEAN', 'BOOLEAN'],
      integer: ['BIGINT', 'NUMBER(38,0)'],
      double: ['DOUBLE', 'FLOAT'],
      timestamp: ['TIMESTAMP', 'TIMESTAMP_NTZ'],
      string: ['VARCHAR', 'VARCHAR'],
      json: ['JSON', 'VARIANT'],
    });
  });

  it('quotes identifiers and strings in both engines (Snowflake also escapes backslashes)', () => {
    expect([duckdbQuoteIdent('a"b'), quoteIdent('a"b')]).toEqual(['"a""b"', '"a""b"']);
    expect([duckdbSqlString("O'Brien\\x"), sqlString("O'Brien\\x")]).toEqual([
      "'O''Brien\\x'",
      "'O''Brien\\\\x'",
    ]);
  });

  it('tells the engines apart by capabilities, not by name', () => {
    expect([DUCKDB_CAPABILITIES.nativeChangeCapture, SNOWFLAKE_CAPABILITIES.nativeChangeCapture]).toEqual([
      false,
      true,
    ]);
    expect([DUCKDB_CAPABILITIES.documentType, SNOWFLAKE_CAPABILITIES.documentType]).toEqual([
      'JSON',
      'VARIANT',
    ]);
    expect([DUCKDB_CAPABILITIES.sqlDialect, SNOWFLAKE_CAPABILITIES.sqlDialect]).toEqual([
      'duckdb',
      'snowflake',
    ]);
  });

  for (const row of TABLE) {
    const [snowflakeSql, snowflakeExpected] = row.snowflake;
    it(`writes ${row.what} for Snowflake`, () => {
      expect(snowflakeSql()).toEqual(snowflakeExpected);
    });
    if (typeof row.duckdb === 'string') {
      const instead = row.duckdb;
      it(`has no ${row.what} on DuckDB: ${instead}`, () => {
        expect(DUCKDB_CAPABILITIES.nativeChangeCapture).toBe(false);
      });
    } else {
      const [duckdbSql, duckdbExpected] = row.duckdb;
      it(`writes ${row.what} for DuckDB`, () => {
        expect(duckdbSql()).toEqual(duckdbExpected);
      });
    }
  }
});
