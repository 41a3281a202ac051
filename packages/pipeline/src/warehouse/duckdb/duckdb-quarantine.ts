/**
 * Quarantine on DuckDB (SEMANTICS.md, "one bad file never blocks the pipe"): a file whose COPY failed is
 * recorded QUARANTINED with nothing loaded; a file whose rows failed the task's merge has its history row
 * turned QUARANTINED while its rows stay in leads_raw behind the stream offset. Releasing a quarantine
 * removes those rows and says RETRIED or DROPPED. Call each function inside the connection's serial turn.
 */
import { randomUUID } from 'node:crypto';
import { LeadpipeError, TerminalError, classifyError, errorMessage } from '../../errors.ts';
import { FailpointError } from '../../failpoints.ts';
import type { StagedFile } from '../../stage/stage.ts';
import { quarantinedResult, quarantineReason } from '../quarantine-reason.ts';
import { toIsoTime, toNumber, toNumberOrNull, toText } from '../rows.ts';
import type { LoadFileResult, QuarantinedFile, TaskRunResult } from '../warehouse.ts';
import type { DuckDbConnection } from './duckdb-connection.ts';
import { DUCKDB_STREAM } from './duckdb-ddl.ts';
import { INSERT_LOAD_HISTORY_SQL } from './duckdb-load-sql.ts';
import { MOVE_OFFSET_SQL } from './duckdb-task-sql.ts';

/** Quarantined loads, newest first. */
export const QUARANTINED_SQL = `SELECT load_id, file_name, checksum, reason, row_count, raw_id_from, raw_id_to, last_load_time
FROM load_history WHERE status = 'QUARANTINED' ORDER BY last_load_time DESC, load_id`;
/** One quarantined load by id. */
export const QUARANTINED_LOAD_SQL = `SELECT raw_id_from, raw_id_to FROM load_history WHERE load_id = $load_id AND status = 'QUARANTINED'`;
/** The loaded files whose rows lie in the stream range ($from, $to], in raw_id order. */
export const FILES_IN_RANGE_SQL = `SELECT load_id, file_name, raw_id_to FROM load_history
WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND status IN ('LOADED', 'PARTIALLY_LOADED') ORDER BY raw_id_from`;
/** Turns a loaded file's history row QUARANTINED (its rows failed the task). */
export const QUARANTINE_LOAD_SQL = `UPDATE load_history SET status = 'QUARANTINED', reason = $reason, last_load_time = $now WHERE load_id = $load_id`;
/** How many raw rows one load holds. */
export const COUNT_LOAD_ROWS_SQL = `SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id BETWEEN $from AND $to AND load_id = $load_id`;
/** The raw rows of one load (its raw_id range bounds the scan). */
export const DELETE_LOAD_ROWS_SQL = `DELETE FROM leads_raw_rows WHERE raw_id BETWEEN $from AND $to AND load_id = $load_id`;
/** The rejected rows of one load (a retried load records its own again). */
export const DELETE_LOAD_ERRORS_SQL = `DELETE FROM load_errors WHERE load_id = $load_id`;
/** Ends a quarantine. */
export const RELEASE_QUARANTINE_SQL = `UPDATE load_history SET status = $outcome, last_load_time = $now WHERE load_id = $load_id AND status = 'QUARANTINED'`;

/** Records a staged file whose COPY failed as QUARANTINED (nothing of it loaded). */
export async function recordCopyQuarantine(
  db: DuckDbConnection,
  file: StagedFile,
  options: { stageLocation: string; reason: string },
): Promise<LoadFileResult> {
  const loadId = randomUUID();
  await db.run(INSERT_LOAD_HISTORY_SQL, {
    load_id: loadId,
    file_name: file.name,
    stage: options.stageLocation,
    checksum: file.checksum,
    size: file.size,
    source_checksum: file.sourceChecksum,
    status: 'QUARANTINED',
    reason: options.reason,
    row_count: 0,
    row_parsed: file.rowsParsed,
    error_count: 0,
    first_message: null,
    first_line: null,
    first_column: null,
    inferred: null,
    raw_from: null,
    raw_to: null,
    now: new Date().toISOString(),
  });
  return quarantinedResult(file, options.reason, loadId);
}

/** The quarantined loads, newest first. */
export async function readQuarantined(db: DuckDbConnection): Promise<QuarantinedFile[]> {
  const rows = await db.run(QUARANTINED_SQL);
  return rows.map((r) => ({
    loadId: toText(r.load_id),
    fileName: toText(r.file_name),
    checksum: toText(r.checksum),
    phase: toNumberOrNull(r.raw_id_from) === null ? 'copy' : 'task',
    reason: toText(r.reason),
    rows: toNumber(r.row_count),
    quarantinedAt: toIsoTime(r.last_load_time),
  }));
}

