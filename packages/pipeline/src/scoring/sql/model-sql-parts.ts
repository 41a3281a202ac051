/**
 * SQL pieces shared by the DuckDB and Snowflake formulations of a trained model (snowflake-scoring-sql.ts,
 * duckdb-scoring-sql.ts): feature values, readable values for reasons, logistic terms and the layers from
 * margin to grade. Each repeats the TypeScript scorer's operations in the same order.
 */
import { quoteIdent } from '../../warehouse/sql-ident.ts';
import type { FeatureDef } from '../model/feature-spec.ts';
import { MISSING_LEVEL, OTHER_LEVEL } from '../model/feature-spec.ts';
import type { CategoricalEncoding, FittedFeatures } from '../model/features.ts';
import type { CategoricalSplit, NumericSplit } from '../model/tree.ts';
import type { GradeThresholds, LogisticModel, PlattCalibration } from '../model/model.ts';
import { dbl, str } from './sql-text.ts';
import type { AgeSql } from './age-sql.ts';
import { ageValueSql } from './age-sql.ts';

/**
 * How a categorical feature `__f<i>` is represented: `name`, its level (`'lead add form'`, `'__other__'`),
 * or `index`, its position in `enc.levels` (an INTEGER: cheaper to compare and to look labels up by).
 */
export type LevelForm = 'name' | 'index';

/**
 * The lead columns the compiled SQL may read (default: every column the model names). A model input
 * outside it reads as a typed NULL, the model's "missing" branch, as the TypeScript scorer reads a lead
 * without that key, instead of a column the engine cannot bind.
 */
export type AvailableColumns = ReadonlySet<string> | undefined;

/** Column `name` as SQL of `type`: the quoted column, or `CAST(NULL AS type)` when `available` lacks it. */
export function columnSql(
  name: string,
  type: 'VARCHAR' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMP',
  available: AvailableColumns,
): string {
  return !available || available.has(name) ? quoteIdent(name) : `CAST(NULL AS ${type})`;
}

function levelSql(
  f: Extract<FeatureDef, { kind: 'categorical' }>,
  enc: CategoricalEncoding,
  form: LevelForm,
  available: AvailableColumns,
): string {
  const col = `CAST(${columnSql(f.column, 'VARCHAR', available)} AS VARCHAR)`;
  const folded = f.foldCase ? `LOWER(${col})` : col;
  // As `levelIndex`: a level the encoding lacks counts as its last one (`__other__`).
  const out = (level: string): string => {
    if (form === 'name') return str(level);
    const k = enc.levels.indexOf(level);
    return String(k >= 0 ? k : enc.levels.length - 1);
  };
  const known = enc.levels.filter((l) => l !== OTHER_LEVEL).map((l) => ` WHEN ${str(l)} THEN ${out(l)}`);
  return `CASE WHEN ${col} IS NULL THEN ${out(MISSING_LEVEL)} ELSE CASE ${folded}${known.join('')} ELSE ${out(OTHER_LEVEL)} END END`;
}

/**
 * Layer 1: the value of feature `i` the model sees (`__f<i>`), over the table's columns; a column outside
 * `available` (default: all present) reads as NULL. An age feature needs the dialect's `age` SQL (age-sql.ts).
 */
export function featureSql(
  fitted: FittedFeatures,
  i: number,
  form: LevelForm,
  available?: AvailableColumns,
  age?: AgeSql,
): string {
  const f = fitted.spec.features[i] as FeatureDef;
  const enc = fitted.encodings[i];
  if (f.kind === 'categorical' && enc?.kind === 'categorical') return levelSql(f, enc, form, available);
  if (f.kind === 'age') {
    if (!age) throw new Error(`feature ${f.name} is an age: its SQL needs the dialect's age expression`);
    return age.days(columnSql(f.column, 'TIMESTAMP', available));
  }
  if (f.kind === 'numeric') {
    const x = `CAST(${columnSql(f.column, 'DOUBLE', available)} AS DOUBLE)`;
    return f.divideBy
      ? `(${x} / NULLIF(CAST(${columnSql(f.divideBy, 'DOUBLE', available)} AS DOUBLE), 0))`
      : x;
  }
  const b = columnSql(f.column, 'BOOLEAN', available);
  return `CASE WHEN ${b} THEN 1e0 WHEN NOT ${b} THEN 0e0 END`;
}

/** The lead's own text of feature `i`'s column (NULL when the column is outside `available`). */
export function leadTextSql(fitted: FittedFeatures, i: number, available?: AvailableColumns): string {
  const f = fitted.spec.features[i] as FeatureDef;
  return `CAST(${columnSql(f.column, 'VARCHAR', available)} AS VARCHAR)`;
}

/**
 * Layer 1: the readable value of feature `i` for reasons (`__v<i>`), over `__f<i>` and the table's columns
 * (a column outside `available` reads as NULL); `lead`, when given, is the lead's own text of a categorical
 * feature (read there instead of the column).
 */
