/**
 * What compiling a trained model to SQL gives, in either dialect: the expressions by layer and the full
 * SELECT. Each dialect object (duckdb-scoring-sql.ts, snowflake-scoring-sql.ts) writes its own formulation.
 */
import type { SqlDialect } from './sql-text.ts';

/** Options of `ScoringDialect.modelSql` (scoring-dialect.ts). */
export interface ModelSqlOptions {
  /** Table (or view) holding the typed lead columns (default `leads_final`). */
  table?: string;
  /** Key column passed through (default `prospect_id`). */
  key?: string;
  /** Name of the DuckDB table macro (default `leadpipe_score`). */
  macroName?: string;
  /**
   * The lead columns `table` has (default: every column the model reads). A model input it lacks reads as
   * NULL (the model's "missing" branch) instead of failing to bind.
   */
  columns?: readonly string[];
  /**
   * The time of scoring that age features measure from (default: the engine's current time when the
   * statement runs, the moment of `scored_at`). Fixed in tests, to compare with the TypeScript scorer.
   */
  reference?: Date;
  /** Columns of `table` passed through every layer beside the key, to the SELECT's output (default none). */
  carry?: readonly string[];
}

/** {@link ModelSqlOptions} from a dialect's arguments, leaving out the ones not given. */
export function modelSqlOptions(
  table: string,
  key: string,
  columns?: readonly string[],
  reference?: Date,
  carry?: readonly string[],
): ModelSqlOptions {
  return {
    table,
    key,
    ...(columns ? { columns } : {}),
    ...(reference ? { reference } : {}),
    ...(carry?.length ? { carry } : {}),
  };
}

/**
 * The compiled SQL: expressions by layer, a full SELECT and (DuckDB) a table macro. DuckDB lists only the
 * features a model can use or give as a reason. Categorical `__f<i>` are level indexes, except in a
 * Snowflake logistic model (level names).
 */
export interface ModelSql {
  dialect: SqlDialect;
  modelVersion: string;
  /** Layer 1, over the table's columns: one expression per feature, aliased `__f<i>`. */
  features: { alias: string; sql: string }[];
  /** Layer 1: readable value of each feature for reasons, aliased `__v<i>`. */
  values: { alias: string; sql: string }[];
  /** Tree models, layer 2 over `__f<i>`: each tree's 1-based leaf position, aliased `__t<j>`. */
  leaves: { alias: string; sql: string }[];
  /** Raw margin (before calibration), over `__t<j>` (trees) or `__f<i>` (logistic). */
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