/** Ends one load's quarantine in one transaction (see Warehouse.releaseQuarantine). */
export async function releaseQuarantine(
  db: DuckDbConnection,
  loadId: string,
  outcome: 'RETRIED' | 'DROPPED',
): Promise<{ rowsRemoved: number }> {
  return db.transaction(async () => {
    const load = (await db.run(QUARANTINED_LOAD_SQL, { load_id: loadId }))[0];
    if (!load) throw new TerminalError('E_NOT_QUARANTINED', `load ${loadId} is not quarantined`);
    let rowsRemoved = 0;
    const from = toNumberOrNull(load.raw_id_from);
    const to = toNumberOrNull(load.raw_id_to);
    if (from !== null && to !== null) {
      const before = toNumber((await db.run(COUNT_LOAD_ROWS_SQL, { from, to, load_id: loadId }))[0]?.n);
      await db.run(DELETE_LOAD_ROWS_SQL, { from, to, load_id: loadId });
      rowsRemoved = before;
    }
    if (outcome === 'RETRIED') await db.run(DELETE_LOAD_ERRORS_SQL, { load_id: loadId });
    await db.run(RELEASE_QUARANTINE_SQL, { outcome, load_id: loadId, now: new Date().toISOString() });
    return { rowsRemoved };
  });
}

// DuckDB's error classes that a value, a name or a size in the data can raise (a lock conflict, an
// internal error or a closed connection is not the data's fault, and quarantining would hide it).
const DATA_ERROR =
  /^(Conversion|Binder|Catalog|Invalid Input|Out of Range|Out of Memory|Constraint|Not implemented) Error\b/;

/**
 * Whether a failed merge may be the data's fault, so finding the file that caused it is worth it: DuckDB's
 * data error classes, and a failpoint set for one file (the tests' stand-in). leadpipe's own errors (a model
 * not active), transient ones and plain failpoints (crash tests) are not: the task fails as before.
 */
export function isDataError(err: unknown): boolean {
  if (err instanceof FailpointError) return err.subject !== undefined;
  if (err instanceof LeadpipeError || classifyError(err) === 'transient') return false;
  return DATA_ERROR.test(errorMessage(err));
}

/** What {@link mergeFilesApart} did. */
export interface MergedApart {
  merged: TaskRunResult[];
  quarantined: { file: string; loadId: string; reason: string }[];
  /** The stream offset after it: past the slice, or past the last rows of a quarantined file that run on. */
  offset: number;
}

/**
 * Merges the stream range (from, to] file by file after a data error failed it whole: each file's rows
 * (ids are dense and in file order, so a file is one sub-range) go through `mergeRange`, its own committed
 * slice; a file whose merge fails with a data error is quarantined, and in the same transaction the stream
 * offset moves past all its rows (beyond the slice when the file runs on), so the files after it merge. Any other error is thrown as is. With no loaded
 * file in the range there is nothing to blame: `cause` is thrown.
 */
export async function mergeFilesApart(
  db: DuckDbConnection,
  { from, to }: { from: number; to: number },
  cause: unknown,
  mergeRange: (range: { from: number; to: number }) => Promise<TaskRunResult>,
): Promise<MergedApart> {
  const files = await db.run(FILES_IN_RANGE_SQL, { from, to });
  if (files.length === 0) throw cause;
  const out: MergedApart = { merged: [], quarantined: [], offset: to };
  let at = from;
  for (const [i, f] of files.entries()) {
    // The last file's sub-range runs to the end of the slice (rows of no file, if any, go with it).
    const end = i === files.length - 1 ? to : Math.min(to, toNumber(f.raw_id_to));
    if (end <= at) continue;
    try {
      out.merged.push(await mergeRange({ from: at, to: end }));
    } catch (err) {
      if (!isDataError(err)) throw err;
      const loadId = toText(f.load_id);
      const reason = `the task could not merge its rows: ${quarantineReason(err)}`;
      // Past all of the file's rows, not just the slice's: a file longer than the slice would otherwise
      // have its later rows merged by the next slice while the file is quarantined.
      const past = Math.max(end, toNumber(f.raw_id_to));
      await db.transaction(async () => {
        await db.run(QUARANTINE_LOAD_SQL, { reason, now: new Date().toISOString(), load_id: loadId });
        await db.run(MOVE_OFFSET_SQL, { to: past, name: DUCKDB_STREAM });
      });
      out.offset = Math.max(out.offset, past);
      out.quarantined.push({ file: toText(f.file_name), loadId, reason });
    }
    at = end;
  }
  return out;
}