export function valueSql(
  fitted: FittedFeatures,
  i: number,
  form: LevelForm,
  available?: AvailableColumns,
  lead?: string,
): string {
  const f = fitted.spec.features[i] as FeatureDef;
  const enc = fitted.encodings[i];
  const a = `__f${i}`;
  if (f.kind === 'categorical' && enc?.kind === 'categorical') {
    // Rare and unseen values show as they are (the model treats them as "other").
    const raw = lead ?? leadTextSql(fitted, i, available);
    if (form === 'index') {
      const other = enc.levels.indexOf(OTHER_LEVEL);
      const labels = enc.levels.map((_, k) => str(enc.labels[k] ?? 'other'));
      return `CASE WHEN ${a} = ${other} THEN ${raw} ELSE [${labels.join(', ')}][${a} + 1] END`;
    }
    const whens = enc.levels
      .map((l, k) => (l === OTHER_LEVEL ? '' : ` WHEN ${str(l)} THEN ${str(enc.labels[k] ?? l)}`))
      .join('');
    return `CASE ${a}${whens} ELSE ${raw} END`;
  }
  if (f.kind === 'age') return ageValueSql(a);
  if (f.kind === 'numeric') {
    // Whole numbers print without ".0", as JavaScript's String(number) does in the TypeScript scorer.
    const r = `ROUND(${a}, 2)`;
    // Only within BIGINT's range: a value such as 1e308 is a valid double and must not fail the task.
    return `CASE WHEN ${a} IS NULL THEN 'missing' WHEN ${r} = ROUND(${r}) AND abs(${r}) < 9e18 THEN CAST(CAST(${r} AS BIGINT) AS VARCHAR) ELSE CAST(${r} AS VARCHAR) END`;
  }
  return `CASE WHEN ${a} = 1 THEN 'Yes' WHEN ${a} = 0 THEN 'No' ELSE 'missing' END`;
}

/** A tree split's "goes left" condition over `__f<i>`; a NULL (missing) value goes right unless `missingLeft`. */
export function splitSql(
  n: NumericSplit | CategoricalSplit,
  fitted: FittedFeatures,
  form: LevelForm,
): string {
  const a = `__f${n.feature}`;
  if (n.type === 'numeric') return `${a} <= ${dbl(n.threshold)}${n.missingLeft ? ` OR ${a} IS NULL` : ''}`;
  const enc = fitted.encodings[n.feature] as CategoricalEncoding;
  // `a = x OR a = y` rather than `a IN (x, y)`: DuckDB's IN-clause optimiser takes seconds on a few
  // hundred tree splits (measured with DuckDB 1.5), while the ORs plan in milliseconds.
  const levels = n.leftLevels.map((k) => (form === 'name' ? str(enc.levels[k] ?? OTHER_LEVEL) : String(k)));
  return `(${levels.map((l) => `${a} = ${l}`).join(' OR ')})`;
}

/** Raw margin term of each feature of a logistic model over `__f<i>`, mirroring `logisticTerms`. */
export function logisticTermsSql(model: LogisticModel, form: LevelForm): string[] {
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
      const other = w('level', enc.levels.indexOf(OTHER_LEVEL)) ?? 0;
      if (form === 'index') {
        return `([${enc.levels.map((l, k) => dbl(l === OTHER_LEVEL ? other : (w('level', k) ?? 0))).join(', ')}][${a} + 1])`;
      }
      const whens = enc.levels.map((l, k) =>
        l === OTHER_LEVEL ? '' : ` WHEN ${str(l)} THEN ${dbl(w('level', k) ?? 0)}`,
      );
      return `(CASE ${a}${whens.join('')} ELSE ${dbl(other)} END)`;
    }
    const wm = w('missing');
    const missing = wm === null ? '' : ` + CASE WHEN ${a} IS NULL THEN ${dbl(wm)} ELSE 0e0 END`;
    if (f.kind === 'age' && enc?.kind === 'numeric') {
      const x = `LEAST(GREATEST(COALESCE(${a}, ${dbl(enc.fill)}), ${dbl(enc.low)}), ${dbl(enc.high)})`;
      return `(${dbl(w('value') ?? 0)} * ((${x} - ${dbl(enc.mean)}) / ${dbl(enc.sd)})${missing})`;
    }
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

/** Over `__margin`: the calibrated probability. */
export function probabilitySql(c: PlattCalibration): string {
  return `1e0 / (1e0 + EXP(-(${dbl(c.a)} * __margin + ${dbl(c.b)})))`;
}

/** Over `probability`: the integer score 0–100 (SQL ROUND is half away from zero, like `Math.round` here). */
export const SCORE_SQL = 'CAST(ROUND(100 * probability) AS INTEGER)';

/** Over `score`: the grade letter. */
export function gradeSql(g: GradeThresholds): string {
  return `CASE WHEN score >= ${g.A} THEN 'A' WHEN score >= ${g.B} THEN 'B' WHEN score >= ${g.C} THEN 'C' ELSE 'D' END`;
}
