/**
 * COPY INTO LEADS_RAW on Snowflake: the cleaned file is PUT into its own folder of the internal stage,
 * then COPY and the load history row commit in one transaction under the load lock, exactly once per
 * (name, checksum); with AUTO_INGEST the file is handed to Snowpipe instead. Columns that a file brings are
 * added (or widened) first, because DDL commits at once in Snowflake.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { TerminalError } from '../../errors.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES, widenType } from '../../formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../../stage/stage.ts';
import { decideLoad, failedFileResult } from '../load-decision.ts';
import { toJsonText, toJsonTextOrNull, toNumber } from '../rows.ts';
import type { CopyOptions, LoadFileResult } from '../warehouse.ts';
import type { SnowflakeBind, SnowflakeRow, SnowflakeRunner } from './snowflake-connection.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import {
  REGISTER_COLUMN_SQL,
  RETYPE_COLUMN_SQL,
  SET_META_SQL,
  SF,
  addColumnSql,
  widenColumnSql,
} from './snowflake-ddl.ts';
import {
  CALL_VALIDATE_SQL,
  INSERT_LOAD_HISTORY_SQL,
  LOAD_LOCK_SQL,
  copyDataSql,
  copyRejectsSql,
  isLoadedSql,
  loadFolder,
  putSql,
  removeLoadSql,
} from './snowflake-load-sql.ts';
import { readRegistry } from './snowflake-status.ts';
import { toScoreViewSql } from './snowflake-store-sql.ts';
import { runTaskProcedureSql } from './snowflake-task-procedure-sql.ts';

/** What one COPY statement reports, summed over its files. */
export interface CopyOutcome {
  files: number;
  rowsParsed: number;
  rowsLoaded: number;
  errors: number;
  firstError: string | null;
  statuses: string[];
}

/**
 * Maps the rows a COPY returns (one per file: `file`, `status`, `rows_parsed`, `rows_loaded`,
 * `errors_seen`, `first_error`; or one `status` row saying no file was processed).
 */
export function copyOutcome(rows: readonly SnowflakeRow[]): CopyOutcome {
  const files = rows.filter((r) => r.file !== undefined || r.FILE !== undefined);
  const get = (r: SnowflakeRow, k: string): unknown => r[k] ?? r[k.toUpperCase()];
  return {
    files: files.length,
    rowsParsed: files.reduce((n, r) => n + toNumber(get(r, 'rows_parsed')), 0),
    rowsLoaded: files.reduce((n, r) => n + toNumber(get(r, 'rows_loaded')), 0),
    errors: files.reduce((n, r) => n + toNumber(get(r, 'errors_seen')), 0),
    firstError: files.map((r) => toJsonTextOrNull(get(r, 'first_error'))).find((e) => e) ?? null,
    statuses: files.map((r) => toJsonText(get(r, 'status'))),
  };
}

/** What a load needs to know of the engine: the key, AUTO_INGEST, and the core plan's hash for columns. */
export interface SnowflakeLoadContext {
  key: string;
  autoIngest: boolean;
  /** The hash of the core plan steps for these columns (stored as `ddl_hash` after a schema change). */
  coreHashFor: (columns: readonly FinalColumn[]) => string;
}

/**
 * Adds the columns a file brought (inferred at PUT) and widens inferred columns whose new type does not
 * fit. DDL commits at once in Snowflake, so this runs before the load's transaction; the merge procedure
 * and the view are created again for the new columns.
 */
async function evolveColumns(
  run: SnowflakeRunner,
  ctx: SnowflakeLoadContext,
  inferred: Record<string, ColumnType>,
): Promise<void> {
  const columns = await readRegistry(run);
  const byName = new Map(columns.map((c) => [c.name, c]));
  let changed = false;
  for (const [name, type] of Object.entries(inferred)) {
    if (!(COLUMN_TYPES as readonly string[]).includes(type)) continue;
    const col = byName.get(name);
    if (!col) {
      await run.exec(addColumnSql(name, type));
      await run.exec(REGISTER_COLUMN_SQL, [name, type, false, columns.length + 1]);
      const added = { name, type, declared: false };
      columns.push(added);
      byName.set(name, added);
      changed = true;
    } else if (!col.declared && col.type !== type) {
      const wider = widenType(col.type, type);
      if (wider === col.type) continue;
      for (const sql of widenColumnSql(name, wider)) await run.exec(sql);
      await run.exec(RETYPE_COLUMN_SQL, [wider, name]);
      col.type = wider;
      changed = true;
    }
  }
  if (!changed) return;
  await run.exec(toScoreViewSql());
  await run.exec(runTaskProcedureSql(columns, ctx.key));
  await run.exec(SET_META_SQL, ['ddl_hash', ctx.coreHashFor(columns)]);
}

