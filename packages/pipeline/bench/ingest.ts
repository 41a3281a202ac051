/**
 * Ingest benchmark: end-to-end `run` (CSV -> staged NDJSON -> leads_raw -> task -> leads_final) against
 * DuckDB's own `read_csv` of the same file into a table, in the same process, with the ratio and peak RSS.
 *
 *   npm run bench:ingest -- FILE            (a CSV; e.g. from shared/tools/make-leads.mjs)
 *   npm run bench:ingest -- --rows 1000000  (generates the file with make-leads first)
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadConfigOrThrow } from '../src/config/config.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run.ts';

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
  const lp = await openLeadpipe(loadConfigOrThrow({ env: {}, cwd: home, flags: { home } }));
  const t0 = performance.now();
  const summary = await runPipeline(lp, [file]);
  const leadpipeMs = performance.now() - t0;
  await lp.close();
  const rows = summary.totals.rowsLoaded;
  const rssAfterLeadpipe = process.resourceUsage().maxRSS * 1024;

  const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
  const conn = await db.connect();
  const t1 = performance.now();
  await conn.run(`CREATE TABLE ref AS SELECT * FROM read_csv($file, header = true)`, { file });
  const duckMs = performance.now() - t1;
  const refRows = Number(
    (await conn.runAndReadAll('SELECT count(*) AS n FROM ref')).getRowObjectsJson()[0]?.n,
  );
  conn.closeSync();
  db.closeSync();

  const mib = (b: number): string => (b / 1048576).toFixed(0) + ' MiB';
  console.log(
    `file: ${file} (${mib(bytes)}, ${rows.toLocaleString('en-US')} rows loaded; DuckDB read ${refRows.toLocaleString('en-US')})`,
  );
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
  console.log(
    `leadpipe run (end to end):  ${(leadpipeMs / 1000).toFixed(2)} s  ${Math.round(rows / (leadpipeMs / 1000)).toLocaleString('en-US')} rows/s`,
  );
  console.log(
    `duckdb read_csv -> table:   ${(duckMs / 1000).toFixed(2)} s  ${Math.round(refRows / (duckMs / 1000)).toLocaleString('en-US')} rows/s`,
  );
  console.log(`ratio (leadpipe / duckdb):  ${(leadpipeMs / duckMs).toFixed(2)}x`);
  console.log(
    `peak RSS during leadpipe run: ${mib(rssAfterLeadpipe)}; process peak: ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );
  console.log(
    `task: ${summary.task.state}, ${summary.task.inserted} inserted${summary.task.error ? ` (${summary.task.error})` : ''}`,
  );
} finally {
  await rm(home, { recursive: true, force: true });
}
