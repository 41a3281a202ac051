/**
 * A tree model as a DuckDB scalar function backed by generated JavaScript (leaf-evaluator.ts), with the
 * SELECTs that call it: the fast path of apply_scoring and of the task's scoring on DuckDB. It writes what
 * the model's SQL (duckdb-scoring-sql.ts) writes: the same probability (to the last bit or two: `Math.exp`
 * against DuckDB's `exp`), score, grade (the SELECT applies the SQL grade expression) and reasons (the same
 * contributions bit for bit, ranked the same way, built into the same structs by the same SQL).
 *
 * The SQL still types and encodes each lead (the model's feature expressions of model-sql-parts.ts, so a
 * categorical value arrives as its level index and the JavaScript never reads the lead's strings); the
 * function gets one typed argument per feature the trees split on and returns numbers only: probability,
 * score and the top 3 reasons each way as (feature rank, log-odds). The SELECT then builds the reasons,
 * with the readable value of only the features that are reasons. Building the reasons' JSON text in
 * JavaScript instead cost more than the trees (measured at 1M leads: trees 2.2 s, reasons text 3.4 s and
 * writing it into DuckDB's vectors 3.1 s).
 *
 * Measured against the SQL scorer (1M leads, `npm run bench:score`): see BENCHMARKS.md.
 */
import { createHash } from 'node:crypto';
import { quoteIdent } from '../../warehouse/sql-ident.ts';
import type {
  ScoringFunction,
  ScoringFunctionOutput,
  ScoringFunctionType,
} from '../../warehouse/warehouse.ts';
import { BATCH_ROW, REASON_SLOTS, SCORING_FUNCTION_FIELDS } from '../../warehouse/warehouse.ts';
import type { FeatureDef } from '../model/feature-spec.ts';
import { OTHER_LEVEL } from '../model/feature-spec.ts';
import type { GbtModel } from '../model/model.ts';
import type { AvailableColumns } from './model-sql-parts.ts';
import { featureSql, gradeSql, leadTextSql, valueSql } from './model-sql-parts.ts';
import { compileLeafEvaluator } from './leaf-evaluator.ts';
import { rankByName, reasonSlotsSql } from './duckdb-reasons-sql.ts';
import { passedColumns, str } from './sql-text.ts';

/** `ROUND(x)` of DuckDB (half away from zero), for finite x. */
function roundAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/**
 * Milliseconds spent in every scoring function of this process so far (for `npm run bench:score`):
 * evaluating the trees, and calibrating and ranking the reasons.
 */
export const scoringFunctionTimes = { trees: 0, reasons: 0 };

/**
 * Compiles a tree model to a {@link ScoringFunction} over the tables `table` and `batchTable` (also with the
 * latter's {@link BATCH_ROW} carried through; key column
 * `key`), or returns undefined when its trees cannot be compiled (see `compileLeafEvaluator`): then the
 * model's SQL scores it.
 *
 * @example
 * const fn = duckdbScoringFunction(model, 'prospect_id', 'leads_to_score', 'leadpipe_batch');
 * // fn.select: SELECT "prospect_id", 'gbt-…' AS model_version, probability, score, grade, reasons FROM (...)
 */
