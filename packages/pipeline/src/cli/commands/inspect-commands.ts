/**
 * `validate`, `status`, `query`, `generate`.
 */
import path from 'node:path';
import { UsageError } from '../../errors.ts';
import { readResolvedHome } from '../../pipeline/home.ts';
import { pipeStatus } from '../../pipeline/pipe.ts';
import { validateFile } from '../../pipeline/validate.ts';
import { writeSyntheticLeadsCsv } from '../../sample/generate-leads.ts';
import { expandInputsOrThrow } from '../input-files.ts';
import { settingsLines } from './home-commands.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom, n, printJson, table, withLeadpipe } from '../shared.ts';

/** `leadpipe validate files...` */
export async function validateCommand(
  files: string[],
  opts: { json?: boolean; maxErrors: string },
  global: GlobalOptions,
): Promise<void> {
  // The home's key, null tokens and schema (leadpipe init), read without creating a warehouse.
  const { config, schema } = await readResolvedHome(configFrom(global));
  const max = Number.parseInt(opts.maxErrors, 10);
  if (!Number.isFinite(max) || max < 0) throw new UsageError('--max-errors takes a whole number');
  const reports = [];
  for (const f of await expandInputsOrThrow(files)) reports.push(await validateFile(config, schema, f, max));
  if (opts.json) printJson(reports);
  else {
    for (const r of reports) {
      const s = r.summary;
      process.stdout.write(`${r.file}: ${r.valid ? 'VALID' : 'INVALID'}${r.error ? ` (${r.error})` : ''}\n`);
      if (s) {
        process.stdout.write(
          `  format ${s.format}${s.compressed ? ' (gzip)' : ''}${s.delimiter ? `, delimiter ${JSON.stringify(s.delimiter)}` : ''}; ` +
            `${n(s.rowsParsed)} rows, ${n(s.rowsAccepted)} valid, ${n(s.rowsRejected)} rejected; ${s.columns.length} columns\n`,
        );
        if (s.missingRequired.length)
          process.stdout.write(`  missing required columns: ${s.missingRequired.join(', ')}\n`);
        if (r.undeclaredColumns.length)
          process.stdout.write(`  undeclared columns (inferred): ${r.undeclaredColumns.join(', ')}\n`);
      }
      for (const e of r.errors) process.stdout.write(`  line ${e.line}: ${e.reason}\n`);
    }
  }
  if (reports.some((r) => !r.valid)) process.exitCode = 1;
}

/** `leadpipe status` */
export async function statusCommand(opts: { json?: boolean }, global: GlobalOptions): Promise<void> {
  const config = configFrom(global);
  const status = await withLeadpipe(config, async (lp) => ({
    home: config.home,
    settings: { ...lp.home, stored: lp.homeStored },
    warehouse: lp.warehouse.capabilities.engine,
    stage: lp.stage.location,
    pipe: await pipeStatus(lp),
    stream: await lp.warehouse.streamStatus(),
    task: { ...(await lp.warehouse.taskStatus()), suspendAfterFailures: config.taskSuspendAfterFailures },
    loadHistory: await lp.warehouse.loadHistory({ limit: 20 }),
    taskHistory: await lp.warehouse.taskHistory({ limit: 10 }),
    leads: Number((await lp.warehouse.query('SELECT count(*) AS n FROM leads_final'))[0]?.n ?? 0),
  }));
  if (opts.json) return printJson(status);
  const p = status.pipe;
  process.stdout.write(
    `home ${status.home} (${status.warehouse}, stage ${status.stage})\n` +
      settingsLines(status.settings)
        .map((l) => `  ${l}\n`)
        .join('') +
      (status.settings.stored
        ? ''
        : '  (no settings stored: defaults and configuration; see leadpipe init)\n') +
      `leads_final: ${n(status.leads)} leads\n` +
      `pipe: ${p.executionState}, ${p.pendingFileCount} pending file(s)${p.oldestPendingFile ? ` (oldest ${p.oldestPendingFile})` : ''}; ` +
      `last ingested ${p.lastIngestedFile ?? '-'} at ${p.lastIngestedTime ?? '-'}` +
      `${p.lastError ? `; last error ${p.lastError}` : ''}\n` +
      `stream ${status.stream.name}: offset ${n(status.stream.offset)}, ${n(status.stream.pendingRows)} row(s) pending\n` +
      `task ${status.task.name}: ${status.task.state}, ${status.task.consecutiveFailures} consecutive failure(s)\n\n` +
      `load history:\n${table(status.loadHistory.map((h) => ({ time: h.lastLoadTime, file: h.fileName, status: h.status, rows: n(h.rowCount), errors: n(h.errorCount), note: h.firstErrorMessage ?? h.reason ?? '' })))}\n\n` +
      `task runs:\n${table(status.taskHistory.map((t) => ({ time: t.queryStartTime, state: t.state, consumed: n(t.rowsConsumed), inserted: n(t.inserted), updated: n(t.updated), unchanged: n(t.unchanged), error: t.errorMessage ?? '' })))}\n`,
  );
}

/** `leadpipe query "SQL"` */
export async function queryCommand(
  sql: string,
  opts: { json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global);
  const rows = await withLeadpipe(config, (lp) => lp.warehouse.query(sql));
  if (opts.json) printJson(rows);
  else process.stdout.write(table(rows) + '\n');
}

/** `leadpipe generate --rows N --out FILE` */
export async function generateCommand(opts: { rows: string; out: string; seed: string }): Promise<void> {
  const rows = Number.parseInt(opts.rows, 10);
  const seed = Number.parseInt(opts.seed, 10);
  if (!Number.isSafeInteger(rows) || rows < 0) throw new UsageError('--rows takes a whole number');
  if (!Number.isSafeInteger(seed)) throw new UsageError('--seed takes a whole number');
  await writeSyntheticLeadsCsv(path.resolve(opts.out), rows, seed);
  process.stdout.write(`wrote ${n(rows)} synthetic leads to ${opts.out}\n`);
}
