/**
 * Compiles a trained model to SQL over the typed columns of `leads_final`, for DuckDB or Snowflake.
 * The SQL repeats the TypeScript scorer's operations in the same order (see model.ts and
 * compile-logistic.ts), so probabilities agree to ~1e-15.
 */
import type { CategoricalEncoding, FeatureDef, FittedFeatures } from './features.ts';
import { MISSING_LEVEL, OTHER_LEVEL } from './features.ts';
import type { TreeNode } from './gbt.ts';
import type { LeadModel, LogisticModel } from './model.ts';
import { POINTS_PER_LOG_ODDS } from './explain.ts';
import type { SqlDialect } from './sql-text.ts';
import { dbl, ident, str } from './sql-text.ts';

export type { SqlDialect } from './sql-text.ts';
export { rulesToSql } from './rules.ts';

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

/** The compiled SQL: expressions by layer, a full SELECT and (DuckDB) a table macro. */
export interface ModelSql {
  dialect: SqlDialect;
  modelVersion: string;
  /** Layer 1, over the table's columns: one expression per feature, aliased `__f<i>`. */
  features: { alias: string; sql: string }[];
  /** Layer 1: readable value of each feature for reasons, aliased `__v<i>`. */
  values: { alias: string; sql: string }[];
  /** Layer 2, over `__f<i>`: raw margin (before calibration). */
  margin: string;
  /** Layer 2, over `__f<i>`: each feature's contribution to the calibrated log-odds, aliased `__c<i>`. */
  contributions: { alias: string; sql: string }[];
  /** Layer 3, over `__margin`: calibrated probability. */
  probability: string;
  /** Layer 4, over `probability`: integer score 0–100 and grade letter. */
  score: string;
  grade: string;
  /** Layer 4, over `__c<i>`/`__v<i>`: reasons (DuckDB: STRUCT of two LISTs of top-3 STRUCTs; Snowflake: ARRAY of OBJECTs). */
  reasons: string;
  /** `SELECT key, model_version, probability, score, grade, reasons FROM table` (nested layers). */
  select: string;
  /** DuckDB only: `CREATE OR REPLACE MACRO name() AS TABLE <select>`. */
  macro: string | null;
}

function levelExpr(f: Extract<FeatureDef, { kind: 'categorical' }>, enc: CategoricalEncoding): string {
  const col = `CAST(${ident(f.column)} AS VARCHAR)`;
  const folded = f.foldCase ? `LOWER(${col})` : col;
  const known = enc.levels.filter((l) => l !== OTHER_LEVEL).map((l) => ` WHEN ${str(l)} THEN ${str(l)}`);
  return `CASE WHEN ${col} IS NULL THEN ${str(MISSING_LEVEL)} ELSE CASE ${folded}${known.join('')} ELSE ${str(OTHER_LEVEL)} END END`;
}

/**
 * `a = 'x' OR a = 'y'` rather than `a IN ('x', 'y')`: DuckDB's IN-clause optimiser takes seconds on
 * a few hundred tree splits (measured with DuckDB 1.5), while the ORs plan in milliseconds.
 */
function anyOf(alias: string, levels: readonly string[]): string {
  return `(${levels.map((l) => `${alias} = ${str(l)}`).join(' OR ')})`;
}

function featureExpr(fitted: FittedFeatures, i: number): string {
  const f = fitted.spec.features[i] as FeatureDef;
  const enc = fitted.encodings[i];
  if (f.kind === 'categorical' && enc?.kind === 'categorical') return levelExpr(f, enc);
  if (f.kind === 'numeric') {
    const x = `CAST(${ident(f.column)} AS DOUBLE)`;
    return f.divideBy ? `(${x} / NULLIF(CAST(${ident(f.divideBy)} AS DOUBLE), 0))` : x;
  }
  return `CASE WHEN ${ident(f.column)} THEN 1e0 WHEN NOT ${ident(f.column)} THEN 0e0 END`;
}

