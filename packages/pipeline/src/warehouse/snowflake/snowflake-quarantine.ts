/**
 * Quarantine on Snowflake: a file whose COPY failed for a reason no row check caught is recorded
 * QUARANTINED in LOAD_HISTORY with nothing loaded (the COPY's transaction rolled back), so the next file
 * loads; releasing it says RETRIED or DROPPED. The task runs natively in Snowflake, so a merge failure is
 * not split by file here (SEMANTICS.md says so). Call each function inside the serial turn, under retry.
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

/** The quarantined loads, newest first (all failed at COPY on this engine). */
export async function readQuarantined(run: SnowflakeRunner): Promise<QuarantinedFile[]> {
  const rows = await run.exec(SF_QUARANTINED_SQL);
  return rows.map((r) => ({
    loadId: toText(r.LOAD_ID),
    fileName: toText(r.FILE_NAME),
    checksum: toText(r.CHECKSUM),
    phase: 'copy',
    reason: toText(r.REASON),
    rows: toNumber(r.ROW_COUNT),
    quarantinedAt: toIsoTime(r.LAST_LOAD_TIME),
  }));
}

/** Ends one quarantine; nothing of a COPY-quarantined file is in LEADS_RAW, so no row is removed. */
export async function releaseQuarantine(
  run: SnowflakeRunner,
  loadId: string,
  outcome: 'RETRIED' | 'DROPPED',
): Promise<{ rowsRemoved: number }> {
  if ((await run.exec(SF_QUARANTINED_LOAD_SQL, [loadId])).length === 0)
    throw new TerminalError('E_NOT_QUARANTINED', `load ${loadId} is not quarantined`);
  await run.exec(SF_RELEASE_QUARANTINE_SQL, [outcome, loadId]);
  return { rowsRemoved: 0 };
}
