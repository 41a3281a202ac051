/**
 * The scoring function of a tree model (`ScoringSql.scoringFunction`) as a DuckDB scalar function on the
 * pipeline's connection: DuckDB hands it the typed, encoded columns of a chunk of leads (up to 2,048 rows),
 * it copies them into typed arrays, scores them in JavaScript and writes one STRUCT per row: probability,
 * score and the top reasons ranked (their feature and log-odds; the SELECT builds the reasons from them).
 * The statements around it are those of the model's SQL: only the SELECT that scores changes (the task
 * writes leads_final straight from it, apply_scoring fills `leadpipe_scored` with it).
 *
 * Measured (1M leads, DuckDB 1.5, one core): see BENCHMARKS.md. Kept for every batch size: the function
 * costs no planning (the model's SQL takes ~0.2 s to plan), so even one lead scores faster through it.
 *
 * The function runs on Node's main thread: DuckDB's worker threads hand it one chunk at a time and wait.
 * Each call is one turn of the event loop (a few milliseconds for 2,048 leads), so a server keeps
 * answering between chunks while a task scores, if more slowly.
 */
import type { DuckDBConnection, DuckDBStructVector, DuckDBVector } from '@duckdb/node-api';
import { DOUBLE, DuckDBScalarFunction, INTEGER, STRUCT } from '@duckdb/node-api';
import { errorMessage } from '../../errors.ts';
import type { ScoringFunction, ScoringFunctionOutput, ScoringSql } from '../warehouse.ts';
import { REASON_SLOTS, SCORING_FUNCTION_FIELDS } from '../warehouse.ts';

const TYPES = { DOUBLE, INTEGER } as const;
const RETURNS = STRUCT(
  Object.fromEntries(SCORING_FUNCTION_FIELDS.map(([name, type]) => [name, TYPES[type]])),
);
const SLOTS = REASON_SLOTS.length;

/** The functions registered on each connection, by name (a name stands for one compiled model). */
const registered = new WeakMap<DuckDBConnection, Set<string>>();

/**
 * What the scoring functions of this process did so far (for `npm run bench:score`): calls, rows, and the
 * milliseconds spent copying DuckDB's vectors in, in `evaluate`, and writing the results out.
 */
export const scoringUdfTimes = { calls: 0, rows: 0, read: 0, evaluate: 0, write: 0 };

function newOutput(capacity: number): ScoringFunctionOutput {
  return {
    probability: new Float64Array(capacity),
    score: new Int32Array(capacity),
    positive: new Int32Array(capacity),
    negative: new Int32Array(capacity),
    logOdds: new Float64Array(capacity * SLOTS),
    rank: new Int32Array(capacity * SLOTS),
  };
}

/** The DuckDB scalar function of `fn`: vectors in, typed arrays through `fn.evaluate`, a STRUCT vector out. */
function scalarFunction(fn: ScoringFunction): DuckDBScalarFunction {
  let capacity = 0;
  let numbers: (Float64Array | Int32Array)[] = [];
  let out = newOutput(0);
  return DuckDBScalarFunction.create({
    name: fn.name,
    returnType: RETURNS,
    parameterTypes: fn.parameters.map((p) => TYPES[p]),
    // The SELECT passes NaN for a missing number; DuckDB must not skip rows with a NULL argument.
    specialHandling: true,
    mainFunction(info, input, output) {
      try {
        const t0 = performance.now();
        const n = input.rowCount;
        if (n > capacity) {
          capacity = Math.max(n, 2048);
          numbers = fn.parameters.map((p) =>
            p === 'INTEGER' ? new Int32Array(capacity) : new Float64Array(capacity),
          );
          out = newOutput(capacity);
        }
        for (let k = 0; k < numbers.length; k++) {
          const v = input.getColumnVector(k) as DuckDBVector<number>;
          const col = numbers[k] as Float64Array | Int32Array;
          for (let i = 0; i < n; i++) col[i] = v.getItem(i) ?? NaN;
        }
        const t1 = performance.now();
        fn.evaluate(numbers, n, out);
        const t2 = performance.now();
        const struct = output as DuckDBStructVector;
        const entry = (e: number) => struct.entryVectorAt(e) as DuckDBVector<number>;
        const [probability, score, positive, negative] = [entry(0), entry(1), entry(2), entry(3)];
        for (let i = 0; i < n; i++) {
          probability.setItem(i, out.probability[i] as number);
          score.setItem(i, out.score[i] as number);
          positive.setItem(i, out.positive[i] as number);
          negative.setItem(i, out.negative[i] as number);
        }
        // Every slot is written, those past a row's counts too (rank -1): a NULL costs DuckDB's validity
        // mask a BigInt operation per item here, and the SELECT slices those slots off anyway.
        for (let s = 0; s < SLOTS; s++) {
          const rank = entry(4 + 2 * s);
          const logOdds = entry(5 + 2 * s);
          for (let i = 0; i < n; i++) {
            rank.setItem(i, out.rank[i * SLOTS + s] as number);
            logOdds.setItem(i, out.logOdds[i * SLOTS + s] as number);
          }
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
  which: 'select' | 'batchSelect' | 'batchRowSelect',
): string {
  const fn = scoring.scoringFunction;
  if (!fn) {
    const sql = scoring[which];
    if (sql === undefined) throw new Error(`scoring SQL without ${which}`);
    return sql;
  }
  let names = registered.get(conn);
  if (!names) registered.set(conn, (names = new Set()));
  if (!names.has(fn.name)) {
    conn.registerScalarFunction(scalarFunction(fn));
    names.add(fn.name);
  }
  return fn[which];
}
