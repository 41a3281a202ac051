/**
 * Snowflake's own view of the pipeline, mapped to leadpipe's status model: COPY_HISTORY to load history
 * rows, SYSTEM$PIPE_STATUS to the pipe status that `leadpipe status` prints, TASK_HISTORY to task runs.
 * The SQL and the mappings are pure functions (tested as strings and with recorded rows). Also the reads of
 * leadpipe's own history tables, the column registry, the stream's counts and the task state, as functions
 * over a {@link SnowflakeRunner} (call them inside its serial turn, under retry).
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import {
  toBoolean,
  toJsonText,
  toJsonTextOrNull,
  toNumber,
  toNumberOrNullIfEmpty,
  toText,
  toTextOrNullIfEmpty,
} from '../rows.ts';
import { quoteIdent } from '../sql-ident.ts';
import type {
  LoadErrorRow,
  LoadHistoryRow,
  LoadStatus,
  ScoreHistoryRow,
  StreamStatus,
  TaskHistoryRow,
  TaskState,
  TaskStatus,
} from '../warehouse.ts';
import type { SnowflakeRunner } from './snowflake-connection.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import { FINAL_COLUMNS_SQL, GET_META_SQL, SF, isColumnType, sqlString } from './snowflake-ddl.ts';
import { reconcilePipeLoadsSql } from './snowflake-load-sql.ts';
import { TASK_STATE_SQL } from './snowflake-task-sql.ts';

const q = quoteIdent;

type Row = Record<string, unknown>;

/** Load history, newest first (binds: file or NULL, file or NULL). */
export function loadHistorySql(limit: number): string {
  return `SELECT * FROM ${q(SF.loadHistory)} WHERE (? IS NULL OR "FILE_NAME" = ?) ORDER BY "LAST_LOAD_TIME" DESC, "LOAD_ID" LIMIT ${intOrThrow(limit)}`;
}

/** Rejected rows (binds: file, file, load id, load id; NULL for any). */
export function loadErrorsSql(limit: number, offset: number): string {
  return `SELECT * FROM ${q(SF.loadErrors)} WHERE (? IS NULL OR "FILE_NAME" = ?) AND (? IS NULL OR "LOAD_ID" = ?)
ORDER BY "FILE_NAME", "LINE" LIMIT ${intOrThrow(limit)} OFFSET ${intOrThrow(offset)}`;
}

/** Task history, newest first. */
export function taskHistorySql(limit: number): string {
  return `SELECT * FROM ${q(SF.taskHistory)} ORDER BY "QUERY_START_TIME" DESC LIMIT ${intOrThrow(limit)}`;
}

/** A lead's score history, newest first (bind: lead key). */
export function scoreHistorySql(limit: number): string {
  return `SELECT * FROM ${q(SF.scoreHistory)} WHERE "LEAD_KEY" = ? ORDER BY "SCORED_AT" DESC LIMIT ${intOrThrow(limit)}`;
}

function intOrThrow(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return n;
}

/**
 * Rows waiting for the merge (in the stream, or taken from it into the task's backlog and not merged yet),
 * and all raw rows (the offset in rows is their difference).
 */
export const STREAM_COUNTS_SQL = `SELECT (SELECT COUNT(*) FROM ${q(SF.stream)}) + (SELECT COUNT(*) FROM ${q(SF.backlog)}) AS "PENDING", (SELECT COUNT(*) FROM ${q(SF.raw)}) AS "TOTAL"`;

/** The stream's `stale` flag (a stream not consumed within the table's retention period goes stale). */
export const SHOW_STREAM_SQL = `SHOW STREAMS LIKE ${sqlString(SF.stream)}`;

/**
 * COPY_HISTORY of `table` over the last `hours`, newest first: LEADS_RAW (default: bulk COPY and the leads
 * pipe) or LOAD_ERRORS (the rejected rows: bulk COPY and the error pipe).
 */
