/**
 * The ceiling of scoring through a DuckDB scalar function backed by JavaScript (issue #18): how many rows
 * per second such a function passes through DuckDB's Node API when it computes nothing, returns one double,
 * returns reasons-sized JSON text, and builds that text the way the scoring function does (six reasons,
 * each with a shortest-round-trip double), returned in the scoring function's STRUCT. The trees come on
 * top of this. Each figure is the second of two runs over N rows of an in-memory table, in this process.
 *
 *   npx tsx packages/pipeline/bench/udf-floor.ts              (1,000,000 rows)
 *   npx tsx packages/pipeline/bench/udf-floor.ts --rows 200000
 */
import os from 'node:os';
import type { DuckDBStructVector, DuckDBType, DuckDBVector } from '@duckdb/node-api';
import {
  DOUBLE,
  DuckDBInstance,
  DuckDBScalarFunction,
  DuckDBVarCharType,
  INTEGER,
  STRUCT,
  VARCHAR,
} from '@duckdb/node-api';

const args = process.argv.slice(2);
const rowsAt = args.indexOf('--rows');
const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 1_000_000;

const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
await conn.run(`CREATE TABLE t AS SELECT CAST(range AS DOUBLE) AS x FROM range(${Math.floor(rows)})`);

/** Reasons text of the scoring function's shape and size (~620 bytes): six reasons, six doubles. */
function reasonsJson(x: number): string {
  const r = (lo: number, feature: string, value: string, points: number): string =>
    `{"log_odds":${lo},"feature":"${feature}","value":"${value}","points":${points}}`;
  return (
    `{"positive":[${r(x * 1.1e-7, 'what_is_your_current_occupation', 'Working Professional', 27)},` +
    `${r(x * 3.3e-8, 'total_visits', '176.14', 4)},${r(x * 7.7e-9, 'lead_source', 'Reference', 3)}],` +
    `"negative":[${r(-x * 1.3e-7, 'total_time_spent_on_website', '260.43', -11)},` +
    `${r(-x * 2.9e-8, 'what_matters_most_to_you_in_choosing_a_course', 'Better Career Prospects', -8)},` +
    `${r(-x * 5.1e-9, 'last_activity', 'Email Link Clicked', -8)}]}`
  );
}
const constant = reasonsJson(12345);

const RESULT = STRUCT({ probability: DOUBLE, score: INTEGER, reasons: DuckDBVarCharType.create('JSON') });

interface Case {
  name: string;
  what: string;
  returns: DuckDBType;
  fill: (input: DuckDBVector<number>, output: DuckDBVector, n: number) => void;
  select: string;
}
const cases: Case[] = [
  {
    name: 'nothing',
    what: 'a function that writes nothing (the call itself)',
    returns: DOUBLE,
    fill: () => undefined,
    select: 'f_nothing(x)',
  },
  {
    name: 'double',
    what: 'one double per row',
    returns: DOUBLE,
    fill: (input, output, n) => {
      const out = output as DuckDBVector<number>;
      for (let i = 0; i < n; i++) out.setItem(i, (input.getItem(i) ?? 0) * 2);
      out.flush();
    },
    select: 'f_double(x)',
  },
  {
    name: 'constant',
    what: `the same ${constant.length}-byte JSON text per row`,
    returns: VARCHAR,
    fill: (_input, output, n) => {
      const out = output as DuckDBVector<string>;
      for (let i = 0; i < n; i++) out.setItem(i, constant);
      out.flush();
    },
    select: 'f_constant(x)',
  },
  {
    name: 'reasons',
    what: 'reasons JSON built per row (six doubles printed), in STRUCT(probability, score, reasons)',
    returns: RESULT,
    fill: (input, output, n) => {
      const struct = output as DuckDBStructVector;
      const p = struct.entryVectorAt(0) as DuckDBVector<number>;
      const s = struct.entryVectorAt(1) as DuckDBVector<number>;
      const r = struct.entryVectorAt(2) as DuckDBVector<string>;
      for (let i = 0; i < n; i++) {
        const x = input.getItem(i) ?? 0;
        p.setItem(i, x / rows);
        s.setItem(i, x % 100);
        r.setItem(i, reasonsJson(x));
      }
      struct.flush();
    },
    select: 'unnest(f_reasons(x))',
  },
];

console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
console.log(
  `DuckDB scalar function in JavaScript, ${rows.toLocaleString('en-US')} rows into a temporary table, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}:`,
);
for (const c of cases) {
  conn.registerScalarFunction(
    DuckDBScalarFunction.create({
      name: `f_${c.name}`,
      returnType: c.returns,
      parameterTypes: [DOUBLE],
      mainFunction(_info, input, output) {
        c.fill(input.getColumnVector(0) as DuckDBVector<number>, output, input.rowCount);
      },
    }),
  );
  let ms = 0;
  for (let run = 0; run < 2; run++) {
    const t0 = performance.now();
    await conn.run(`CREATE OR REPLACE TEMP TABLE o AS SELECT ${c.select} FROM t`);
    ms = performance.now() - t0;
  }
  const rate = Math.round(rows / (ms / 1000)).toLocaleString('en-US');
  console.log(`  ${c.what}: ${(ms / 1000).toFixed(2)} s = ${rate} rows/s`);
}
conn.closeSync();
instance.closeSync();
