/**
 * The one interface each SQL engine's scoring compiler implements (duckdb-scoring-sql.ts,
 * snowflake-scoring-sql.ts). Callers pick the object once, from the engine name, and never branch on the
 * dialect again. Each formulation repeats the TypeScript scorer's operations in the same order
 * (model/compile-model.ts, model/compile-logistic.ts), so probabilities agree to ~1e-15.
 */
import type { ScoringFunction } from '../../warehouse/warehouse.ts';
import type { LeadModel } from '../model/model.ts';
import type { RulesModel } from '../model/rules.ts';
import type { ScoringModel } from '../model/scoring-model.ts';
import type { LeadFunctionOptions } from './lead-json-columns.ts';
import type { ModelSql, ModelSqlOptions } from './model-sql.ts';
import type { RulesReasonsSql } from './rules-sql.ts';
import type { SqlDialect } from './sql-text.ts';

/** An apply_scoring SELECT and the grade expression it uses. */
export interface ScoringSelect {
  /** `SELECT key, model_version, probability, score, grade, reasons FROM ...`, reasons the top 3 each way. */
  select: string;
  /** Over `score`: the grade letter. */
  grade: string;
}

/** The scoring SQL of one engine. */
export interface ScoringDialect extends RulesReasonsSql {
  /** The engine this object writes SQL for. */
  readonly name: SqlDialect;
  /**
   * Whether the engine's task writes its batch from a scoring SELECT that passes the batch's `__row`
   * through beside the key (`ScoringSql.batchRowSelect`, the `carry` of the SELECTs below): DuckDB.
   * Snowflake's task merges and scores with statements of its own.
   */
  readonly scoresBatch: boolean;
  /**
   * Compiles a trained model to SQL over the typed lead columns (table default `leads_final`, key default
   * `prospect_id`): expressions by layer, a full SELECT and, on DuckDB, a table macro.
   */
  modelSql(model: LeadModel, options?: ModelSqlOptions): ModelSql;
  /**
   * A trained model's apply_scoring SELECT over `table`, with its reasons ranked into the top 3 each way.
   * `columns` are the lead columns `table` has (default: all the model reads); a model input it lacks
   * reads as NULL. Ages are measured at `reference` (default: the time the statement runs; see
   * `ModelSqlOptions`). The columns of `table` in `carry` pass through to the output after the key (only
   * where {@link scoresBatch}).
   */
  modelScoringSql(
    model: LeadModel,
    key: string,
    table: string,
    columns?: readonly string[],
    reference?: Date,
    carry?: readonly string[],
  ): ScoringSelect;
  /**
   * A rules model's apply_scoring SELECT over `table`: probability NULL, fired rules as reasons; `carry`
   * as for {@link modelScoringSql}.
   */
  rulesScoringSql(model: RulesModel, key: string, table: string, carry?: readonly string[]): ScoringSelect;
  /**
   * The body of the per-lead function `leadpipe_score(lead)`: one query over the function's JSON argument
   * (`lead` on DuckDB, `"LEAD"` on Snowflake) returning `{model_version, probability, score, grade, reasons}`
   * as the TypeScript scorer does; the warehouse wraps it in its CREATE statement.
   */
  leadScoreSql(model: ScoringModel, options?: LeadFunctionOptions): string;
  /**
   * A trained model as a function the engine runs in-process, with SELECTs over `table` and `batchTable`
   * that call it (see {@link ScoringFunction}); undefined when the engine has none or the model cannot be
   * compiled to one. Absent on engines that score only with SQL (Snowflake). `columns` as for
   * {@link ScoringDialect.modelScoringSql}: a model input missing from them reads as NULL.
   */
  scoringFunction?(
    model: LeadModel,
    key: string,
    table: string,
    batchTable: string,
    columns?: readonly string[],
  ): ScoringFunction | undefined;
}
