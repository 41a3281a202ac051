/**
 * A tree model as a DuckDB scalar function backed by generated JavaScript (leaf-evaluator.ts), with the
 * SELECTs that call it: the fast path of apply_scoring and of the task's scoring on DuckDB. It writes what
 * the model's SQL (duckdb-scoring-sql.ts) writes: the same probability (to the last bit or two: `Math.exp`
 * against DuckDB's `exp`), score, grade (the SELECT applies the SQL grade expression) and reasons (the same
 * contributions bit for bit, ranked the same way, the same readable values, as JSON text).
 *
 * The SQL still types and encodes each lead (the model's feature expressions of model-sql-parts.ts, so a
 * categorical value arrives as its level index and the JavaScript never reads the lead's strings); the
 * function gets one typed argument per feature the trees split on, plus, for reasons, the readable value
 * of the rare leads whose value JavaScript cannot print as the SQL does (a level the model groups as
 * "other" shows the lead's own text; a number of 1e15 or more, or not finite, shows DuckDB's formatting).
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
import { POINTS_PER_LOG_ODDS } from '../model/explain.ts';
import { OTHER_LEVEL } from '../model/feature-spec.ts';
import type { GbtModel } from '../model/model.ts';
import type { AvailableColumns } from './model-sql-parts.ts';
import { featureSql, gradeSql, valueSql } from './model-sql-parts.ts';
import { compileLeafEvaluator } from './leaf-evaluator.ts';
import type { LeafColumn } from './leaf-evaluator.ts';
import { str } from './sql-text.ts';

/** Below this magnitude JavaScript prints a rounded number exactly as DuckDB's CAST to VARCHAR does. */
const PLAIN_NUMBERS = 1e15;

/** `ROUND(x)` of DuckDB (half away from zero), for finite x. */
function roundAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/**
 * A double as DuckDB's `to_json` writes it: the shortest round-trip digits (as JavaScript), a whole number
 * with `.0`, an exponent without `+`.
 */
export function jsonDouble(x: number): string {
  const s = String(x);
  if (s.includes('e')) return s.replace('e+', 'e');
  return Number.isInteger(x) ? `${s}.0` : s;
}

