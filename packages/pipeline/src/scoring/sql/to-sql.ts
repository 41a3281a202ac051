/**
 * Compiles a trained model to SQL over the typed columns of `leads_final`, for DuckDB or Snowflake.
 * The SQL repeats the TypeScript scorer's operations in the same order (see model.ts and
 * compile-logistic.ts), so probabilities agree to ~1e-15. DuckDB gets its own formulation
 * (duckdb-model-sql.ts: leaf found once per tree, constants picked by leaf, reasons built for the top 3
 * only); Snowflake keeps one CASE per tree and feature and ranks reasons in scoring-sql.ts.
 */
import type { FeatureDef, FittedFeatures } from '../model/features.ts';
import type { TreeNode } from '../model/tree.ts';
import type { LeadModel } from '../model/model.ts';
import { POINTS_PER_LOG_ODDS } from '../model/explain.ts';
import { duckdbModelSql } from './duckdb-model-sql.ts';
import {
  SCORE_SQL,
  featureSql,
  gradeSql,
  logisticTermsSql,
  probabilitySql,
  splitSql,
  valueSql,
} from './model-sql-parts.ts';
import type { SqlDialect } from './sql-text.ts';
import { dbl, ident, str } from './sql-text.ts';

export type { SqlDialect } from './sql-text.ts';
export { rulesToSql } from '../model/rules.ts';

/** Options of {@link modelToSql}. */
export interface ModelSqlOptions {
  dialect: SqlDialect;
  /** Table (or view) holding the typed lead columns (default `leads_final`). */
  table?: string;
  /** Key column passed through (default `prospect_id`). */
  key?: string;
  /** Name of the DuckDB table macro (default `leadpipe_score`). */
  macroName?: string;
}

/**
 * The compiled SQL: expressions by layer, a full SELECT and (DuckDB) a table macro. DuckDB lists only the
 * features a model can use or give as a reason, and categorical `__f<i>` are level indexes there (level
 * names on Snowflake).
 */
export interface ModelSql {
  dialect: SqlDialect;
  modelVersion: string;
  /** Layer 1, over the table's columns: one expression per feature, aliased `__f<i>`. */
  features: { alias: string; sql: string }[];
  /** Layer 1: readable value of each feature for reasons, aliased `__v<i>`. */
  values: { alias: string; sql: string }[];
  /** DuckDB tree models, layer 2 over `__f<i>`: each tree's 1-based leaf position, aliased `__t<j>`. */
  leaves: { alias: string; sql: string }[];
  /** Raw margin (before calibration), over `__t<j>` (DuckDB trees) or `__f<i>`. */
  margin: string;
  /** Each feature's contribution to the calibrated log-odds, over the same columns as `margin`, aliased `__c<i>`. */
  contributions: { alias: string; sql: string }[];
  /** Over `__margin`: calibrated probability. */
  probability: string;
  /** Over `probability`: integer score 0–100 and grade letter. */
  score: string;
  grade: string;
  /** Over `__c<i>`/`__v<i>`: reasons (DuckDB: STRUCT of two LISTs of top-3 STRUCTs; Snowflake: ARRAY of OBJECTs). */
  reasons: string;
  /** `SELECT key, model_version, probability, score, grade, reasons FROM table` (nested layers). */
  select: string;
  /** DuckDB only: `CREATE OR REPLACE MACRO name() AS TABLE <select>`. */
  macro: string | null;
}

function treeSql(node: TreeNode, fitted: FittedFeatures): string {
  if (node.type === 'leaf') return dbl(node.value);
  const cond = splitSql(node, fitted, 'name');
  return `CASE WHEN ${cond} THEN ${treeSql(node.left, fitted)} ELSE ${treeSql(node.right, fitted)} END`;
}

/** Saabas path attribution of one feature in one tree, as SQL; null when the tree never splits on it. */
function treeContributionSql(root: TreeNode, feature: number, fitted: FittedFeatures): string | null {
  // Collect per-leaf cumulative deltas for this feature, then print the tree with them as leaves,
  // collapsing subtrees whose leaves all carry the same delta.
  const uses = (n: TreeNode): boolean =>
    n.type !== 'leaf' && (n.feature === feature || uses(n.left) || uses(n.right));
  if (!uses(root)) return null;
  const walk = (n: TreeNode, acc: number): string => {
    if (n.type === 'leaf' || !uses(n)) return dbl(acc);
    const own = n.feature === feature;
    const l = walk(n.left, own ? acc + (n.left.value - n.value) : acc);
    const r = walk(n.right, own ? acc + (n.right.value - n.value) : acc);
    if (l === r) return l;
    return `CASE WHEN ${splitSql(n, fitted, 'name')} THEN ${l} ELSE ${r} END`;
  };
  return walk(root, 0);
}

/**
 * Compiles a model to SQL.
 *
 * @example
 * const sql = modelToSql(model, { dialect: 'duckdb' });
 * await conn.run(sql.macro!);                                   // CREATE OR REPLACE MACRO leadpipe_score() AS TABLE ...
 * await conn.runAndReadAll('SELECT * FROM leadpipe_score()');   // prospect_id, model_version, probability, score, grade, reasons
 */
export function modelToSql(model: LeadModel, options: ModelSqlOptions): ModelSql {
  if (options.dialect === 'duckdb') return duckdbModelSql(model, options);
  const table = options.table ?? 'leads_final';
  const key = ident(options.key ?? 'prospect_id');
  const fitted = model.features;
  const feats = fitted.spec.features;
  const { a } = model.calibration;
  const features = feats.map((_, i) => ({ alias: `__f${i}`, sql: featureSql(fitted, i, 'name') }));
  const values = feats.map((_, i) => ({ alias: `__v${i}`, sql: valueSql(fitted, i, 'name') }));
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
    const trees = model.gbt.trees;
    margin = [dbl(model.gbt.base), ...trees.map((t) => treeSql(t, fitted))].join('\n + ');
    contributions = feats.map((_, i) => {
      const parts = trees
        .map((t) => treeContributionSql(t, i, fitted))
        .filter((s): s is string => s !== null);
      return { alias: `__c${i}`, sql: parts.length ? `${dbl(a)} * (${parts.join('\n + ')})` : '0e0' };
    });
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
  const l2 =
    `SELECT ${key}, ${values.map((v) => v.alias).join(', ')},\n  ${margin} AS __margin,\n  ` +
    `${contributions.map((c) => `${c.sql} AS ${c.alias}`).join(',\n  ')}\nFROM (${l1}) AS __l1`;
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
    leaves: [],
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