export function duckdbScoringFunction(
  model: GbtModel,
  key: string,
  table: string,
  batchTable: string,
  available?: AvailableColumns,
): ScoringFunction | undefined {
  const lev = compileLeafEvaluator(model);
  if (!lev) return undefined;
  const fitted = model.features;
  const { a, b } = model.calibration;
  const name = `leadpipe_gbt_${createHash('sha256').update(JSON.stringify(model)).digest('hex').slice(0, 16)}`;
  const U = lev.features.length;
  const parameters: ScoringFunctionType[] = lev.kinds.map((k) => (k === 'code' ? 'INTEGER' : 'DOUBLE'));
  const args: string[] = lev.features.map((i, k) =>
    lev.kinds[k] === 'code'
      ? `CAST(__f${i} AS INTEGER)`
      : // A stored NaN goes right in SQL (DuckDB orders it above every number): +Infinity does the same here.
        `coalesce(CASE WHEN isnan(__f${i}) THEN CAST('Infinity' AS DOUBLE) ELSE __f${i} END, CAST('NaN' AS DOUBLE))`,
  );
  const layer1: string[] = lev.features.map((i) => `${featureSql(fitted, i, 'index', available)} AS __f${i}`);
  const carried: string[] = lev.features.map((i) => `__f${i}`);
  const value: string[] = lev.features.map((i) => {
    const enc = fitted.encodings[i];
    const other = enc?.kind === 'categorical' ? enc.levels.indexOf(OTHER_LEVEL) : -1;
    if (other < 0) return valueSql(fitted, i, 'index', available);
    // The lead's own text, read only where the model groups its value as "other" (DuckDB lets a SELECT
    // use the aliases it defines: `__t<i>` reads `__f<i>` of the same layer).
    layer1.push(`CASE WHEN __f${i} = ${other} THEN ${leadTextSql(fitted, i, available)} END AS __t${i}`);
    carried.push(`__t${i}`);
    return valueSql(fitted, i, 'index', available, `__t${i}`);
  });
  const feats = lev.features.map((i) => fitted.spec.features[i] as FeatureDef);
  const rank = new Int32Array(U);
  rankByName(feats).forEach((k, r) => (rank[k] = r));

  let capacity = 0;
  let margins = new Float64Array(0);
  let contributions = new Float64Array(0);
  const SLOTS = REASON_SLOTS.length;
  const HALF = SLOTS / 2;
  /**
   * Puts feature `k` (calibrated contribution `ck`) into its place among the `found` best of one side in
   * slots `first .. first + HALF - 1` of row `row` (positive side, sign 1: largest first, ties by rank
   * descending; negative, -1: most negative first, ties by rank ascending); returns the new count.
   */
  const insert = (
    out: ScoringFunctionOutput,
    row: number,
    first: number,
    found: number,
    k: number,
    ck: number,
    sign: number,
  ): number => {
    const base = row * SLOTS + first;
    const rk = rank[k] as number;
    let at = found < HALF ? found : HALF;
    while (at > 0) {
      const cj = out.logOdds[base + at - 1] as number;
      const rj = out.rank[base + at - 1] as number;
      const before = sign > 0 ? ck > cj || (ck === cj && rk > rj) : ck < cj || (ck === cj && rk < rj);
      if (!before) break;
      if (at < HALF) {
        out.logOdds[base + at] = cj;
        out.rank[base + at] = rj;
      }
      at--;
    }
    if (at < HALF) {
      out.logOdds[base + at] = ck;
      out.rank[base + at] = rk;
    }
    return found < HALF ? found + 1 : found;
  };

  const evaluate = (
    cols: readonly (Float64Array | Int32Array)[],
    n: number,
    out: ScoringFunctionOutput,
  ): void => {
    if (n > capacity) {
      capacity = n;
      margins = new Float64Array(n);
      contributions = new Float64Array(n * U);
    } else contributions.fill(0, 0, n * U);
    const t0 = performance.now();
    lev.evaluate(cols, n, margins, contributions);
    const t1 = performance.now();
    scoringFunctionTimes.trees += t1 - t0;
    // Slots past a row's counts hold rank -1 and log-odds 0, never read: the SELECT slices them off.
    out.rank.fill(-1, 0, n * SLOTS);
    out.logOdds.fill(0, 0, n * SLOTS);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(a * (margins[i] ?? NaN) + b)));
      out.probability[i] = p;
      out.score[i] = roundAway(100 * p);
      const base = i * U;
      let positive = 0;
      let negative = 0;
      for (let k = 0; k < U; k++) {
        const ck = a * (contributions[base + k] as number);
        if (ck > 0) positive = insert(out, i, 0, positive, k, ck, 1);
        else if (ck < 0) negative = insert(out, i, HALF, negative, k, ck, -1);
      }
      out.positive[i] = positive;
      out.negative[i] = negative;
    }
    scoringFunctionTimes.reasons += performance.now() - t1;
  };

  const { columns, reasons } = reasonSlotsSql(
    feats,
    (s, f) => `${s}_${f}`,
    (s) => [`${s}_r`, `${s}_log_odds`],
    (k) => value[k] as string,
  );
  const counts = SCORING_FUNCTION_FIELDS.slice(0, 4).map(([f]) => f);
  const select = (from: string, carry: readonly string[] = []): string => {
    const k = passedColumns(key, carry);
    const l1 = `SELECT ${[k, ...layer1].join(',\n  ')}\nFROM ${from}`;
    const l2 = `SELECT ${k}, ${carried.join(', ')}, unnest(${quoteIdent(name)}(${args.join(', ')}))\nFROM (${l1}) AS __l1`;
    const l3 = `SELECT ${[k, ...counts, ...columns].join(',\n  ')}\nFROM (${l2}) AS __l2`;
    return (
      `SELECT ${k}, ${str(model.version)} AS model_version, probability, score, ${gradeSql(model.grades)} AS grade,\n  ${reasons} AS reasons\n` +
      `FROM (${l3}) AS __l3`
    );
  };
  return {
    name,
    parameters,
    select: select(table),
    batchSelect: select(batchTable),
    batchRowSelect: select(batchTable, [BATCH_ROW]),
    evaluate,
  };
}