/** The readable value of a numeric feature below {@link PLAIN_NUMBERS}, as the SQL's `valueSql` prints it. */
function plainNumber(x: number): string {
  const r = roundAway(x * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/**
 * Milliseconds spent in every scoring function of this process so far (for `npm run bench:score`):
 * evaluating the trees, and calibrating, ranking and writing the reasons' text.
 */
export const scoringFunctionTimes = { trees: 0, reasons: 0 };

/** How the function finds the readable value of one feature for a reason, as a JSON value. */
type ValueOf = (row: number) => string;

/**
 * Compiles a tree model to a {@link ScoringFunction} over the tables `table` and `batchTable` (key column
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
  const feats = fitted.spec.features;
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
  const valueOf: ValueOf[] = [];
  let numbers: readonly LeafColumn[] = [];
  let text: (arg: number, row: number) => string | null = () => null;
  const textArg = (i: number, when: string): number => {
    // DuckDB lets a SELECT use the aliases it defines: `__t<i>` reads `__f<i>` of the same layer.
    layer1.push(`CASE WHEN ${when} THEN ${valueSql(fitted, i, 'index', available)} END AS __t${i}`);
    args.push(`__t${i}`);
    parameters.push('VARCHAR');
    return args.length - 1;
  };
  const json = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s));
  lev.features.forEach((i, k) => {
    const f = feats[i];
    const enc = fitted.encodings[i];
    if (f?.kind === 'categorical' && enc?.kind === 'categorical') {
      const labels = enc.levels.map((_, l) => json(enc.labels[l] ?? 'other'));
      const other = enc.levels.indexOf(OTHER_LEVEL);
      const arg = other >= 0 ? textArg(i, `__f${i} = ${other}`) : -1;
      valueOf.push((row) => {
        const code = numbers[k]?.[row] ?? 0;
        return code === other ? json(text(arg, row)) : (labels[code] ?? 'null');
      });
    } else if (f?.kind === 'numeric') {
      const arg = textArg(i, `NOT (abs(__f${i}) < ${PLAIN_NUMBERS.toExponential()})`);
      valueOf.push((row) => {
        const x = numbers[k]?.[row] ?? NaN;
        if (x !== x) return '"missing"';
        return Math.abs(x) < PLAIN_NUMBERS ? `"${plainNumber(x)}"` : json(text(arg, row));
      });
    } else {
      valueOf.push((row) => {
        const x = numbers[k]?.[row];
        return x === 1 ? '"Yes"' : x === 0 ? '"No"' : '"missing"';
      });
    }
  });
  // Ties rank by feature name, as the SQL's `{log_odds, r}` structs do (r: rank by name).
  const byName = lev.features
    .map((i, k) => ({ name: feats[i]?.name ?? '', k }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.k - y.k));
  const rank = new Int32Array(U);
  byName.forEach((x, r) => (rank[x.k] = r));
  const prefix = lev.features.map((i) => `,"feature":${JSON.stringify(feats[i]?.name ?? '')},"value":`);

  let capacity = 0;
  let margins = new Float64Array(0);
  let contributions = new Float64Array(0);
  const top = new Int32Array(3);
  const c = new Float64Array(U);
  /** The top 3 of the row in `c` one way (sign 1: positive, largest first; -1: negative, most negative first). */
  const reasons = (row: number, sign: number): string => {
    let found = 0;
    for (let k = 0; k < U; k++) {
      const ck = c[k] as number;
      if (!(sign > 0 ? ck > 0 : ck < 0)) continue;
      // Insertion into the sorted top 3: larger |c| first, ties by rank (descending when positive).
      let at = found < 3 ? found : 3;
      while (at > 0) {
        const j = top[at - 1] as number;
        const cj = c[j] as number;
        const before =
          sign > 0
            ? ck > cj || (ck === cj && (rank[k] as number) > (rank[j] as number))
            : ck < cj || (ck === cj && (rank[k] as number) < (rank[j] as number));
        if (!before) break;
        if (at < 3) top[at] = j;
        at--;
      }
      if (at < 3) {
        top[at] = k;
        if (found < 3) found++;
      }
    }
    let s = '';
    for (let t = 0; t < found; t++) {
      const k = top[t] as number;
      const ck = c[k] as number;
      s += `${t > 0 ? ',' : ''}{"log_odds":${jsonDouble(ck)}${prefix[k]}${valueOf[k]?.(row)},"points":${roundAway(ck * POINTS_PER_LOG_ODDS)}}`;
    }
    return s;
  };

  const evaluate = (
    cols: readonly (Float64Array | Int32Array)[],
    read: (arg: number, row: number) => string | null,
    n: number,
    out: ScoringFunctionOutput,
  ): void => {
    if (n > capacity) {
      capacity = n;
      margins = new Float64Array(n);
      contributions = new Float64Array(n * U);
    } else contributions.fill(0, 0, n * U);
    numbers = cols;
    text = read;
    const t0 = performance.now();
    lev.evaluate(cols, n, margins, contributions);
    const t1 = performance.now();
    scoringFunctionTimes.trees += t1 - t0;
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(a * (margins[i] ?? NaN) + b)));
      out.probability[i] = p;
      out.score[i] = roundAway(100 * p);
      const base = i * U;
      for (let k = 0; k < U; k++) c[k] = a * (contributions[base + k] as number);
      out.reasons[i] = `{"positive":[${reasons(i, 1)}],"negative":[${reasons(i, -1)}]}`;
    }
    scoringFunctionTimes.reasons += performance.now() - t1;
  };

  const k = quoteIdent(key);
  const select = (from: string): string => {
    const l1 = `SELECT ${[k, ...layer1].join(',\n  ')}\nFROM ${from}`;
    const l2 = `SELECT ${k}, unnest(${quoteIdent(name)}(${args.join(', ')}))\nFROM (${l1}) AS __l1`;
    return (
      `SELECT ${k}, ${str(model.version)} AS model_version, probability, score, ${gradeSql(model.grades)} AS grade, reasons\n` +
      `FROM (${l2}) AS __l2`
    );
  };
  return { name, parameters, select: select(table), batchSelect: select(batchTable), evaluate };
}
