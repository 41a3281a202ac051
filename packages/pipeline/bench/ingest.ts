/**
 * Ingest benchmark: end-to-end `run` (CSV -> stage -> leads_raw -> task -> leads_final -> scores) against
 * DuckDB's own `read_csv` of the same file into a table, in the same process, with the ratio and peak RSS.
 * Two references, both with DuckDB's defaults: a table in a database file (what leadpipe writes: a
 * persistent table, committed), and a table in an in-memory database (parsing only, nothing stored).
 *
 *   npm run bench:ingest -- FILE            (a CSV; e.g. from shared/tools/make-leads.mjs)
 *   npm run bench:ingest -- --rows 1000000  (generates the file with make-leads first)
 *   npm run bench:ingest -- --rows 1000000 --compare-sql  (also the task scoring with the model's SQL)
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadConfigOrThrow } from '../src/config/config.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { loadFiles } from '../src/pipeline/pipe.ts';
import { putFile } from '../src/pipeline/put.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { activeModel } from '../src/pipeline/score.ts';

const args = process.argv.slice(2);
let file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rows');
const rowsFlag = args.indexOf('--rows');
if (!file) {
  const rows = rowsFlag >= 0 ? Number(args[rowsFlag + 1]) : 1_000_000;
  file = path.join(os.tmpdir(), `leadpipe-bench-${rows}.csv`);
  if (!existsSync(file)) {
    const tool = fileURLToPath(new URL('../../../../shared/tools/make-leads.mjs', import.meta.url));
    console.log(`generating ${rows} rows with ${tool} ...`);
    const r = spawnSync(process.execPath, [tool, '--rows', String(rows), '--out', file, '--quiet'], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(1);
  }
}
const bytes = (await stat(file)).size;
const home = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-bench-home-'));
try {
  const env = process.env.LEADPIPE_DUCKDB_MEMORY_LIMIT
    ? { LEADPIPE_DUCKDB_MEMORY_LIMIT: process.env.LEADPIPE_DUCKDB_MEMORY_LIMIT }
    : {};
  /** Runs one phase: its result, its time and the process's peak RSS so far. */
  const phase = async <T>(fn: () => Promise<T>): Promise<[T, number, number]> => {
    const t = performance.now();
    const r = await fn();
    return [r, performance.now() - t, process.resourceUsage().maxRSS * 1024];
  };
  // First the time to a scored-ready leads_final (a home without a model: PUT, COPY, merge), so that its
  // peak RSS is its own (the process peak only grows). Then what `leadpipe run` does with the default
  // model, phase by phase: PUT, COPY, then the task, which merges and scores each slice.
  const home2 = home + '-unscored';
  const lp2 = await openLeadpipe(loadConfigOrThrow({ env, cwd: home2, flags: { home: home2 } }));
  const [put2, put2Ms] = await phase(() => putFile(lp2, file));
  if (!put2.ok) throw new Error(put2.error);
  const [, copy2Ms] = await phase(() => loadFiles(lp2, [put2.file]));
  const [, mergeMs] = await phase(() =>
    lp2.warehouse.runTask({ suspendAfterFailures: lp2.config.taskSuspendAfterFailures }),
  );
  await lp2.close();
  await rm(home2, { recursive: true, force: true });
  const rssReady = process.resourceUsage().maxRSS * 1024;

  const lp = await openLeadpipe(loadConfigOrThrow({ env, cwd: home, flags: { home } }));
  const { sql: scoring } = await activeModel(lp);
  const [put, putMs, putPeak] = await phase(() => putFile(lp, file));
  if (!put.ok) throw new Error(put.error);
  const [loaded, loadMs, loadPeak] = await phase(() => loadFiles(lp, [put.file]));
  const [task, taskMs, taskPeak] = await phase(() =>
    lp.warehouse.runTask({ suspendAfterFailures: lp.config.taskSuspendAfterFailures, scoring }),
  );
  const rssAfterLeadpipe = process.resourceUsage().maxRSS * 1024;
  // Re-runs in the same home, nothing changed (issue #18: "within 1x"). (a) `leadpipe run FILE` again: the
  // load history has the file. (b) the same rows under a new name (a nightly export that did not change):
  // PUT and COPY load them, and the task finds every row unchanged by its hash. The copy is not timed.
  const [again, againMs] = await phase(() => runPipeline(lp, [file]));
  if (again.files[0]?.status !== 'SKIPPED') throw new Error(`re-run: ${again.files[0]?.status ?? 'no file'}`);
  const renamed = path.join(home, 'nightly-export.csv');
  await copyFile(file, renamed);
  const [put4, put4Ms] = await phase(() => putFile(lp, renamed));
  if (!put4.ok) throw new Error(put4.error);
  const [, copy4Ms] = await phase(() => loadFiles(lp, [put4.file]));
  const [task4, task4Ms] = await phase(() =>
    lp.warehouse.runTask({ suspendAfterFailures: lp.config.taskSuspendAfterFailures, scoring }),
  );
  await lp.close();
  const rows = loaded[0]?.rowsLoaded ?? 0;

  // --compare-sql: the same run once more in a third home, the task scoring with the model's SQL (the
  // scoring function taken away): the before of issue #18, in this process.
  let sqlTaskMs: number | undefined;
  if (args.includes('--compare-sql')) {
    const home3 = home + '-sql';
    const lp3 = await openLeadpipe(loadConfigOrThrow({ env, cwd: home3, flags: { home: home3 } }));
    const { scoringFunction: _fn, ...sqlScoring } = (await activeModel(lp3)).sql;
    const put3 = await putFile(lp3, file);
    if (!put3.ok) throw new Error(put3.error);
    await loadFiles(lp3, [put3.file]);
    const [, ms] = await phase(() =>
      lp3.warehouse.runTask({
        suspendAfterFailures: lp3.config.taskSuspendAfterFailures,
        scoring: sqlScoring,
      }),
    );
    await lp3.close();
    await rm(home3, { recursive: true, force: true });
    sqlTaskMs = ms;
  }

  /** DuckDB's own load of the file into a table of `database`: its time and the rows it read. */
  const reference = async (database: string): Promise<[number, number]> => {
    const db = await DuckDBInstance.create(database, { autoinstall_known_extensions: 'false' });
    const conn = await db.connect();
    const t1 = performance.now();
    await conn.run(`CREATE TABLE ref AS SELECT * FROM read_csv($file, header = true)`, { file });
    const ms = performance.now() - t1;
    const n = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM ref')).getRowObjectsJson()[0]?.n);
    conn.closeSync();
    db.closeSync();
    return [ms, n];
  };
  const [fileMs] = await reference(path.join(home, 'reference.duckdb'));
  const [duckMs, refRows] = await reference(':memory:');

  const mib = (b: number): string => (b / 1048576).toFixed(0) + ' MiB';
  const s = (ms: number): string => (ms / 1000).toFixed(2) + ' s';
  const rate = (n: number, ms: number): string => Math.round(n / (ms / 1000)).toLocaleString('en-US');
  const allMs = putMs + loadMs + taskMs;
  const readyMs = put2Ms + copy2Ms + mergeMs;
  console.log(
    `file: ${file} (${mib(bytes)}, ${rows.toLocaleString('en-US')} rows loaded; DuckDB read ${refRows.toLocaleString('en-US')})`,
  );
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
  const peak = (bytes: number): string => `peak RSS so far ${mib(bytes)}`;
  console.log(`leadpipe run, phase by phase (DuckDB memory limit ${lp.config.duckdbMemoryLimit}):`);
  console.log(`  PUT (read, check, stage):   ${s(putMs)}  ${peak(putPeak)}`);
  console.log(`  COPY INTO leads_raw:        ${s(loadMs)}  ${peak(loadPeak)}`);
  console.log(
    `  task (merge + scoring):     ${s(taskMs)}  ${peak(taskPeak)}  (${task.state}, ${task.inserted.toLocaleString('en-US')} inserted, ${task.scored.toLocaleString('en-US')} scored)`,
  );
  console.log(
    `  same file, no model (run first): PUT ${s(put2Ms)}, COPY ${s(copy2Ms)}, task (merge only) ${s(mergeMs)}; peak RSS ${mib(rssReady)}`,
  );
  if (sqlTaskMs !== undefined)
    console.log(
      `  the same task scoring with the model's SQL instead of the scoring function (--compare-sql): ${s(sqlTaskMs)}`,
    );
  console.log(`leadpipe to scored leads_final:       ${s(allMs)}  ${rate(rows, allMs)} rows/s`);
  console.log(`leadpipe to scored-ready leads_final: ${s(readyMs)}  ${rate(rows, readyMs)} rows/s`);
  console.log(`duckdb read_csv -> table in a file:   ${s(fileMs)}  ${rate(refRows, fileMs)} rows/s`);
  console.log(`duckdb read_csv -> in-memory table:   ${s(duckMs)}  ${rate(refRows, duckMs)} rows/s`);
  console.log(
    `ratio (leadpipe / duckdb, table in a file): ${(readyMs / fileMs).toFixed(2)}x to scored-ready, ${(allMs / fileMs).toFixed(2)}x with scores`,
  );
  console.log(
    `ratio (leadpipe / duckdb, in-memory table): ${(readyMs / duckMs).toFixed(2)}x to scored-ready, ${(allMs / duckMs).toFixed(2)}x with scores`,
  );
  const n = (v: number): string => v.toLocaleString('en-US');
  console.log(
    `re-run, same file: ${s(againMs)} = ${(againMs / fileMs).toFixed(2)}x read_csv (table in a file)`,
  );
  console.log(
    `re-run, same rows in a new file: PUT ${s(put4Ms)}, COPY ${s(copy4Ms)}, task ${s(task4Ms)} (${n(task4.inserted)} inserted, ${n(task4.updated)} updated, ${n(task4.unchanged)} unchanged, ${n(task4.scored)} scored) = ${((put4Ms + copy4Ms + task4Ms) / fileMs).toFixed(2)}x`,
  );
  console.log(
    `peak RSS: ${mib(rssReady)} to scored-ready, ${mib(rssAfterLeadpipe)} with scores; process peak: ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );
} finally {
  await rm(home, { recursive: true, force: true });
}