export function copyHistorySql(hours: number, limit: number, table: string = SF.raw): string {
  if (!Number.isSafeInteger(hours) || hours <= 0 || hours > 24 * 14)
    throw new Error(`hours out of range: ${hours}`);
  if (!Number.isSafeInteger(limit) || limit <= 0) throw new Error(`not a row count: ${limit}`);
  return `SELECT "FILE_NAME", "STAGE_LOCATION", "LAST_LOAD_TIME", "ROW_COUNT", "ROW_PARSED", "FILE_SIZE", "FIRST_ERROR_MESSAGE",
  "FIRST_ERROR_LINE_NUMBER", "FIRST_ERROR_COLUMN_NAME", "ERROR_COUNT", "STATUS", "PIPE_NAME"
FROM TABLE(INFORMATION_SCHEMA.COPY_HISTORY(TABLE_NAME => ${sqlString(table)}, START_TIME => DATEADD(HOUR, -${hours}, CURRENT_TIMESTAMP())))
ORDER BY "LAST_LOAD_TIME" DESC
LIMIT ${limit}`;
}

/** SYSTEM$PIPE_STATUS of the leads pipe (one JSON text). */
export const PIPE_STATUS_SQL = `SELECT SYSTEM$PIPE_STATUS(${sqlString(SF.pipe)}) AS "STATUS"`;
/** SYSTEM$PIPE_STATUS of the error pipe (rejected rows -> LOAD_ERRORS). */
export const ERRORS_PIPE_STATUS_SQL = `SELECT SYSTEM$PIPE_STATUS(${sqlString(SF.errorsPipe)}) AS "STATUS"`;

/** The pipe's SQS queue: `notification_channel` of SHOW PIPES. */
export const SHOW_PIPES_SQL = `SHOW PIPES LIKE ${sqlString(SF.pipe)}`;

/** State of the native tasks: `state` (started | suspended) of SHOW TASKS. */
export const SHOW_TASKS_SQL = `SHOW TASKS LIKE 'LEAD%'`;

/**
 * The merge task's native runs (TASK_HISTORY keeps 7 days), with the counts its procedure recorded for the
 * scheduled run that started inside each native run.
 */
export function nativeTaskHistorySql(limit: number): string {
  if (!Number.isSafeInteger(limit) || limit <= 0) throw new Error(`not a row count: ${limit}`);
  return `SELECT t."RUN_ID", t."NAME", t."STATE", t."SCHEDULED_TIME", t."QUERY_START_TIME", t."COMPLETED_TIME", t."ERROR_MESSAGE",
  h."ROWS_CONSUMED", h."ROWS_INSERTED", h."ROWS_UPDATED", h."ROWS_UNCHANGED", h."LEADS_SCORED"
FROM TABLE(INFORMATION_SCHEMA.TASK_HISTORY(TASK_NAME => ${sqlString(SF.mergeTask)}, RESULT_LIMIT => ${limit})) AS t
LEFT JOIN ${quoteIdent(SF.taskHistory)} AS h
  ON h."TRIGGER_KIND" = 'SCHEDULED' AND h."QUERY_START_TIME" BETWEEN t."QUERY_START_TIME" AND COALESCE(t."COMPLETED_TIME", CURRENT_TIMESTAMP())
ORDER BY t."SCHEDULED_TIME" DESC`;
}

/** COPY_HISTORY's status words (`Loaded`, `Partially loaded`, `Load failed`, ...) as leadpipe's statuses. */
export function copyHistoryStatus(status: string): LoadStatus {
  switch (status.trim().toUpperCase().replace(/\s+/g, '_')) {
    case 'LOADED':
      return 'LOADED';
    case 'PARTIALLY_LOADED':
      return 'PARTIALLY_LOADED';
    case 'LOAD_FAILED':
      return 'LOAD_FAILED';
    case 'LOAD_SKIPPED':
    case 'SKIPPED':
      return 'SKIPPED';
    default:
      return 'LOAD_IN_PROGRESS';
  }
}

/**
 * A COPY_HISTORY row as a load history row. A pipe's file is named by its folder in the S3 stage
 * (`data/<name>/<version>.ndjson`); COPY_HISTORY has no checksum, so it is empty.
 */