function valueExpr(fitted: FittedFeatures, i: number): string {
  const f = fitted.spec.features[i] as FeatureDef;
  const enc = fitted.encodings[i];
  const a = `__f${i}`;
  if (f.kind === 'categorical' && enc?.kind === 'categorical') {
    const whens = enc.levels
      .map((l, k) => (l === OTHER_LEVEL ? '' : ` WHEN ${str(l)} THEN ${str(enc.labels[k] ?? l)}`))
      .join('');
    return `CASE ${a}${whens} ELSE CAST(${ident(f.column)} AS VARCHAR) END`;
  }
  if (f.kind === 'numeric') {
    // Whole numbers print without ".0", as JavaScript's String(number) does in the TypeScript scorer.
    const r = `ROUND(${a}, 2)`;
    return `CASE WHEN ${a} IS NULL THEN 'missing' WHEN ${r} = ROUND(${r}) THEN CAST(CAST(${r} AS BIGINT) AS VARCHAR) ELSE CAST(${r} AS VARCHAR) END`;
  }
  return `CASE WHEN ${a} = 1 THEN 'Yes' WHEN ${a} = 0 THEN 'No' ELSE 'missing' END`;
}

/** Raw margin term of each feature of a logistic model, mirroring `logisticTerms`. */
function logisticTermsSql(model: LogisticModel): string[] {
  const { features: fitted } = model;
  const { columns, weights } = model.logistic;
  return fitted.spec.features.map((f, i) => {
    const enc = fitted.encodings[i];
    const a = `__f${i}`;
    const w = (role: string, level?: number) => {
      const j = columns.findIndex(
        (c) => c.feature === i && c.role === role && (level === undefined || c.level === level),
      );
      return j < 0 ? null : (weights[j] ?? 0);
    };
    if (f.kind === 'categorical' && enc?.kind === 'categorical') {
      const whens = enc.levels.map((l, k) =>
        l === OTHER_LEVEL ? '' : ` WHEN ${str(l)} THEN ${dbl(w('level', k) ?? 0)}`,
      );
      return `(CASE ${a}${whens.join('')} ELSE ${dbl(w('level', enc.levels.indexOf(OTHER_LEVEL)) ?? 0)} END)`;
    }
    const wm = w('missing');
    const missing = wm === null ? '' : ` + CASE WHEN ${a} IS NULL THEN ${dbl(wm)} ELSE 0e0 END`;
    if (f.kind === 'numeric' && enc?.kind === 'numeric') {
      let x = `LEAST(GREATEST(COALESCE(${a}, ${dbl(enc.fill)}), ${dbl(enc.low)}), ${dbl(enc.high)})`;
      if (f.transform === 'log1p') x = `LN(1e0 + ${x})`;
      const wz = w('zero');
      const zero = wz === null ? '' : ` + CASE WHEN ${a} = 0 THEN ${dbl(wz)} ELSE 0e0 END`;
      return `(${dbl(w('value') ?? 0)} * ((${x} - ${dbl(enc.mean)}) / ${dbl(enc.sd)})${missing}${zero})`;
    }
    return `(CASE WHEN ${a} = 1 THEN ${dbl(w('value') ?? 0)} ELSE 0e0 END${missing})`;
  });
}

