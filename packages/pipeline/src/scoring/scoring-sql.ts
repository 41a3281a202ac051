/**
 * One entry point from any scoring model (trained or rules) to the SQL a warehouse runs for
 * apply_scoring, in the warehouse's dialect.
 */
import type { ScoringSql } from '../warehouse/warehouse.ts';
import type { LeadModel } from './model.ts';
import type { RulesModel } from './rules.ts';
import { rulesToSql } from './rules.ts';
import type { SqlDialect } from './sql-text.ts';
import { modelToSql } from './to-sql.ts';

/** Any model leadpipe can score with. */
export type ScoringModel = LeadModel | RulesModel;

/** The view of leads whose score is missing or stale; apply_scoring reads it. */
export const LEADS_TO_SCORE = 'leads_to_score';
/** The task's deduplicated batch, scored before it is merged. */
export const TASK_BATCH = 'leadpipe_batch';

/**
 * Compiles `model` for apply_scoring over {@link LEADS_TO_SCORE}. Rules models have no probability
 * (NULL); their fired rules become positive/negative reasons like a trained model's.
 */
export function compileScoringSql(model: ScoringModel, dialect: SqlDialect, key: string): ScoringSql {
  const sql = (table: string): { select: string; grade: string } => compileOver(model, dialect, key, table);
  const toScore = sql(LEADS_TO_SCORE);
  return {
    version: model.version,
    kind: model.kind,
    body: JSON.stringify(model),
    select: toScore.select,
    batchSelect: sql(TASK_BATCH).select,
    grade: toScore.grade,
  };
}

function compileOver(
  model: ScoringModel,
  dialect: SqlDialect,
  key: string,
  table: string,
): { select: string; grade: string } {
  if (model.kind === 'rules') {
    const sql = rulesToSql(model, { dialect, table, key });
    const k = `"${key.replace(/"/g, '""')}"`;
    // Same text as the TypeScript scorer: whole points print without a decimal part.
    const pts = `CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END`;
    // Sorted like the TypeScript scorer: by |points| descending, ties in rule order (struct fields compare
    // in order, so weight then index).
    const top = (filter: string, sign: string): string =>
      `list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ${sign}' || ${pts}}), r -> ${filter})), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)`;
    const reasons =
      dialect === 'duckdb'
        ? `{'positive': ${top('r.points > 0', '+')}, 'negative': ${top('r.points < 0', '')}}`
        : 'reasons';
    return {
      select: `SELECT ${k}, model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, ${reasons} AS reasons FROM (${sql.select}) AS __rules`,
      grade: sql.grade,
    };
  }
  const sql = modelToSql(model, { dialect, table, key });
  return { select: sql.select, grade: sql.grade };
}