export function mapCopyHistoryRow(row: Row): LoadHistoryRow & { pipe: string | null } {
  const path = toText(row.FILE_NAME);
  const pipe = toTextOrNullIfEmpty(row.PIPE_NAME);
  const parts = path.split('/');
  const fileName = pipe && parts.length >= 2 ? (parts[parts.length - 2] ?? path) : path;
  return {
    loadId: path,
    fileName,
    stageLocation: toText(row.STAGE_LOCATION),
    checksum: '',
    fileSize: toNumber(row.FILE_SIZE),
    status: copyHistoryStatus(toText(row.STATUS)),
    reason: pipe ? `Snowpipe ${pipe}` : 'COPY',
    rowCount: toNumber(row.ROW_COUNT),
    rowParsed: toNumber(row.ROW_PARSED),
    errorCount: toNumber(row.ERROR_COUNT),
    firstErrorMessage: toTextOrNullIfEmpty(row.FIRST_ERROR_MESSAGE),
    firstErrorLineNumber: toNumberOrNullIfEmpty(row.FIRST_ERROR_LINE_NUMBER),
    firstErrorColumnName: toTextOrNullIfEmpty(row.FIRST_ERROR_COLUMN_NAME),
    lastLoadTime: toText(row.LAST_LOAD_TIME),
    pipe,
  };
}

/** The pipe status in leadpipe's model (the same fields as `leadpipe status` prints), plus Snowflake's. */
export interface SnowflakePipeStatus {
  executionState: 'RUNNING' | 'PAUSED';
  pendingFileCount: number;
  oldestPendingFile: string | null;
  lastIngestedFile: string | null;
  lastIngestedTime: string | null;
  lastError: string | null;
  lastErrorTime: string | null;
  /** Snowflake's executionState as given (`RUNNING`, `PAUSED`, `STOPPED_...`, `STALLED_...`). */
  nativeExecutionState: string;
  /** The SQS queue the bucket notification must target. */
  notificationChannel: string | null;
}

