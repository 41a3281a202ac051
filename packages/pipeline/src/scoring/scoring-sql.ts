/**
 * One entry point from any scoring model (trained or rules) to the SQL a warehouse runs for
 * apply_scoring, in the warehouse's dialect. The dialect object is picked here, once, by engine name.
 */
import type { ScoringSql } from '../warehouse/warehouse.ts';
import { BATCH_ROW } from '../warehouse/warehouse.ts';
import type { FeatureDef } from './model/feature-spec.ts';
import type { LeadModel } from './model/model.ts';
import type { ScoringModel } from './model/scoring-model.ts';
import { checkModelFit } from './model/trained-schema.ts';
import { duckdbScoring } from './sql/duckdb-scoring-sql.ts';
import type { LeadFunctionOptions } from './sql/lead-json-columns.ts';
import type { ScoringDialect, ScoringSelect } from './sql/scoring-dialect.ts';
import { snowflakeScoring } from './sql/snowflake-scoring-sql.ts';
import type { SqlDialect } from './sql/sql-text.ts';

/** The view of leads whose score is missing or stale; apply_scoring reads it. */
export const LEADS_TO_SCORE = 'leads_to_score';
/** The task's deduplicated batch, scored as it is merged (see `ScoringSql.batchRowSelect`). */
export const TASK_BATCH = 'leadpipe_batch';

/** The scoring SQL compiler of each engine, by the name in the warehouse's capabilities. */
export const SCORING_DIALECTS: Readonly<Record<SqlDialect, ScoringDialect>> = {
  duckdb: duckdbScoring,
  snowflake: snowflakeScoring,
};

/** Options of {@link compileScoringSql}. */
export interface CompileOptions extends LeadFunctionOptions {
  /**
   * The lead columns of leads_final (default: every column the model reads). A model input missing from
   * them reads as NULL, the model's "missing" branch, as the TypeScript scorer reads a lead without it;
   * the result then names them (`absent`) with the fit's warning (`fitWarning`).
   */
  columns?: readonly string[];
}

/** The columns a trained model's SQL reads (each feature's column, and a ratio's denominator). */
export function modelInputColumns(model: LeadModel): string[] {
  const out = new Set<string>();
  for (const f of model.features.spec.features as readonly FeatureDef[]) {
    out.add(f.column);
    if (f.kind === 'numeric' && f.divideBy) out.add(f.divideBy);
  }
  return [...out];
}

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
  options: CompileOptions = {},
): ScoringSql {
  const scoring = SCORING_DIALECTS[dialect];
  const { columns, ...leadOptions } = options;
  const have = columns && new Set(columns);
  const absent =
    have && model.kind !== 'rules'
      ? modelInputColumns(model)
          .filter((c) => !have.has(c))
          .sort()
      : [];
  const fit = have && model.kind !== 'rules' ? checkModelFit(model, have) : undefined;
  const sql = (table: string, carry?: readonly string[]): ScoringSelect =>
    model.kind === 'rules'
      ? scoring.rulesScoringSql(model, key, table, carry)
      : scoring.modelScoringSql(model, key, table, absent.length ? columns : undefined, undefined, carry);
  const toScore = sql(LEADS_TO_SCORE);
  const fn =
    model.kind === 'rules'
      ? undefined
      : scoring.scoringFunction?.(
          model,
          key,
          LEADS_TO_SCORE,
          TASK_BATCH,
          absent.length ? columns : undefined,
        );
  return {
    ...(absent.length ? { absent } : {}),
    ...(fit && fit.verdict !== 'ok'
      ? {
          fitWarning: {
            modelVersion: model.version,
            missing: fit.missing,
            missingWeight: fit.missingWeight,
            message: fit.message,
          },
        }
      : {}),
    version: model.version,
    kind: model.kind,
    body: JSON.stringify(model),
    select: toScore.select,
    batchSelect: sql(TASK_BATCH).select,
    ...(scoring.scoresBatch ? { batchRowSelect: sql(TASK_BATCH, [BATCH_ROW]).select } : {}),
    grade: toScore.grade,
    leadScore: scoring.leadScoreSql(model, leadOptions),
    ...(fn ? { scoringFunction: fn } : {}),
  };
}
