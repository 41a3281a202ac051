/**
 * One entry point from any scoring model (trained or rules) to the SQL a warehouse runs for
 * apply_scoring, in the warehouse's dialect.
 */
import type { ScoringSql } from '../warehouse/warehouse.ts';
import type { LeadModel } from './model/model.ts';
import type { RulesModel } from './model/rules.ts';
import { rulesToSql } from './model/rules.ts';
import type { SqlDialect } from './sql/sql-text.ts';
import { modelToSql } from './sql/to-sql.ts';

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
    if (dialect === 'snowflake') {
      const points = `__r.value:points::DOUBLE`;
      const text = `__r.value:rule::VARCHAR || ': ' || CASE WHEN ${points} > 0 THEN '+' ELSE '' END || CASE WHEN ${points} = ROUND(${points}) THEN CAST(CAST(${points} AS BIGINT) AS VARCHAR) ELSE CAST(${points} AS VARCHAR) END`;
      return {
        select: snowflakeTopReasons(
          `SELECT ${k}, model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, reasons FROM (${sql.select}) AS __rules`,
          k,
          {
            item: `OBJECT_CONSTRUCT('feature', __r.value:rule::VARCHAR, 'points', ${points}, 'text', ${text})`,
            weight: points,
            // Ties keep rule order, as the TypeScript scorer does.
            tieBreak: '__r.index',
            positiveTieBreak: 'ASC',
          },
        ),
        grade: sql.grade,
      };
    }
    const reasons = `{'positive': ${top('r.points > 0', '+')}, 'negative': ${top('r.points < 0', '')}}`;
    return {
      select: `SELECT ${k}, model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, ${reasons} AS reasons FROM (${sql.select}) AS __rules`,
      grade: sql.grade,
    };
  }
  const sql = modelToSql(model, { dialect, table, key });
  if (dialect === 'snowflake') {
    return {
      select: snowflakeTopReasons(sql.select, `"${key.replace(/"/g, '""')}"`, {
        item: '__r.value',
        weight: '__r.value:log_odds::DOUBLE',
        // DuckDB sorts the reason structs field by field: log odds, then feature name (descending for
        // positive reasons, ascending for negative ones).
        tieBreak: '__r.value:feature::VARCHAR',
        positiveTieBreak: 'DESC',
      }),
      grade: sql.grade,
    };
  }
  return { select: sql.select, grade: sql.grade };
}

/**
 * Snowflake has no list sort with a key, so the reasons ARRAY of the compiled SELECT is flattened, ranked
 * per lead and sign, and aggregated back into `{positive: top 3, negative: top 3}` like DuckDB's structs.
 * A lead without any reason keeps its row (FLATTEN OUTER); ARRAY_AGG skips the NULLs of the other sign.
 */
function snowflakeTopReasons(
  select: string,
  key: string,
  rank: { item: string; weight: string; tieBreak: string; positiveTieBreak: 'ASC' | 'DESC' },
): string {
  const sign = `SIGN(${rank.weight})`;
  const order = `ABS(${rank.weight}) DESC, CASE WHEN ${sign} > 0 THEN ${rank.tieBreak} END ${rank.positiveTieBreak}, CASE WHEN ${sign} < 0 THEN ${rank.tieBreak} END ASC`;
  const top = (s: 1 | -1): string =>
    `ARRAY_AGG(CASE WHEN __sign = ${s} AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank)`;
  return `SELECT ${key}, model_version, probability, score, grade,
  OBJECT_CONSTRUCT('positive', ${top(1)}, 'negative', ${top(-1)}) AS reasons
FROM (
  SELECT __s.${key}, __s.model_version, __s.probability, __s.score, __s.grade, ${rank.item} AS __item, ${sign} AS __sign,
    ROW_NUMBER() OVER (PARTITION BY __s.${key}, ${sign} ORDER BY ${order}) AS __rank
  FROM (${select}) AS __s, LATERAL FLATTEN(INPUT => __s.reasons, OUTER => TRUE) AS __r
) AS __ranked
GROUP BY ${key}, model_version, probability, score, grade`;
}
