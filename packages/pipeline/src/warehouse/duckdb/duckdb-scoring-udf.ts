/**
 * The scoring function of a tree model (`ScoringSql.scoringFunction`) as a DuckDB scalar function on the
 * pipeline's connection: DuckDB hands it the typed, encoded columns of a chunk of leads (up to 2,048 rows),
 * it copies them into typed arrays, scores them in JavaScript and writes one `STRUCT(probability, score,
 * reasons)` per row. The scoring statements stay the ones the task already runs (the scores go into the
 * temporary `leadpipe_scored` as before, in the same transactions): only the SELECT inside them changes.
 *
 * Measured (1M leads, DuckDB 1.5, one core): see BENCHMARKS.md. Kept for every batch size: the function
 * costs no planning (the model's SQL takes ~0.2 s to plan), so even one lead scores faster through it.
 *
 * The function runs on Node's main thread: DuckDB's worker threads hand it one chunk at a time and wait.
 * Each call is one turn of the event loop (a few milliseconds for 2,048 leads), so a server keeps
 * answering between chunks while a task scores, if more slowly.
 */
import type { DuckDBConnection, DuckDBStructVector, DuckDBVector } from '@duckdb/node-api';
import { DOUBLE, DuckDBScalarFunction, DuckDBVarCharType, INTEGER, STRUCT, VARCHAR } from '@duckdb/node-api';
import { errorMessage } from '../../errors.ts';
import type { ScoringFunction, ScoringFunctionOutput, ScoringSql } from '../warehouse.ts';

const TYPES = { DOUBLE, INTEGER, VARCHAR } as const;
/** What the function returns; `reasons` is JSON, so `to_json` keeps the text as it is. */
const RETURNS = STRUCT({ probability: DOUBLE, score: INTEGER, reasons: DuckDBVarCharType.create('JSON') });

/** The functions registered on each connection, by name (a name stands for one compiled model). */
const registered = new WeakMap<DuckDBConnection, Set<string>>();

/**
 * What the scoring functions of this process did so far (for `npm run bench:score`): calls, rows, and the
 * milliseconds spent copying DuckDB's vectors in, in `evaluate`, and writing the results out.
 */
export const scoringUdfTimes = { calls: 0, rows: 0, read: 0, evaluate: 0, write: 0 };

/** The DuckDB scalar function of `fn`: vectors in, typed arrays through `fn.evaluate`, a STRUCT vector out. */
function scalarFunction(fn: ScoringFunction): DuckDBScalarFunction {
  const numeric = fn.parameters.filter((p) => p !== 'VARCHAR').length;
  let capacity = 0;
  let numbers: (Float64Array | Int32Array)[] = [];
  let out: ScoringFunctionOutput = {
    probability: new Float64Array(0),
    score: new Int32Array(0),
    reasons: [],
  };
  return DuckDBScalarFunction.create({
    name: fn.name,
    returnType: RETURNS,
    parameterTypes: fn.parameters.map((p) => TYPES[p]),
    // NULL arguments mean something here (a missing reason value), so DuckDB must pass them in.
    specialHandling: true,
    mainFunction(info, input, output) {
      try {
        const t0 = performance.now();
        const n = input.rowCount;
        if (n > capacity) {
          capacity = Math.max(n, 2048);
          numbers = fn.parameters
            .slice(0, numeric)
            .map((p) => (p === 'INTEGER' ? new Int32Array(capacity) : new Float64Array(capacity)));
          out = { probability: new Float64Array(capacity), score: new Int32Array(capacity), reasons: [] };
        }
        for (let k = 0; k < numeric; k++) {
          const v = input.getColumnVector(k) as DuckDBVector<number>;
          const col = numbers[k] as Float64Array | Int32Array;
          for (let i = 0; i < n; i++) col[i] = v.getItem(i) ?? NaN;
        }
        const texts: (DuckDBVector<string> | undefined)[] = [];
        const text = (arg: number, row: number): string | null =>
          (texts[arg] ??= input.getColumnVector(arg) as DuckDBVector<string>).getItem(row);
        const t1 = performance.now();
        fn.evaluate(numbers, text, n, out);
        const t2 = performance.now();
        const struct = output as DuckDBStructVector;
        const probability = struct.entryVectorAt(0) as DuckDBVector<number>;
        const score = struct.entryVectorAt(1) as DuckDBVector<number>;
        const reasons = struct.entryVectorAt(2) as DuckDBVector<string>;
        for (let i = 0; i < n; i++) {
          probability.setItem(i, out.probability[i] ?? null);
          score.setItem(i, out.score[i] ?? null);
          reasons.setItem(i, out.reasons[i] ?? null);
        }
        struct.flush();
        const t = scoringUdfTimes;
        t.calls++;
        t.rows += n;
        t.read += t1 - t0;
        t.evaluate += t2 - t1;
        t.write += performance.now() - t2;
      } catch (err) {
        info.setError(`leadpipe scoring function: ${errorMessage(err)}`);
      }
    },
  });
}

/**
 * The SELECT of `scoring` over the stale leads (`which` = `select`) or the task's batch (`batchSelect`):
 * through its scoring function when it has one (registered on `conn` first, once per connection), else the
 * model's SQL.
 */
export function scoringSelect(
  conn: DuckDBConnection,
  scoring: ScoringSql,
  which: 'select' | 'batchSelect',
): string {
  const fn = scoring.scoringFunction;
  if (!fn) return scoring[which];
  let names = registered.get(conn);
  if (!names) registered.set(conn, (names = new Set()));
  if (!names.has(fn.name)) {
    conn.registerScalarFunction(scalarFunction(fn));
    names.add(fn.name);
  }
  return fn[which];
}