/** Whether (name, checksum) is loaded; with AUTO_INGEST a hand-over in progress counts (call inside the serial turn). */
export async function isLoaded(
  run: SnowflakeRunner,
  autoIngest: boolean,
  name: string,
  checksum: string,
): Promise<boolean> {
  return (await run.exec(isLoadedSql(autoIngest), [name, checksum])).length > 0;
}

function historyBinds(file: StagedFile, options: CopyOptions, r: LoadFileResult): SnowflakeBind[] {
  return [
    r.loadId ?? '',
    file.name,
    options.stageLocation,
    file.checksum,
    file.size,
    file.sourceChecksum,
    r.status,
    r.reason ?? null,
    r.rowsLoaded,
    r.rowsParsed,
    r.errorCount,
    r.firstError?.reason ?? null,
    r.firstError?.line ?? null,
    r.firstError?.column ?? null,
    JSON.stringify(file.inferred),
  ];
}

/**
 * Loads one staged file (call inside the serial turn, under retry): evolves the columns, then PUT and COPY
 * with the history row in one transaction under the load lock, or hands the file to Snowpipe with
 * AUTO_INGEST. A file already loaded with the same checksum is SKIPPED unless `options.force`.
 */
export async function copyStagedFile(
  run: SnowflakeRunner,
  ctx: SnowflakeLoadContext,
  file: StagedFile,
  copy: LocalCopy,
  options: CopyOptions,
): Promise<LoadFileResult> {
  await evolveColumns(run, ctx, file.inferred);
  const loadId = randomUUID();
  const base: LoadFileResult = {
    file: file.name,
    checksum: file.checksum,
    status: 'LOADED',
    rowsParsed: file.rowsParsed,
    rowsLoaded: 0,
    errorCount: file.rowsRejected,
    loadId,
    ...(file.firstError ? { firstError: file.firstError } : {}),
  };
  const skipped: LoadFileResult = {
    ...base,
    status: 'SKIPPED',
    reason: 'already loaded with the same checksum (use --force to reload)',
    rowsParsed: 0,
    errorCount: 0,
  };
  delete skipped.firstError;
  const recordSkipped = async (): Promise<LoadFileResult> => {
    await run.exec(INSERT_LOAD_HISTORY_SQL, historyBinds(file, options, skipped));
    return skipped;
  };
  const loaded = (): Promise<boolean> => isLoaded(run, ctx.autoIngest, file.name, file.checksum);
  if (!options.force && (await loaded())) return recordSkipped();

  if (ctx.autoIngest) {
    // Snowpipe loads the S3 stage's copy of this file; the history row says so until COPY_HISTORY
    // resolves it (see loadHistory).
    const handed: LoadFileResult = {
      ...base,
      status: 'LOAD_IN_PROGRESS',
      reason: `handed to Snowpipe ${SF.pipe} (AUTO_INGEST)`,
      rowsLoaded: 0,
    };
    return run.transaction(async () => {
      await run.exec(LOAD_LOCK_SQL);
      if (!options.force && (await loaded())) return recordSkipped();
      await run.exec(INSERT_LOAD_HISTORY_SQL, historyBinds(file, options, handed));
      return handed;
    });
  }

  const hasErrors = file.rowsRejected > 0;
  const { loadRows, status, reason, aborted } = decideLoad(file, options.onError);
  try {
    // PUT is a client-side upload, not part of any transaction: it comes first, into this load's folder.
    if (loadRows) await run.exec(putSql(copy.dataPath, loadId, 'data'));
    if (hasErrors) await run.exec(putSql(copy.rejectsPath, loadId, 'rejects'));
    return await run.transaction(async () => {
      await run.exec(LOAD_LOCK_SQL);
      if (!options.force && (await loaded())) return recordSkipped();
      if (loadRows) {
        const outcome = copyOutcome(await run.exec(copyDataSql(file.name, loadId)));
        if (outcome.files !== 1 || outcome.rowsLoaded !== file.rowsAccepted) {
          throw new TerminalError(
            'E_SNOWFLAKE_COPY',
            `${file.name}: COPY loaded ${outcome.rowsLoaded} of ${file.rowsAccepted} row(s) from ${outcome.files} file(s)${outcome.firstError ? `: ${outcome.firstError}` : ''}`,
          );
        }
      }
      if (hasErrors) await run.exec(copyRejectsSql(file.name, loadId));
      const result: LoadFileResult = {
        ...base,
        status,
        rowsLoaded: loadRows ? file.rowsAccepted : 0,
        ...(reason ? { reason } : {}),
        ...(aborted ? { aborted } : {}),
      };
      await run.exec(INSERT_LOAD_HISTORY_SQL, historyBinds(file, options, result));
      return result;
    });
  } finally {
    if (loadRows || hasErrors) await run.exec(removeLoadSql(loadId)).catch(() => undefined);
  }
}

