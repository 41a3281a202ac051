/**
 * The Snowflake scoring store: the model, override and score history tables, the view of leads to score,
 * the statements of apply_scoring and the scoring UDFs of a model. Pure text (tested as strings).
 */
import type { ScoringSql } from '../warehouse.ts';
import { quoteIdent } from '../sql-ident.ts';
import { SF, routineBody, sqlString } from './snowflake-ddl.ts';

const q = quoteIdent;

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
    // Accounts set up before the model's fit was recorded gain the column (NULL: no warning known).
    `ALTER TABLE ${q(SF.models)} ADD COLUMN IF NOT EXISTS "FIT_WARNING" VARCHAR`,
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

/** Active model check (bind: version). */
export const ACTIVE_VERSION_SQL = `SELECT "VERSION" FROM ${q(SF.models)} WHERE "ACTIVE" AND "VERSION" = ?`;

/** The active model's stored body. */
export const ACTIVE_MODEL_SQL = `SELECT "VERSION", "KIND", "BODY", "FIT_WARNING" FROM ${q(SF.models)} WHERE "ACTIVE" LIMIT 1`;

/** Deactivates every model (before activating one). */
export const DEACTIVATE_MODELS_SQL = `UPDATE ${q(SF.models)} SET "ACTIVE" = FALSE WHERE "ACTIVE"`;

/**
 * Stores a model (binds: version, kind, body, active, fit warning JSON or NULL); a stored model keeps being
 * active if it was, and its fit warning is the latest one.
 */
export const SAVE_MODEL_SQL = `MERGE INTO ${q(SF.models)} AS t
USING (SELECT ? AS "VERSION", ? AS "KIND", ? AS "BODY", ? AS "ACTIVE", ? AS "FIT_WARNING") AS s ON t."VERSION" = s."VERSION"
WHEN MATCHED THEN UPDATE SET "ACTIVE" = s."ACTIVE" OR t."ACTIVE", "FIT_WARNING" = s."FIT_WARNING"
WHEN NOT MATCHED THEN INSERT ("VERSION", "KIND", "BODY", "ACTIVE", "CREATED_AT", "FIT_WARNING") VALUES (s."VERSION", s."KIND", s."BODY", s."ACTIVE", CURRENT_TIMESTAMP(), s."FIT_WARNING")`;

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

/** The session's work table of apply_scoring. */
export const SCORED_TABLE_SQL = `CREATE OR REPLACE TEMPORARY TABLE ${q(SF.scored)} (
  "LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR,
  "REASONS" VARIANT, "OVERRIDDEN" BOOLEAN, "OVERRIDE_REASON" VARCHAR
)`;

/**
 * apply_scoring inside a transaction: scores the leads of LEADS_TO_SCORE with the scoring UDF, lets
 * overrides win (graded again by the model's grade function), writes LEADS_FINAL and the score history.
 */
export function applyScoringStatements(key: string): string[] {
  return [
    `DELETE FROM ${q(SF.scored)}`,
    `INSERT INTO ${q(SF.scored)}
SELECT s."LEAD_KEY", s."MODEL_VERSION", s."PROBABILITY", COALESCE(o."SCORE", s."SCORE"),
  IFF(o."LEAD_KEY" IS NULL, s."GRADE", ${q(SF.gradeFunction)}(o."SCORE")), s."REASONS", o."LEAD_KEY" IS NOT NULL, o."REASON"
FROM TABLE(${q(SF.scoreFunction)}()) AS s LEFT JOIN ${q(SF.overrides)} AS o ON o."LEAD_KEY" = s."LEAD_KEY"`,
    `UPDATE ${q(SF.final)} AS f SET "probability" = s."PROBABILITY", "score" = s."SCORE", "grade" = s."GRADE",
  "reasons" = s."REASONS", "model_version" = s."MODEL_VERSION", "scored_at" = CURRENT_TIMESTAMP()
FROM ${q(SF.scored)} AS s WHERE CAST(f.${q(key)} AS VARCHAR) = s."LEAD_KEY"`,
    `INSERT INTO ${q(SF.scoreHistory)} ("LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", "SOURCE", "REASON", "SCORED_AT")
SELECT "LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", IFF("OVERRIDDEN", 'override', 'model'), "OVERRIDE_REASON", CURRENT_TIMESTAMP()
FROM ${q(SF.scored)}`,
  ];
}

/**
 * The scoring UDFs of one model, compiled by the scoring module for the Snowflake dialect: a SQL table
 * function over LEADS_TO_SCORE (key, model version, probability, score, grade, reasons), the grade of a
 * score (for overridden scores) and, when compiled, the per-lead function `LEADPIPE_SCORE("LEAD" VARIANT)`
 * (one lead's JSON -> its score OBJECT).
 */
export function scoringFunctionsSql(scoring: ScoringSql, key: string): string[] {
  const comment = sqlString(`leadpipe model ${scoring.version} (${scoring.kind})`);
  return [
    `CREATE OR REPLACE FUNCTION ${q(SF.gradeFunction)}("SCORE" NUMBER(38,0))
RETURNS VARCHAR
LANGUAGE SQL
COMMENT = ${comment}
AS ${routineBody(scoring.grade)}`,
    `CREATE OR REPLACE FUNCTION ${q(SF.scoreFunction)}()
RETURNS TABLE ("LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR, "REASONS" VARIANT)
LANGUAGE SQL
COMMENT = ${comment}
AS ${routineBody(
      `SELECT CAST(__m.${q(key)} AS VARCHAR), __m.model_version, __m.probability, __m.score, __m.grade, TO_VARIANT(__m.reasons)\nFROM (${scoring.select}) AS __m`,
    )}`,
    ...(scoring.leadScore
      ? [
          // An overload of the table function above: Snowflake tells functions apart by their arguments.
          `CREATE OR REPLACE FUNCTION ${q(SF.scoreFunction)}("LEAD" VARIANT)
RETURNS OBJECT
LANGUAGE SQL
COMMENT = ${comment}
AS ${routineBody(scoring.leadScore)}`,
        ]
      : []),
  ];
}
