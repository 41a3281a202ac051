/**
 * Scoring SQL for Snowflake: a trained tree model finds each tree's leaf once and adds the margin and each
 * feature's Saabas contribution from per-leaf constants (snowflake-tree-sql.ts); a logistic model's terms
 * read level names; the reasons ARRAY is ranked into the top 3 each way by a FLATTEN; rules are OBJECTs
 * compacted into an ARRAY. The SQL repeats the TypeScript scorer's operations in the same order
 * (model/compile-model.ts, model/compile-logistic.ts), so probabilities agree to ~1e-15.
 */
import { quoteIdent } from '../../warehouse/sql-ident.ts';
import type { FeatureDef } from '../model/feature-spec.ts';
import type { LeadModel } from '../model/model.ts';
import type { RulesModel } from '../model/rules.ts';
import { POINTS_PER_LOG_ODDS } from '../model/explain.ts';
import type { ModelSql, ModelSqlOptions } from './model-sql.ts';
import { modelSqlOptions } from './model-sql.ts';
import {
  SCORE_SQL,
  featureSql,
  gradeSql,
  logisticTermsSql,
  probabilitySql,
  valueSql,
} from './model-sql-parts.ts';
import { rulesToSql } from './rules-sql.ts';
import { snowflakeLeadScoreSql } from './snowflake-lead-score-sql.ts';
import type { ScoringDialect } from './scoring-dialect.ts';
import { dbl, str } from './sql-text.ts';
import { ageSql } from './age-sql.ts';
import { snowflakeTreeSql, snowflakeTreeValueSql } from './snowflake-tree-sql.ts';

/** The Snowflake formulation of `ScoringDialect.modelSql` (see the top of this file). */
function snowflakeModelSql(model: LeadModel, options: ModelSqlOptions = {}): ModelSql {
  const table = options.table ?? 'leads_final';
  const key = quoteIdent(options.key ?? 'prospect_id');
  const fitted = model.features;
  const feats = fitted.spec.features;
  const { a } = model.calibration;
  const age = ageSql('snowflake', options.reference);
  const have = options.columns ? new Set(options.columns) : undefined;
  // Tree splits compare level indexes (shorter text); a logistic model's terms read level names.
  const form = model.kind === 'gbt' ? 'index' : 'name';
  const features = feats.map((_, i) => ({ alias: `__f${i}`, sql: featureSql(fitted, i, form, have, age) }));
  const values = feats.map((_, i) => ({
    alias: `__v${i}`,
    sql: model.kind === 'gbt' ? snowflakeTreeValueSql(model, i, have) : valueSql(fitted, i, 'name', have),
  }));
  let leaves: { alias: string; sql: string }[] = [];
  let margin: string;
  let contributions: { alias: string; sql: string }[];
  if (model.kind === 'logistic') {
    const terms = logisticTermsSql(model, 'name');
    margin = [dbl(model.logistic.intercept), ...terms].join('\n + ');
    contributions = terms.map((t, i) => ({
      alias: `__c${i}`,
      sql: `${dbl(a)} * (${t} - ${dbl(model.logistic.offsets[i] ?? 0)})`,
    }));
  } else {
    ({ leaves, margin, contributions } = snowflakeTreeSql(model));
  }
  const probability = probabilitySql(model.calibration);
  const score = SCORE_SQL;
  const grade = gradeSql(model.grades);
  const k = dbl(POINTS_PER_LOG_ODDS);
  const reasonItem = (i: number) => {
    const f = feats[i] as FeatureDef;
    const points = `CAST(ROUND(__c${i} * ${k}) AS INTEGER)`;
    const text = `${str(f.label + ' = ')} || __v${i} || ': ' || CASE WHEN ${points} >= 0 THEN '+' ELSE '' END || CAST(${points} AS VARCHAR)`;
    return `OBJECT_CONSTRUCT('log_odds', __c${i}, 'feature', ${str(f.name)}, 'label', ${str(f.label)}, 'value', __v${i}, 'points', ${points}, 'text', ${text})`;
  };
  const reasons = `ARRAY_CONSTRUCT(${feats.map((_, i) => reasonItem(i)).join(',\n    ')})`;
  const l1 = `SELECT ${key}, ${[...features, ...values].map((e) => `${e.sql} AS ${e.alias}`).join(',\n  ')}\nFROM ${table}`;
  const passV = values.map((v) => v.alias).join(', ');
  const lt = leaves.length
    ? `SELECT ${key}, ${passV},\n  ${leaves.map((t) => `${t.sql} AS ${t.alias}`).join(',\n  ')}\nFROM (${l1}) AS __l1`
    : l1;
  const l2 =
    `SELECT ${key}, ${passV},\n  ${margin} AS __margin,\n  ` +
    `${contributions.map((c) => `${c.sql} AS ${c.alias}`).join(',\n  ')}\nFROM (${lt}) AS ${leaves.length ? '__lt' : '__l1'}`;
  const passC = contributions.map((c) => c.alias).join(', ');
  const l3 = `SELECT ${key}, ${values.map((v) => v.alias).join(', ')}, ${passC}, ${probability} AS probability\nFROM (${l2}) AS __l2`;
  const l4 = `SELECT ${key}, ${values.map((v) => v.alias).join(', ')}, ${passC}, probability, ${score} AS score\nFROM (${l3}) AS __l3`;
  const select =
    `SELECT ${key}, ${str(model.version)} AS model_version, probability, score, ${grade} AS grade,\n  ${reasons} AS reasons\n` +
    `FROM (${l4}) AS __l4`;
  return {
    dialect: 'snowflake',
    modelVersion: model.version,
    features,
    values,
    leaves,
    margin,
    contributions,
    probability,
    score,
    grade,
    reasons,
    select,
    macro: null,
  };
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

/**
 * The Snowflake {@link ScoringDialect}.
 *
 * @example
 * const { select } = snowflakeScoring.modelScoringSql(model, 'prospect_id', 'leads_to_score');
 */
export const snowflakeScoring: ScoringDialect = {
  name: 'snowflake',
  scoresBatch: false,
  modelSql: snowflakeModelSql,
  ruleReason: (name, points) => `OBJECT_CONSTRUCT('rule', ${name}, 'points', ${points})`,
  // NULL entries (rules that did not fire) are dropped by ARRAY_COMPACT.
  firedRules: (items) => `ARRAY_COMPACT(ARRAY_CONSTRUCT(${items.join(', ')}))`,
  leadScoreSql: (model, options) => snowflakeLeadScoreSql(model, snowflakeScoring, options),
  modelScoringSql(
    model: LeadModel,
    key: string,
    table: string,
    columns?: readonly string[],
    reference?: Date,
  ) {
    const sql = snowflakeModelSql(model, modelSqlOptions(table, key, columns, reference));
    return {
      select: snowflakeTopReasons(sql.select, quoteIdent(key), {
        item: '__r.value',
        weight: '__r.value:log_odds::DOUBLE',
        // DuckDB sorts the reason structs field by field: log odds, then feature name (descending for
        // positive reasons, ascending for negative ones).
        tieBreak: '__r.value:feature::VARCHAR',
        positiveTieBreak: 'DESC',
      }),
      grade: sql.grade,
    };
  },
  rulesScoringSql(model: RulesModel, key: string, table: string) {
    const sql = rulesToSql(model, snowflakeScoring, { table, key });
    const k = quoteIdent(key);
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
  },
};
