/**
 * Quarantine on Snowflake: a file whose COPY failed for a reason no row check caught is recorded
 * QUARANTINED in LOAD_HISTORY with nothing loaded (the COPY's transaction rolled back), so the next file
 * loads; a file whose rows failed the task's merge is recorded QUARANTINED by the task procedure
 * (snowflake-task-procedure-sql.ts) with its rows held in LEADS_RAW, out of the task's backlog. Releasing
 * one removes those rows and says RETRIED or DROPPED. Call each function inside the serial turn, under retry.
 */
import { TerminalError } from '../../errors.ts';
import type { StagedFile } from '../../stage/stage.ts';
import { quarantinedResult } from '../quarantine-reason.ts';
import { quoteIdent as q } from '../sql-ident.ts';
import { toIsoTime, toNumber, toText } from '../rows.ts';
import type { LoadFileResult, QuarantinedFile } from '../warehouse.ts';
import type { SnowflakeRunner } from './snowflake-connection.ts';
import { SF } from './snowflake-ddl.ts';
import { INSERT_LOAD_HISTORY_SQL } from './snowflake-load-sql.ts';

/** Quarantined loads, newest first. */
export const SF_QUARANTINED_SQL = `SELECT "LOAD_ID", "FILE_NAME", "CHECKSUM", "REASON", "ROW_COUNT", "LAST_LOAD_TIME"
FROM ${q(SF.loadHistory)} WHERE "STATUS" = 'QUARANTINED' ORDER BY "LAST_LOAD_TIME" DESC, "LOAD_ID"`;
/** One quarantined load by id (bind: load id). */
export const SF_QUARANTINED_LOAD_SQL = `SELECT 1 AS "Q" FROM ${q(SF.loadHistory)} WHERE "LOAD_ID" = ? AND "STATUS" = 'QUARANTINED'`;
/** The raw rows one load holds (bind: load id). */
export const SF_COUNT_LOAD_ROWS_SQL = `SELECT COUNT(*) AS "N" FROM ${q(SF.raw)} WHERE "LOAD_ID" = ?`;
/** Removes one load's raw rows, and any left in the task's backlog (bind: load id). */
export const SF_DELETE_LOAD_ROWS_SQL: readonly string[] = [
  `DELETE FROM ${q(SF.raw)} WHERE "LOAD_ID" = ?`,
  `DELETE FROM ${q(SF.backlog)} WHERE "LOAD_ID" = ?`,
];
/** The rejected rows of one load (a retried load records its own again; bind: load id). */
export const SF_DELETE_LOAD_ERRORS_SQL = `DELETE FROM ${q(SF.loadErrors)} WHERE "LOAD_ID" = ?`;
/** Ends a quarantine (binds: outcome, load id). */
export const SF_RELEASE_QUARANTINE_SQL = `UPDATE ${q(SF.loadHistory)} SET "STATUS" = ?, "LAST_LOAD_TIME" = CURRENT_TIMESTAMP()
WHERE "LOAD_ID" = ? AND "STATUS" = 'QUARANTINED'`;

/** Records a staged file whose COPY failed as QUARANTINED. */
export async function recordCopyQuarantine(
  run: SnowflakeRunner,
  file: StagedFile,
  options: { stageLocation: string; reason: string },
  loadId: string,
): Promise<LoadFileResult> {
  await run.exec(INSERT_LOAD_HISTORY_SQL, [
    loadId,
    file.name,
    options.stageLocation,
    file.checksum,
    file.size,
    file.sourceChecksum,
    'QUARANTINED',
    options.reason,
    0,
    file.rowsParsed,
    0,
    null,
    null,
    null,
    'null',
  ]);
  return quarantinedResult(file, options.reason, loadId);
}

/** The quarantined loads, newest first: a load with rows failed in the task (COPY quarantines load none). */
export async function readQuarantined(run: SnowflakeRunner): Promise<QuarantinedFile[]> {
  const rows = await run.exec(SF_QUARANTINED_SQL);
  return rows.map((r) => ({
    loadId: toText(r.LOAD_ID),
    fileName: toText(r.FILE_NAME),
    checksum: toText(r.CHECKSUM),
    phase: toNumber(r.ROW_COUNT) > 0 ? 'task' : 'copy',
    reason: toText(r.REASON),
    rows: toNumber(r.ROW_COUNT),
    quarantinedAt: toIsoTime(r.LAST_LOAD_TIME),
  }));
}

/**
 * Ends one quarantine in one transaction: the load's raw rows leave LEADS_RAW and the backlog (none for a
 * file quarantined at COPY), a retried load's rejected rows go (its new load records them again), and the
 * history row says RETRIED or DROPPED. Deleting from LEADS_RAW adds nothing to its append-only stream.
 */
export async function releaseQuarantine(
  run: SnowflakeRunner,
  loadId: string,
  outcome: 'RETRIED' | 'DROPPED',
): Promise<{ rowsRemoved: number }> {
  return run.transaction(async () => {
    if ((await run.exec(SF_QUARANTINED_LOAD_SQL, [loadId])).length === 0)
      throw new TerminalError('E_NOT_QUARANTINED', `load ${loadId} is not quarantined`);
    const rowsRemoved = toNumber((await run.exec(SF_COUNT_LOAD_ROWS_SQL, [loadId]))[0]?.N);
    if (rowsRemoved > 0) for (const sql of SF_DELETE_LOAD_ROWS_SQL) await run.exec(sql, [loadId]);
    if (outcome === 'RETRIED') await run.exec(SF_DELETE_LOAD_ERRORS_SQL, [loadId]);
    await run.exec(SF_RELEASE_QUARANTINE_SQL, [outcome, loadId]);
    return { rowsRemoved };
  });
}