/** Records a file that failed before it could be staged (LOAD_FAILED, one error: the reason; call inside the serial turn). */
export async function recordFailedFile(
  run: SnowflakeRunner,
  file: { name: string; sourceChecksum: string; sourceSize: number; stageLocation: string; reason: string },
  loadId: string,
): Promise<LoadFileResult> {
  await run.exec(INSERT_LOAD_HISTORY_SQL, [
    loadId,
    file.name,
    file.stageLocation,
    file.sourceChecksum,
    file.sourceSize,
    file.sourceChecksum,
    'LOAD_FAILED',
    file.reason,
    0,
    0,
    1,
    file.reason,
    null,
    null,
    'null',
  ]);
  return failedFileResult(file, loadId);
}

/** What LEADPIPE_VALIDATE_STAGED_FILE returns (its OBJECT), as the engine reports it. */
export interface StagedFileCheck {
  file: string;
  valid: boolean;
  reason: string | null;
  rows: number;
  notDocuments: number;
  rowsWithoutKey: number;
  rowsWithTypeErrors: number;
  /** Per typed declared column, the values that do not fit its type (columns without any left out). */
  typeErrors: Record<string, number>;
  columns: string[];
  missingDeclaredColumns: string[];
  undeclaredColumns: string[];
}

/** Maps the procedure's OBJECT (a VARIANT: an object, or its JSON text) to a {@link StagedFileCheck}. */
export function stagedFileCheck(value: unknown, file: string): StagedFileCheck {
  const v = (typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;
  const list = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : []);
  const counts = (x: unknown): Record<string, number> =>
    Object.fromEntries(
      Object.entries((x ?? {}) as Record<string, unknown>)
        .map(([k, n]) => [k, toNumber(n)] as const)
        .filter(([, n]) => n > 0),
    );
  return {
    file,
    valid: v.valid === true,
    reason: toJsonTextOrNull(v.reason),
    rows: toNumber(v.rows),
    notDocuments: toNumber(v.not_documents),
    rowsWithoutKey: toNumber(v.rows_without_key),
    rowsWithTypeErrors: toNumber(v.rows_with_type_errors),
    typeErrors: counts(v.type_errors),
    columns: list(v.columns),
    missingDeclaredColumns: list(v.missing_declared_columns),
    undeclaredColumns: list(v.undeclared_columns),
  };
}

/**
 * Validates one staged file with LEADPIPE_VALIDATE_STAGED_FILE (call inside the serial turn): PUT into a
 * folder of its own in the internal stage, CALL with the staged path bound and `load` false, then REMOVE
 * the folder whatever the outcome. Loads nothing.
 */
export async function validateStagedFile(
  run: SnowflakeRunner,
  file: StagedFile,
  copy: LocalCopy,
): Promise<StagedFileCheck> {
  const loadId = `validate-${randomUUID()}`;
  try {
    await run.exec(putSql(copy.dataPath, loadId, 'data'));
    const staged = `${loadFolder(loadId, 'data')}${path.basename(copy.dataPath)}.gz`;
    const rows = await run.exec(CALL_VALIDATE_SQL, [staged, false]);
    const first = rows[0] ?? {};
    return stagedFileCheck(first[SF.validateProcedure] ?? Object.values(first)[0], file.name);
  } finally {
    await run.exec(removeLoadSql(loadId)).catch(() => undefined);
  }
}
