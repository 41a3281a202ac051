/**
 * The DuckDB scoring store: the model and override tables, the score history, the view of leads to score,
 * and the statements of apply_scoring. Pure text (tested as strings).
 */
import { quoteIdent } from '../sql-ident.ts';
import { FINAL_META_COLUMNS, REASONS_TYPE } from './duckdb-ddl.ts';

/** Scoring tables and the view of leads whose score is missing or stale (SEMANTICS.md §6). */
export function scoringDdl(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS leadpipe_models (
  version VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  body JSON NOT NULL,
  active BOOLEAN NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
)`,
    // Homes made before the model's fit was recorded gain the column (NULL: no warning known).
    `ALTER TABLE leadpipe_models ADD COLUMN IF NOT EXISTS fit_warning JSON`,
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
    ...FINAL_META_COLUMNS.filter(
      ([n]) => !['row_hash', 'source_file', 'first_seen_at', 'updated_at'].includes(n),
    ).map(([n, t]) => `ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS ${quoteIdent(n)} ${t}`),
  ];
}

/** The per-lead scoring function's name: a scalar macro taking one lead's JSON. */
export const LEAD_FUNCTION = 'leadpipe_score';

/**
 * `CREATE OR REPLACE MACRO leadpipe_score(lead) AS (<body>)`: the active model's per-lead function, `body`
 * compiled by the scoring module (`ScoringSql.leadScore`, over the parameter `lead`).
 */
export function leadFunctionDdl(body: string): string {
  return `CREATE OR REPLACE MACRO ${quoteIdent(LEAD_FUNCTION)}(lead) AS (\n${body}\n)`;
}

/**
 * Scores the rows of `select` (the model's SELECT, yielding key, model_version, probability, score, grade,
 * reasons) into the temp table leadpipe_scored, letting overrides win. `gradeSql` is the model's grade
 * expression over `score`, applied again so an overridden score gets its grade.
 */
export function scoredTableSql(select: string, gradeSql: string, key: string): string {
  const k = quoteIdent(key);
  return `CREATE OR REPLACE TEMP TABLE leadpipe_scored AS
SELECT lead_key, model_version, probability, score, ${gradeSql} AS grade, reasons, overridden, override_reason FROM (
  SELECT CAST(s.${k} AS VARCHAR) AS lead_key, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS ${REASONS_TYPE}) AS reasons,
    o.lead_key IS NOT NULL AS overridden, o.reason AS override_reason
  FROM (${select}) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s.${k} AS VARCHAR)
)`;
}

/**
 * Writes leadpipe_scored into leads_final (apply_scoring of stale leads): `insert` adds each scored row again
 * with its new score ($now: the time of scoring), then `deleteOld` deletes its old version (a stale lead's
 * model_version is never the scoring model's), as the task writes changed rows. An UPDATE of the typed
 * reasons is a delete and insert inside DuckDB anyway, and it committed slowly (measured, apply_scoring of
 * 1M leads through the scoring function: 19.7 s by UPDATE in 100k chunks, 15.3 s by copy, delete and
 * insert, 13.6 s this way, both in chunks of 4 row groups; 9.6 s by UPDATE when reasons were JSON text).
 */
export function rescoreRowsSql(key: string): { insert: string; deleteOld: string } {
  const k = quoteIdent(key);
  return {
    insert: `INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f.${k} AS VARCHAR) = s.lead_key`,
    deleteOld: `DELETE FROM leads_final AS f USING leadpipe_scored AS s
WHERE CAST(f.${k} AS VARCHAR) = s.lead_key AND f.model_version IS DISTINCT FROM s.model_version`,
  };
}

/** One history row per score in leadpipe_scored. */
export const SCORE_HISTORY_SQL = `INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored`;

/** Deactivates the active model (before another is activated). */
export const DEACTIVATE_MODELS_SQL = `UPDATE leadpipe_models SET active = FALSE WHERE active`;
/**
 * Saves a model with its fit warning (JSON, or NULL); an active model stays active when saved again, and
 * its warning is the latest one.
 */
export const SAVE_MODEL_SQL = `INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning`;
/** The active model. */
export const ACTIVE_MODEL_SQL = `SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1`;
/** Whether model `$v` is the active one. */
export const IS_ACTIVE_MODEL_SQL = `SELECT version FROM leadpipe_models WHERE active AND version = $v`;
/** How many leads are stale (no score, or a score of another model or override). */
export const STALE_COUNT_SQL = `SELECT count(*) AS n FROM leads_to_score`;
/** How many leads a scoring statement scored. */
export const SCORED_COUNT_SQL = `SELECT count(*) AS n FROM leadpipe_scored`;
/** Drops the scores of a chunk or a slice. */
export const DROP_SCORED_SQL = 'DROP TABLE IF EXISTS leadpipe_scored';
/** Removes a lead's override. */
export const CLEAR_OVERRIDE_SQL = `DELETE FROM lead_overrides WHERE lead_key = $key`;
/** Sets (or replaces) a lead's override. */
export const SET_OVERRIDE_SQL = `INSERT INTO lead_overrides VALUES ($key, $score, $reason, now())
             ON CONFLICT (lead_key) DO UPDATE SET score = EXCLUDED.score, reason = EXCLUDED.reason, created_at = EXCLUDED.created_at`;

/** Whether a lead with key `$key` (compared as text) exists. */
export function leadExistsSql(key: string): string {
  return `SELECT 1 FROM leads_final WHERE CAST(${quoteIdent(key)} AS VARCHAR) = $key`;
}

/** Marks a lead stale (its override changed), so the next apply_scoring scores it again. */
export function markStaleSql(key: string): string {
  return `UPDATE leads_final SET model_version = NULL WHERE CAST(${quoteIdent(key)} AS VARCHAR) = $key`;
}