/** Maps SYSTEM$PIPE_STATUS's JSON (text or parsed). Anything but RUNNING counts as PAUSED. */
export function mapPipeStatus(value: unknown): SnowflakePipeStatus {
  const s = (typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;
  const native = toText(s.executionState) || 'UNKNOWN';
  const error = toTextOrNullIfEmpty(s.error) ?? toTextOrNullIfEmpty(s.fault);
  return {
    executionState: native === 'RUNNING' ? 'RUNNING' : 'PAUSED',
    pendingFileCount: toNumber(s.pendingFileCount),
    oldestPendingFile: null,
    lastIngestedFile: toTextOrNullIfEmpty(s.lastIngestedFilePath),
    lastIngestedTime: toTextOrNullIfEmpty(s.lastIngestedTimestamp),
    lastError: error,
    lastErrorTime: error ? toTextOrNullIfEmpty(s.lastReceivedMessageTimestamp) : null,
    nativeExecutionState: native,
    notificationChannel: toTextOrNullIfEmpty(s.notificationChannelName),
  };
}

/** TASK_HISTORY's states as leadpipe's; runs not finished yet come back as null (not a run result). */
export function nativeTaskState(state: string): TaskState | null {
  switch (state.toUpperCase()) {
    case 'SUCCEEDED':
      return 'SUCCEEDED';
    case 'FAILED':
    case 'CANCELLED':
      return 'FAILED';
    case 'FAILED_AND_AUTO_SUSPENDED':
      return 'FAILED_AND_AUTO_SUSPENDED';
    case 'SKIPPED':
      return 'SKIPPED';
    default:
      return null;
  }
}

/** A native task run with its recorded counts, as a task history row; unfinished runs are dropped. */
export function mapNativeTaskRow(row: Row): TaskHistoryRow | null {
  const state = nativeTaskState(toText(row.STATE));
  if (!state) return null;
  return {
    runId: toText(row.RUN_ID),
    name: toText(row.NAME),
    state,
    scheduledTime: toText(row.SCHEDULED_TIME),
    queryStartTime: toText(row.QUERY_START_TIME),
    completedTime: toTextOrNullIfEmpty(row.COMPLETED_TIME),
    errorMessage: toTextOrNullIfEmpty(row.ERROR_MESSAGE),
    inserted: toNumber(row.ROWS_INSERTED),
    updated: toNumber(row.ROWS_UPDATED),
    unchanged: toNumber(row.ROWS_UNCHANGED),
    scored: toNumber(row.LEADS_SCORED),
    rowsConsumed: toNumber(row.ROWS_CONSUMED),
    triggerKind: 'SCHEDULED',
    modelWarning: toTextOrNullIfEmpty(row.MODEL_WARNING),
  };
}

/** Everything `leadpipe snowflake status` shows. */
export interface SnowflakeNativeStatus {
  pipe: SnowflakePipeStatus | null;
  /** `started` / `suspended` per native task, from SHOW TASKS. */
  tasks: { name: string; state: string; schedule: string | null }[];
  copyHistory: (LoadHistoryRow & { pipe: string | null })[];
  /** SYSTEM$PIPE_STATUS of the error pipe (null without one). */
  errorsPipe: SnowflakePipeStatus | null;
  /** COPY_HISTORY of LOAD_ERRORS: the rejected rows' files, loaded by COPY or the error pipe. */
  errorCopyHistory: (LoadHistoryRow & { pipe: string | null })[];
  taskRuns: TaskHistoryRow[];
}

/** The column registry of LEADS_FINAL, in table order (an unknown type reads as `string`). */
export async function readRegistry(run: SnowflakeRunner): Promise<FinalColumn[]> {
  const rows = await run.exec(FINAL_COLUMNS_SQL);
  return rows.map((r) => ({
    name: toJsonText(r.COLUMN_NAME),
    type: (isColumnType(toJsonText(r.TYPE)) ? toJsonText(r.TYPE) : 'string') as ColumnType,
    declared: toBoolean(r.DECLARED),
  }));
}

/** A lead's score history, newest first. */
export async function readScoreHistory(
  run: SnowflakeRunner,
  key: string,
  limit: number,
): Promise<ScoreHistoryRow[]> {
  const rows = await run.exec(scoreHistorySql(limit), [key]);
  return rows.map((r) => ({
    leadKey: toJsonText(r.LEAD_KEY),
    modelVersion: toJsonTextOrNull(r.MODEL_VERSION),
    probability: toNumberOrNullIfEmpty(r.PROBABILITY),
    score: toNumberOrNullIfEmpty(r.SCORE),
    grade: toJsonTextOrNull(r.GRADE),
    source: toJsonText(r.SOURCE) === 'override' ? 'override' : 'model',
    reason: toJsonTextOrNull(r.REASON),
    scoredAt: toJsonText(r.SCORED_AT),
  }));
}

/** The native stream's pending rows, its offset in rows (all raw rows minus pending) and its stale flag. */
export async function readStreamStatus(run: SnowflakeRunner): Promise<StreamStatus> {
  const counts = (await run.exec(STREAM_COUNTS_SQL))[0];
  const shown = (await run.exec(SHOW_STREAM_SQL))[0];
  const pending = toNumber(counts?.PENDING);
  return {
    name: SF.stream,
    offset: toNumber(counts?.TOTAL) - pending,
    pendingRows: pending,
    stale: toBoolean(shown?.stale),
  };
}

/** The merge task's state as leadpipe keeps it. */
export async function readTaskStatus(
  run: SnowflakeRunner,
  suspendAfterFailures: number,
): Promise<TaskStatus> {
  const t = (await run.exec(TASK_STATE_SQL))[0];
  return {
    name: SF.mergeTask,
    state: toJsonText(t?.STATE) === 'suspended' ? 'suspended' : 'started',
    consecutiveFailures: toNumber(t?.CONSECUTIVE_FAILURES),
    suspendAfterFailures,
  };
}

/** The load history, newest first; with AUTO_INGEST, hand-overs to Snowpipe are resolved first. */
export async function readLoadHistory(
  run: SnowflakeRunner,
  autoIngest: boolean,
  options: { limit?: number; file?: string },
): Promise<LoadHistoryRow[]> {
  const file = options.file ?? null;
  if (autoIngest) await run.exec(reconcilePipeLoadsSql());
  const rows = await run.exec(loadHistorySql(options.limit ?? 100), [file, file]);
  return rows.map((r) => ({
    loadId: toJsonText(r.LOAD_ID),
    fileName: toJsonText(r.FILE_NAME),
    stageLocation: toJsonText(r.STAGE_LOCATION),
    checksum: toJsonText(r.CHECKSUM),
    fileSize: toNumber(r.FILE_SIZE),
    status: toJsonText(r.STATUS) as LoadStatus,
    reason: toJsonTextOrNull(r.REASON),
    rowCount: toNumber(r.ROW_COUNT),
    rowParsed: toNumber(r.ROW_PARSED),
    errorCount: toNumber(r.ERROR_COUNT),
    firstErrorMessage: toJsonTextOrNull(r.FIRST_ERROR_MESSAGE),
    firstErrorLineNumber: toNumberOrNullIfEmpty(r.FIRST_ERROR_LINE_NUMBER),
    firstErrorColumnName: toJsonTextOrNull(r.FIRST_ERROR_COLUMN_NAME),
    lastLoadTime: toJsonText(r.LAST_LOAD_TIME),
  }));
}

/** Rejected rows, by file and line, of one file or load or all. */
export async function readLoadErrors(
  run: SnowflakeRunner,
  options: { file?: string; loadId?: string; limit?: number; offset?: number },
): Promise<LoadErrorRow[]> {
  const file = options.file ?? null;
  const loadId = options.loadId ?? null;
  const rows = await run.exec(loadErrorsSql(options.limit ?? 100, options.offset ?? 0), [
    file,
    file,
    loadId,
    loadId,
  ]);
  return rows.map((r) => ({
    loadId: toJsonText(r.LOAD_ID),
    fileName: toJsonText(r.FILE_NAME),
    line: toNumber(r.LINE),
    columnName: toJsonTextOrNull(r.COLUMN_NAME),
    error: toJsonText(r.ERROR),
    rawText: toJsonText(r.RAW_TEXT),
  }));
}

/** leadpipe's task history (manual and scheduled runs), newest first. */
export async function readTaskHistory(run: SnowflakeRunner, limit: number): Promise<TaskHistoryRow[]> {
  const rows = await run.exec(taskHistorySql(limit));
  return rows.map((r) => ({
    runId: toJsonText(r.RUN_ID),
    name: toJsonText(r.NAME),
    state: toJsonText(r.STATE) as TaskState,
    scheduledTime: toJsonText(r.SCHEDULED_TIME),
    queryStartTime: toJsonText(r.QUERY_START_TIME),
    completedTime: toJsonTextOrNull(r.COMPLETED_TIME),
    errorMessage: toJsonTextOrNull(r.ERROR_MESSAGE),
    inserted: toNumber(r.ROWS_INSERTED),
    updated: toNumber(r.ROWS_UPDATED),
    unchanged: toNumber(r.ROWS_UNCHANGED),
    scored: toNumber(r.LEADS_SCORED),
    rowsConsumed: toNumber(r.ROWS_CONSUMED),
    triggerKind: toJsonTextOrNull(r.TRIGGER_KIND) ?? 'MANUAL',
    modelWarning: toJsonTextOrNull(r.MODEL_WARNING),
  }));
}

/**
 * Snowflake's own view: SYSTEM$PIPE_STATUS of both pipes (null without one), the native tasks' states,
 * COPY_HISTORY of LEADS_RAW and of LOAD_ERRORS over the last `hours` and the merge task's TASK_HISTORY,
 * mapped to leadpipe's status model.
 */
export async function readNativeStatus(
  run: SnowflakeRunner,
  options: { hours?: number; limit?: number },
): Promise<SnowflakeNativeStatus> {
  const pipeRow = (await run.exec(PIPE_STATUS_SQL).catch(() => []))[0];
  const tasks = (await run.exec(SHOW_TASKS_SQL)).map((r) => ({
    name: toJsonText(r.name),
    state: toJsonText(r.state),
    schedule: toJsonTextOrNull(r.schedule),
  }));
  const copyHistory = (await run.exec(copyHistorySql(options.hours ?? 24, options.limit ?? 50))).map(
    mapCopyHistoryRow,
  );
  const errorsPipeRow = (await run.exec(ERRORS_PIPE_STATUS_SQL).catch(() => []))[0];
  const errorCopyHistory = (
    await run.exec(copyHistorySql(options.hours ?? 24, options.limit ?? 50, SF.loadErrors))
  ).map(mapCopyHistoryRow);
  const taskRuns = (await run.exec(nativeTaskHistorySql(options.limit ?? 20)))
    .map(mapNativeTaskRow)
    .filter((r): r is TaskHistoryRow => r !== null);
  return {
    pipe: pipeRow ? mapPipeStatus(pipeRow.STATUS) : null,
    tasks,
    copyHistory,
    errorsPipe: errorsPipeRow ? mapPipeStatus(errorsPipeRow.STATUS) : null,
    errorCopyHistory,
    taskRuns,
  };
}

/** The rows of LEADPIPE_META (key, plan hash, scoring function version) as a map. */
export async function readMeta(run: SnowflakeRunner): Promise<Map<string, string>> {
  const rows = await run.exec(GET_META_SQL);
  return new Map(rows.map((r) => [toJsonText(r.KEY), toJsonText(r.VALUE)]));
}
