/**
 * One entry point from any scoring model (trained or rules) to the SQL a warehouse runs for
 * apply_scoring, in the warehouse's dialect. The dialect object is picked here, once, by engine name.
 */
import type { ScoringSql } from '../warehouse/warehouse.ts';
import type { ScoringModel } from './model/scoring-model.ts';
import { duckdbScoring } from './sql/duckdb-scoring-sql.ts';
import type { LeadFunctionOptions } from './sql/lead-json-columns.ts';
import type { ScoringDialect, ScoringSelect } from './sql/scoring-dialect.ts';
import { snowflakeScoring } from './sql/snowflake-scoring-sql.ts';
import type { SqlDialect } from './sql/sql-text.ts';

/** The view of leads whose score is missing or stale; apply_scoring reads it. */
export const LEADS_TO_SCORE = 'leads_to_score';
/** The task's deduplicated batch, scored before it is merged. */
export const TASK_BATCH = 'leadpipe_batch';

/** The scoring SQL compiler of each engine, by the name in the warehouse's capabilities. */
export const SCORING_DIALECTS: Readonly<Record<SqlDialect, ScoringDialect>> = {
  duckdb: duckdbScoring,
  snowflake: snowflakeScoring,
};

/**
 * Compiles `model` for apply_scoring over {@link LEADS_TO_SCORE} (and the task's {@link TASK_BATCH}) in
 * `dialect`. Rules models have no probability (NULL); their fired rules become positive/negative reasons
 * like a trained model's.
 *
 * `options.nullTokens` (default none) are the strings the per-lead function `leadpipe_score(lead)` reads as
 * missing: the home's null tokens, as the cleaner and `POST /score-lead` read them.
 *
 * @example
 * const sql = compileScoringSql(model, warehouse.capabilities.sqlDialect, 'prospect_id', { nullTokens: config.nullTokens });
 */
export function compileScoringSql(
  model: ScoringModel,
  dialect: SqlDialect,
  key: string,
  options: LeadFunctionOptions = {},
): ScoringSql {
  const scoring = SCORING_DIALECTS[dialect];
  const sql = (table: string): ScoringSelect =>
    model.kind === 'rules'
      ? scoring.rulesScoringSql(model, key, table)
      : scoring.modelScoringSql(model, key, table);
  const toScore = sql(LEADS_TO_SCORE);
  const fn =
    model.kind === 'rules' ? undefined : scoring.scoringFunction?.(model, key, LEADS_TO_SCORE, TASK_BATCH);
  return {
    version: model.version,
    kind: model.kind,
    body: JSON.stringify(model),
    select: toScore.select,
    batchSelect: sql(TASK_BATCH).select,
    grade: toScore.grade,
    leadScore: scoring.leadScoreSql(model, options),
    ...(fn ? { scoringFunction: fn } : {}),
  };
}