function treeSql(
  node: TreeNode,
  fitted: FittedFeatures,
  leaf: (n: TreeNode) => number | null,
  path: number,
): string {
  if (node.type === 'leaf') return dbl(leaf(node) ?? path);
  const a = `__f${node.feature}`;
  let cond: string;
  if (node.type === 'numeric') {
    cond = `${a} <= ${dbl(node.threshold)}${node.missingLeft ? ` OR ${a} IS NULL` : ''}`;
  } else {
    const enc = fitted.encodings[node.feature] as CategoricalEncoding;
    cond = anyOf(
      a,
      node.leftLevels.map((k) => enc.levels[k] ?? OTHER_LEVEL),
    );
  }
  return `CASE WHEN ${cond} THEN ${treeSql(node.left, fitted, leaf, path)} ELSE ${treeSql(node.right, fitted, leaf, path)} END`;
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
    const a = `__f${n.feature}`;
    let cond: string;
    if (n.type === 'numeric') cond = `${a} <= ${dbl(n.threshold)}${n.missingLeft ? ` OR ${a} IS NULL` : ''}`;
    else {
      const enc = fitted.encodings[n.feature] as CategoricalEncoding;
      cond = anyOf(
        a,
        n.leftLevels.map((k) => enc.levels[k] ?? OTHER_LEVEL),
      );
    }
    return `CASE WHEN ${cond} THEN ${l} ELSE ${r} END`;
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
  const { dialect } = options;
  const table = options.table ?? 'leads_final';
  const key = ident(options.key ?? 'prospect_id');
  const fitted = model.features;
  const feats = fitted.spec.features;
  const { a, b } = model.calibration;
  const features = feats.map((_, i) => ({ alias: `__f${i}`, sql: featureExpr(fitted, i) }));
  const values = feats.map((_, i) => ({ alias: `__v${i}`, sql: valueExpr(fitted, i) }));
  let margin: string;
  let contributions: { alias: string; sql: string }[];
  if (model.kind === 'logistic') {
    const terms = logisticTermsSql(model);
    margin = [dbl(model.logistic.intercept), ...terms].join('\n + ');
    contributions = terms.map((t, i) => ({
      alias: `__c${i}`,
      sql: `${dbl(a)} * (${t} - ${dbl(model.logistic.offsets[i] ?? 0)})`,
    }));
  } else {
    const trees = model.gbt.trees;
    margin = [dbl(model.gbt.base), ...trees.map((t) => treeSql(t, fitted, (n) => n.value, 0))].join('\n + ');
    contributions = feats.map((_, i) => {
      const parts = trees
        .map((t) => treeContributionSql(t, i, fitted))
        .filter((s): s is string => s !== null);
      return { alias: `__c${i}`, sql: parts.length ? `${dbl(a)} * (${parts.join('\n + ')})` : '0e0' };
    });
  }
  const probability = `1e0 / (1e0 + EXP(-(${dbl(a)} * __margin + ${dbl(b)})))`;
  const score = 'CAST(ROUND(100 * probability) AS INTEGER)';
  const g = model.grades;
  const grade = `CASE WHEN score >= ${g.A} THEN 'A' WHEN score >= ${g.B} THEN 'B' WHEN score >= ${g.C} THEN 'C' ELSE 'D' END`;
  const k = dbl(POINTS_PER_LOG_ODDS);
  const reasonItem = (i: number) => {
    const f = feats[i] as FeatureDef;
    const points = `CAST(ROUND(__c${i} * ${k}) AS INTEGER)`;
    const text = `${str(f.label + ' = ')} || __v${i} || ': ' || CASE WHEN ${points} >= 0 THEN '+' ELSE '' END || CAST(${points} AS VARCHAR)`;
    return dialect === 'duckdb'
      ? `{'log_odds': __c${i}, 'feature': ${str(f.name)}, 'label': ${str(f.label)}, 'value': __v${i}, 'points': ${points}, 'text': ${text}}`
      : `OBJECT_CONSTRUCT('log_odds', __c${i}, 'feature', ${str(f.name)}, 'label', ${str(f.label)}, 'value', __v${i}, 'points', ${points}, 'text', ${text})`;
  };
  const items = feats.map((_, i) => reasonItem(i)).join(',\n    ');
  const reasons =
    dialect === 'duckdb'
      ? `{'positive': list_slice(list_reverse_sort(list_filter([${items}], r -> r.log_odds > 0)), 1, 3),\n` +
        `   'negative': list_slice(list_sort(list_filter([${items}], r -> r.log_odds < 0)), 1, 3)}`
      : `ARRAY_CONSTRUCT(${items})`;
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
    dialect,
    modelVersion: model.version,
    features,
    values,
    margin,
    contributions,
    probability,
    score,
    grade,
    reasons,
    select,
    macro:
      dialect === 'duckdb'
        ? `CREATE OR REPLACE MACRO ${ident(options.macroName ?? 'leadpipe_score')}() AS TABLE\n${select}`
        : null,
  };
}
